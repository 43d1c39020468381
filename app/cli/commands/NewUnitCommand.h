#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli new-unit: creates a unit's data file for a year's self-assessment.
class NewUnitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("new-unit"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
