#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli report: writes the self-assessment report as PDF.
class ReportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
