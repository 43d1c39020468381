#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli appraisal: shows the appraisal of a year.
class AppraisalCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("appraisal"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
