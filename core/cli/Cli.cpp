#include "Cli.h"

#include "Commands.h"

#include <QRegularExpression>
#include <QTextStream>

namespace parindex::cli {

namespace {
struct CommandInfo
{
    const char* name;
    const char* summary;
    int (*run)(Context&);
};

const CommandInfo kCommands[] = {
    {"sets", QT_TRANSLATE_NOOP("Cli", "List the shipped criteria sets or validate set files"), setsCommand},
    {"new-centre", QT_TRANSLATE_NOOP("Cli", "Create a new data file for Sở Nội vụ (the centre)"), newCentreCommand},
    {"import-results", QT_TRANSLATE_NOOP("Cli", "Import a year's final results from a CSV table"), importResultsCommand},
    {"results", QT_TRANSLATE_NOOP("Cli", "Show a year's results: ranks, totals and indices per group"), resultsCommand},
    {"demo", QT_TRANSLATE_NOOP("Cli", "Write a demonstration centre with realistic units and scores"), demoCommand},
    {"new-unit", QT_TRANSLATE_NOOP("Cli", "Create a unit's data file for a year's self-assessment"), newUnitCommand},
    {"score", QT_TRANSLATE_NOOP("Cli", "Score one item of a unit's self-assessment"), scoreCommand},
    {"explain", QT_TRANSLATE_NOOP("Cli", "Write an item's explanation (giải trình)"), explainCommand},
    {"attach", QT_TRANSLATE_NOOP("Cli", "Attach an evidence document to items"), attachCommand},
    {"check", QT_TRANSLATE_NOOP("Cli", "List the problems to put right before submitting"), checkCommand},
    {"report", QT_TRANSLATE_NOOP("Cli", "Write the self-assessment report as PDF"), reportCommand},
    {"keygen", QT_TRANSLATE_NOOP("Cli", "Create a unit's signing key and export its public key"), keygenCommand},
    {"units", QT_TRANSLATE_NOOP("Cli", "Register units at the centre, enrol and revoke their keys"), unitsCommand},
    {"export", QT_TRANSLATE_NOOP("Cli", "Export a unit's signed submission package"), exportCommand},
    {"import", QT_TRANSLATE_NOOP("Cli", "Verify and import submission packages at the centre"), importCommand},
};

void usage(QTextStream& out)
{
    out << QCoreApplication::translate("Cli", "Usage: parindex-cli COMMAND [OPTIONS]\n\n"
                                              "ParIndex — Administrative Reform Index (Chỉ số CCHC), command line.\n\n"
                                              "Commands:\n");
    for (const auto& c : kCommands)
        out << QStringLiteral("  %1%2\n").arg(QLatin1String(c.name), -18).arg(QCoreApplication::translate("Cli", c.summary));
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
    for (const auto& c : kCommands) {
        if (first == QLatin1String(c.name)) {
            Context ctx{arguments, out, err};
            const int code = c.run(ctx);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << QCoreApplication::translate("Cli", "unknown command '%1'; run 'parindex-cli --help' for the list").arg(first)
        << '\n';
    return Usage;
}

int parse(QCommandLineParser& parser, Context& ctx, const QString& summary)
{
    parser.setApplicationDescription(summary);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList args = ctx.arguments;
    args.prepend(QStringLiteral("parindex-cli"));
    if (!parser.parse(args))
        return fail(ctx, parser.errorText(), Usage);
    if (parser.isSet(help)) {
        // QCommandLineParser::helpText() names the program only; say the command too.
        QString text = parser.helpText();
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: parindex-cli ") + ctx.arguments.first());
        ctx.out << text;
        return Ok;
    }
    return -1;
}

int fail(Context& ctx, const QString& message, int code)
{
    ctx.err << QStringLiteral("parindex-cli %1: %2\n").arg(ctx.arguments.first(), message);
    return code;
}

} // namespace parindex::cli
