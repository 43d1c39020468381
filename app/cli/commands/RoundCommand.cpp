#include "app/cli/commands/RoundCommand.h"

#include "core/centre/Centre.h"

namespace parindex::cli {

const char* RoundCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Close or reopen a round of a unit's appraisal");
}

int RoundCommand::run(Context& ctx)
{
    const QString sub = ctx.arguments.value(1);
    if (sub != QLatin1String("close") && sub != QLatin1String("reopen")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            ctx.out << QCoreApplication::translate(
                "Cli", "Usage: parindex-cli round close  --file C --year Y --round 1|2 --unit CODE [--by NAME]\n"
                       "       parindex-cli round reopen --file C --year Y --round 1|2 --unit CODE --reason TEXT "
                       "--by NAME\n");
            return Ok;
        }
        return fail(ctx, QCoreApplication::translate("Cli", "say close or reopen (see round --help)"), Usage);
    }
    Context inner{ctx.arguments.mid(1), ctx.out, ctx.err};
    inner.arguments.first() = QStringLiteral("round ") + sub;
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The centre's data file.")));
    parser.addOption(yearOption());
    parser.addOption({QStringLiteral("round"), QCoreApplication::translate("Cli", "1 or 2."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("unit"), QCoreApplication::translate("Cli", "The unit's code."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("reason"), QCoreApplication::translate("Cli", "Why the round is reopened."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("by"), QCoreApplication::translate("Cli", "The appraiser (a registered name)."),
                      QStringLiteral("NAME")});
    if (int code = parse(parser, inner, QCoreApplication::translate("Cli", "Close or reopen a round.")); code >= 0)
        return code;
    if (int code = requireOptions(parser, inner, {"file", "year", "round", "unit"}); code >= 0)
        return code;
    if (sub == QLatin1String("reopen")) {
        if (int code = requireOptions(parser, inner, {"reason", "by"}); code >= 0)
            return code;
    }
    const auto year = yearFrom(parser, inner);
    if (!year)
        return Usage;
    const QString roundText = parser.value(QStringLiteral("round"));
    if (roundText != QLatin1String("1") && roundText != QLatin1String("2"))
        return fail(inner, QCoreApplication::translate("Cli", "--round is 1 or 2"), Usage);
    const int round = roundText.toInt();
    auto centre = openCentre(parser, inner);
    if (!centre)
        return Failed;
    const QString unit = parser.value(QStringLiteral("unit"));
    const Status s = sub == QLatin1String("close")
                         ? centre->appraisal().closeRound(*year, unit, round, parser.value(QStringLiteral("by")))
                         : centre->appraisal().reopenRound(*year, unit, round, parser.value(QStringLiteral("reason")),
                                                           parser.value(QStringLiteral("by")));
    if (!s)
        return fail(inner, s.error());
    ctx.out << (sub == QLatin1String("close") ? QCoreApplication::translate("Cli", "round %1 of %2 closed")
                                              : QCoreApplication::translate("Cli", "round %1 of %2 reopened"))
                   .arg(round)
                   .arg(unit)
            << '\n';
    return Ok;
}

} // namespace parindex::cli
