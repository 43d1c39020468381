#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli check: lists what to put right before submitting.
class CheckCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
