#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli import-survey: imports the sociological survey's results of a year.
class ImportSurveyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import-survey"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
