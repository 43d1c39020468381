#include "app/cli/Cli.h"

#include "app/cli/commands/AnalysisCommand.h"
#include "app/cli/commands/AppraisalCommand.h"
#include "app/cli/commands/AppraiseCommand.h"
#include "app/cli/commands/AppraisersCommand.h"
#include "app/cli/commands/ApproveCommand.h"
#include "app/cli/commands/AttachCommand.h"
#include "app/cli/commands/BackupCommand.h"
#include "app/cli/commands/CentreKeyCommand.h"
#include "app/cli/commands/CheckCommand.h"
#include "app/cli/commands/DeadlineCommand.h"
#include "app/cli/commands/DemoCommand.h"
#include "app/cli/commands/ExplainCommand.h"
#include "app/cli/commands/ExportCommand.h"
#include "app/cli/commands/FeedbackCommand.h"
#include "app/cli/commands/ImportCommand.h"
#include "app/cli/commands/ImportResultsCommand.h"
#include "app/cli/commands/ImportSurveyCommand.h"
#include "app/cli/commands/InboxCommand.h"
#include "app/cli/commands/KeygenCommand.h"
#include "app/cli/commands/NewCentreCommand.h"
#include "app/cli/commands/NewUnitCommand.h"
#include "app/cli/commands/ReportCommand.h"
#include "app/cli/commands/ResultsCommand.h"
#include "app/cli/commands/RoundCommand.h"
#include "app/cli/commands/ScoreCommand.h"
#include "app/cli/commands/SetsCommand.h"
#include "app/cli/commands/UnitsCommand.h"

#include <QTextStream>

namespace parindex::cli {

namespace {

std::vector<std::unique_ptr<Command>> commands()
{
    std::vector<std::unique_ptr<Command>> all;
    all.push_back(std::make_unique<SetsCommand>());
    all.push_back(std::make_unique<NewCentreCommand>());
    all.push_back(std::make_unique<ImportResultsCommand>());
    all.push_back(std::make_unique<ImportSurveyCommand>());
    all.push_back(std::make_unique<ResultsCommand>());
    all.push_back(std::make_unique<AnalysisCommand>());
    all.push_back(std::make_unique<DemoCommand>());
    all.push_back(std::make_unique<NewUnitCommand>());
    all.push_back(std::make_unique<ScoreCommand>());
    all.push_back(std::make_unique<ExplainCommand>());
    all.push_back(std::make_unique<AttachCommand>());
    all.push_back(std::make_unique<CheckCommand>());
    all.push_back(std::make_unique<BackupCommand>());
    all.push_back(std::make_unique<ReportCommand>());
    all.push_back(std::make_unique<KeygenCommand>());
    all.push_back(std::make_unique<UnitsCommand>());
    all.push_back(std::make_unique<ExportCommand>());
    all.push_back(std::make_unique<ImportCommand>());
    all.push_back(std::make_unique<InboxCommand>());
    all.push_back(std::make_unique<CentreKeyCommand>());
    all.push_back(std::make_unique<AppraisersCommand>());
    all.push_back(std::make_unique<AppraiseCommand>());
    all.push_back(std::make_unique<DeadlineCommand>());
    all.push_back(std::make_unique<RoundCommand>());
    all.push_back(std::make_unique<FeedbackCommand>());
    all.push_back(std::make_unique<ApproveCommand>());
    all.push_back(std::make_unique<AppraisalCommand>());
    return all;
}

void usage(QTextStream& out)
{
    out << QCoreApplication::translate("Cli", "Usage: parindex-cli COMMAND [OPTIONS]\n\n"
                                              "ParIndex — Administrative Reform Index (Chỉ số CCHC), command line.\n\n"
                                              "Commands:\n");
    for (const auto& c : commands())
        out << QStringLiteral("  %1%2\n").arg(c->name(), -18).arg(QCoreApplication::translate("Cli", c->summary()));
    out << QCoreApplication::translate("Cli", "\nRun 'parindex-cli COMMAND --help' for the options of a command.\n");
}

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.isEmpty()) {
        usage(err);
        return Usage;
    }
    const QString& first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        usage(out);
        return Ok;
    }
    if (first == QLatin1String("--version")) {
        out << "parindex-cli " << PARINDEX_VERSION << '\n';
        return Ok;
    }
    for (const auto& c : commands()) {
        if (first == c->name()) {
            Context ctx{arguments, out, err};
            const int code = c->run(ctx);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << QCoreApplication::translate("Cli", "unknown command '%1'; run 'parindex-cli --help' for the list").arg(first)
        << '\n';
    return Usage;
}

} // namespace parindex::cli
