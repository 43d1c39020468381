#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli results: a year's ranks, totals and indices per group as a table, CSV or JSON.
class ResultsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("results"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
