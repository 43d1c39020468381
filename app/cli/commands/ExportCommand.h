#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli export: writes the unit's signed submission package.
class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
