#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli deadline: sets the deadlines of the year's stages.
class DeadlineCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("deadline"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
