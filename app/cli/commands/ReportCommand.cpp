#include "app/cli/commands/ReportCommand.h"

#include "core/centre/Centre.h"
#include "core/reports/EnrolmentLetter.h"
#include "core/reports/SelfAssessmentReport.h"
#include "core/unit/UnitAssessment.h"

namespace parindex::cli {

const char* ReportCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Write a report as PDF: a unit's self-assessment or key letter, the centre's "
                                    "ranking report or a unit's result sheet");
}

namespace {

int centreReport(const QCommandLineParser& parser, Context& ctx, bool unitSheet)
{
    if (int code = requireOptions(parser, ctx,
                                  unitSheet ? std::initializer_list<const char*>{"year", "unit"}
                                            : std::initializer_list<const char*>{"year"});
        code >= 0)
        return code;
    const auto year = yearFrom(parser, ctx);
    if (!year)
        return Usage;
    const QString language = parser.value(QStringLiteral("language"));
    if (language != QLatin1String("vi") && language != QLatin1String("en"))
        return fail(ctx, QCoreApplication::translate("Cli", "--language is vi or en"), Usage);
    auto centre = openCentre(parser, ctx);
    if (!centre)
        return Failed;
    const auto results = centre->results(*year);
    if (!results)
        return fail(ctx, results.error());
    if (results->units.isEmpty())
        return fail(ctx, QCoreApplication::translate("Cli", "no results for %1").arg(*year));
    const auto context = centre->reportContext(*year);
    if (!context)
        return fail(ctx, context.error());
    const QString out = parser.value(QStringLiteral("out"));
    Status written;
    if (unitSheet) {
        const auto unit = centre->findUnit(parser.value(QStringLiteral("unit")));
        if (!unit)
            return fail(ctx, unit.error());
        if (!unit.value())
            return fail(ctx, QCoreApplication::translate("Cli", "no unit is named or coded \"%1\"")
                                 .arg(parser.value(QStringLiteral("unit"))));
        const auto comments = centre->appraisalComments(*year, unit.value()->code);
        if (!comments)
            return fail(ctx, comments.error());
        written = UnitResultSheet(results.value(), unit.value()->code, comments.value(), context.value(), language)
                      .writePdf(out);
    } else {
        written = RankingReport(results.value(), context.value(), language).writePdf(out);
    }
    if (!written)
        return fail(ctx, written.error());
    ctx.out << QCoreApplication::translate("Cli", "report written to %1").arg(out) << '\n';
    return Ok;
}

} // namespace

int ReportCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("KIND"),
        QCoreApplication::translate("Cli", "self: the unit's self-assessment report; letter: the letter "
                                           "that asks Sở Nội vụ to enrol the unit's signing key; ranking: the "
                                           "centre's report of a year's results; unit: a unit's result sheet."));
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The data file (a unit's, or the centre's for ranking "
                                                         "and unit).")));
    parser.addOption(yearOption());
    parser.addOption({QStringLiteral("unit"), QCoreApplication::translate("Cli", "For unit: the unit's code."),
                      QStringLiteral("CODE")});
    parser.addOption(
        {QStringLiteral("out"), QCoreApplication::translate("Cli", "The PDF file to write."), QStringLiteral("F.pdf")});
    parser.addOption({QStringLiteral("language"),
                      QCoreApplication::translate("Cli", "The report's language: vi (default) or en."),
                      QStringLiteral("L"), QStringLiteral("vi")});
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Write a report as PDF.")); code >= 0)
        return code;
    const QStringList kind = parser.positionalArguments().mid(1);
    const QStringList kinds = {QStringLiteral("self"), QStringLiteral("letter"), QStringLiteral("ranking"),
                               QStringLiteral("unit")};
    if (kind.size() != 1 || !kinds.contains(kind.first()) || !parser.isSet(QStringLiteral("out")))
        return fail(ctx,
                    QCoreApplication::translate("Cli", "usage: report self|letter --file U --out F.pdf\n"
                                                       "       report ranking --file C --year Y --out F.pdf\n"
                                                       "       report unit --file C --year Y --unit CODE --out F.pdf"),
                    Usage);
    if (kind.first() == QLatin1String("ranking") || kind.first() == QLatin1String("unit"))
        return centreReport(parser, ctx, kind.first() == QLatin1String("unit"));
    auto unit = openUnit(parser, ctx);
    if (!unit)
        return Failed;
    const QString language = parser.value(QStringLiteral("language"));
    if (language != QLatin1String("vi") && language != QLatin1String("en"))
        return fail(ctx, QCoreApplication::translate("Cli", "--language is vi or en"), Usage);
    const QString out = parser.value(QStringLiteral("out"));
    if (kind.first() == QLatin1String("letter")) {
        const auto data = EnrolmentLetter::dataFor(*unit);
        if (!data)
            return fail(ctx, data.error());
        if (Status s = EnrolmentLetter(data.value(), {}, language).writePdf(out); !s)
            return fail(ctx, s.error());
    } else if (Status s = SelfAssessmentReport(*unit, {}, language).writePdf(out); !s) {
        return fail(ctx, s.error());
    }
    ctx.out << QCoreApplication::translate("Cli", "report written to %1").arg(parser.value(QStringLiteral("out")))
            << '\n';
    return Ok;
}

} // namespace parindex::cli
