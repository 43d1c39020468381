#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli feedback: exports the centre's feedback packages and imports one at a unit.
class FeedbackCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("feedback"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
