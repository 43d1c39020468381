#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli score: scores one item of a unit's self-assessment.
class ScoreCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("score"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
