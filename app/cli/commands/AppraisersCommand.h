#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli appraisers: the working group at the centre.
class AppraisersCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("appraisers"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
