#include "app/cli/commands/CheckCommand.h"

#include "core/unit/SubmissionCheck.h"

namespace parindex::cli {

const char* CheckCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "List the problems to put right before submitting");
}

int CheckCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The unit's data file.")));
    if (int code = parse(parser, ctx,
                         QCoreApplication::translate(
                             "Cli", "List every problem to put right before submitting; exit 1 when there are any."));
        code >= 0)
        return code;
    auto unit = openUnit(parser, ctx);
    if (!unit)
        return Failed;
    QList<CheckProblem> problems = SubmissionCheck::run(*unit);
    problems.append(SubmissionCheck::verifyEvidence(*unit));
    for (const CheckProblem& p : problems)
        ctx.out << p.message << '\n';
    if (problems.isEmpty()) {
        ctx.out << QCoreApplication::translate("Cli", "no problems: ready to submit") << '\n';
        return Ok;
    }
    ctx.out << QCoreApplication::translate("Cli", "%n problem(s)", nullptr, int(problems.size())) << '\n';
    return Failed;
}

} // namespace parindex::cli
