#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli approve: records the council's approval of a year.
class ApproveCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("approve"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
