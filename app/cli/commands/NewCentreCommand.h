#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli new-centre: creates a centre's data file.
class NewCentreCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("new-centre"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
