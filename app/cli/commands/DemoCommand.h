#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli demo: writes the demonstration data set.
class DemoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
