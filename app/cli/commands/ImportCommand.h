#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli import: verifies and imports submission packages at the centre.
class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
