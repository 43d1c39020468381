#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli analysis: indices per area and criterion, self-score against appraisal, and the
// change from last year.
class AnalysisCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("analysis"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
