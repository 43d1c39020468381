#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli round: closes and reopens a unit's rounds of appraisal.
class RoundCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("round"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
