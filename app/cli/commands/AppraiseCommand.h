#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli appraise: appraises one item, or the rest of a unit.
class AppraiseCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("appraise"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
