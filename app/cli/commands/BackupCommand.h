#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli backup: a consistent copy of a data file, on demand.
class BackupCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
