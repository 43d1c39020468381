#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli sets: criteria sets: list the shipped ones, validate files, make sets known to a centre.
class SetsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("sets"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
