#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli units: the centre's registry of units and their keys.
class UnitsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("units"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
