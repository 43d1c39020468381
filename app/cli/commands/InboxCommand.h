#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli inbox: what each unit sent for a year, and withdrawing a version accepted by mistake.
class InboxCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("inbox"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
