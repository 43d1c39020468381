#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli import-results: imports a year's final results scored elsewhere.
class ImportResultsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import-results"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
