#include "app/cli/commands/ResultsCommand.h"

#include "core/centre/Centre.h"
#include "core/common/Text.h"
#include "core/reports/ResultsWorkbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace parindex::cli {

namespace {

// Pads by what a terminal shows: Vietnamese letters in NFC are one column each.
QString pad(const QString& s, int width, bool right = false)
{
    const int n = int(s.size());
    if (n >= width)
        return s;
    const QString fill(width - n, QLatin1Char(' '));
    return right ? fill + s : s + fill;
}

void printTable(Context& ctx, const YearResults& results)
{
    const QList<ResultRow> rows = results.rows();
    int nameWidth = 4;
    for (const auto& r : rows)
        nameWidth = qMax(nameWidth, int(safeForDisplay(r.unitName).size()));
    const QString rankHeader = QCoreApplication::translate("Cli", "Rank");
    const QString unitHeader = QCoreApplication::translate("Cli", "Unit");
    const QString totalHeader = QCoreApplication::translate("Cli", "Total");
    const QString maxHeader = QCoreApplication::translate("Cli", "Max");
    const QString indexHeader = QCoreApplication::translate("Cli", "Index %");
    const QString bandHeader = QCoreApplication::translate("Cli", "Band");
    const QString appraisedHeader = QCoreApplication::translate("Cli", "Appraised");
    const QString surveyHeader = QCoreApplication::translate("Cli", "Survey");
    const QString changeHeader = QCoreApplication::translate("Cli", "Change");
    for (const GroupSummary& g : results.groups) {
        ctx.out << UnitGroups::displayName(g.group) << " — " << results.year << '\n';
        ctx.out << pad(rankHeader, 5, true) << "  " << pad(unitHeader, nameWidth) << "  "
                << pad(appraisedHeader, 9, true) << "  " << pad(surveyHeader, 7, true) << "  "
                << pad(totalHeader, 8, true) << "  " << pad(maxHeader, 6, true) << "  " << pad(indexHeader, 8, true)
                << "  " << pad(changeHeader, 7, true) << "  " << bandHeader << '\n';
        for (const ResultRow& r : rows) {
            if (r.group != g.group)
                continue;
            const QString rank = r.rank > 0 ? QString::number(r.rank) : QStringLiteral("—");
            QString change;
            if (r.previousIndex) {
                const Points d = r.publishedIndex() - *r.previousIndex;
                change = (d.isNegative() ? QString() : QStringLiteral("+")) + d.toFixed(2, NumberLocale::Vietnamese);
            }
            ctx.out << pad(rank, 5, true) << "  " << pad(safeForDisplay(r.unitName), nameWidth) << "  "
                    << pad(r.appraised.toFixed(2, NumberLocale::Vietnamese), 9, true) << "  "
                    << pad(r.survey.toFixed(2, NumberLocale::Vietnamese), 7, true) << "  "
                    << pad(r.total.toFixed(2, NumberLocale::Vietnamese), 8, true) << "  "
                    << pad(r.max.toString(NumberLocale::Vietnamese), 6, true) << "  "
                    << pad(r.publishedIndex().toFixed(r.indexDecimals, NumberLocale::Vietnamese), 8, true) << "  "
                    << pad(change, 7, true) << "  " << r.band;
            // Points still under appraisal are not final until the council approves them.
            if (const UnitYearResult* u = results.unit(r.unitCode); u && u->provisional)
                ctx.out
                    << "  "
                    << QCoreApplication::translate("Cli", "(not final: %1)").arg(AppraisalTerms::name(*u->provisional));
            if (const UnitYearResult* u = results.unit(r.unitCode); u && u->awaitingSurvey)
                ctx.out << "  " << QCoreApplication::translate("Cli", "(no survey points yet)");
            ctx.out << '\n';
        }
        ctx.out << QCoreApplication::translate("Cli", "Average index: %1% (%n unit(s))", nullptr, g.units)
                       .arg(g.averageIndex.toFixed(2, NumberLocale::Vietnamese))
                << "\n\n";
    }
}

void printCsv(Context& ctx, const YearResults& results)
{
    ctx.out << "group,rank,code,unit,appraised,survey,bonus,penalty,total,max,index,band,previous_index,"
               "previous_rank\n";
    for (const ResultRow& r : results.rows()) {
        ctx.out << UnitGroups::code(r.group) << ',' << (r.rank > 0 ? QString::number(r.rank) : QString()) << ','
                << csvField(r.unitCode) << ',' << csvField(r.unitName) << ',' << r.appraised.toString() << ','
                << r.survey.toString() << ',' << r.bonus.toString() << ',' << r.penalty.toString() << ','
                << r.total.toString() << ',' << r.max.toString() << ',' << r.publishedIndex().toFixed(r.indexDecimals)
                << ',' << csvField(r.band) << ',' << (r.previousIndex ? r.previousIndex->toFixed(2) : QString()) << ','
                << (r.previousRank > 0 ? QString::number(r.previousRank) : QString()) << '\n';
    }
}

void printJson(Context& ctx, const YearResults& results)
{
    QJsonArray groups;
    const QList<ResultRow> rows = results.rows();
    for (const GroupSummary& g : results.groups) {
        QJsonArray units;
        for (const ResultRow& r : rows) {
            if (r.group != g.group)
                continue;
            units.append(QJsonObject{
                {QStringLiteral("unit"), r.unitName},
                {QStringLiteral("code"), r.unitCode},
                {QStringLiteral("rank"), r.rank > 0 ? QJsonValue(r.rank) : QJsonValue()},
                {QStringLiteral("ranked"), r.ranked},
                {QStringLiteral("total"), r.total.toString()},
                {QStringLiteral("max"), r.max.toString()},
                {QStringLiteral("index"), r.publishedIndex().toFixed(r.indexDecimals)},
                {QStringLiteral("band"), r.band.isEmpty() ? QJsonValue() : QJsonValue(r.band)},
                {QStringLiteral("final"), !(results.unit(r.unitCode) && results.unit(r.unitCode)->provisional)},
                {QStringLiteral("appraised"), r.appraised.toString()},
                {QStringLiteral("survey"), r.survey.toString()},
                {QStringLiteral("bonus"), r.bonus.toString()},
                {QStringLiteral("penalty"), r.penalty.toString()},
                {QStringLiteral("previous_index"),
                 r.previousIndex ? QJsonValue(r.previousIndex->toFixed(2)) : QJsonValue()},
                {QStringLiteral("previous_rank"), r.previousRank > 0 ? QJsonValue(r.previousRank) : QJsonValue()},
            });
        }
        groups.append(QJsonObject{{QStringLiteral("group"), UnitGroups::code(g.group)},
                                  {QStringLiteral("average_index"), g.averageIndex.toFixed(2)},
                                  {QStringLiteral("ranked_units"), g.units},
                                  {QStringLiteral("units"), units}});
    }
    const QJsonObject root{{QStringLiteral("year"), results.year}, {QStringLiteral("groups"), groups}};
    ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

const char* ResultsCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Show a year's results: ranks, totals and indices per group");
}

int ResultsCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The data file.")));
    parser.addOption(yearOption());
    parser.addOption({QStringLiteral("group"), QCoreApplication::translate("Cli", "Only this group: so, xa or huyen."),
                      QStringLiteral("G")});
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate("Cli", "table (default), csv, json or xlsx (with --out)."),
                      QStringLiteral("F"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "For xlsx: the workbook to write."),
                      QStringLiteral("FILE")});
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Show a year's results per group."));
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("file")) || !parser.isSet(QStringLiteral("year")))
        return fail(ctx,
                    QCoreApplication::translate("Cli", "usage: results --file C.parindex --year Y [--group G] "
                                                       "[--format table|csv|json|xlsx] [--out F]"),
                    Usage);
    const auto year = yearFrom(parser, ctx);
    if (!year)
        return Usage;
    std::optional<UnitGroup> group;
    if (parser.isSet(QStringLiteral("group"))) {
        group = UnitGroups::parse(parser.value(QStringLiteral("group")));
        if (!group)
            return fail(ctx,
                        QCoreApplication::translate("Cli", "unknown group '%1' (expected so, xa or huyen)")
                            .arg(parser.value(QStringLiteral("group"))),
                        Usage);
    }
    const QString format = parser.value(QStringLiteral("format"));
    const QStringList formats = {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json"),
                                 QStringLiteral("xlsx")};
    if (!formats.contains(format))
        return fail(
            ctx,
            QCoreApplication::translate("Cli", "unknown format '%1' (expected table, csv, json or xlsx)").arg(format),
            Usage);
    if ((format == QLatin1String("xlsx")) != parser.isSet(QStringLiteral("out")))
        return fail(ctx, QCoreApplication::translate("Cli", "--out goes with --format xlsx, and xlsx needs --out"),
                    Usage);
    auto centre = openCentre(parser, ctx);
    if (!centre)
        return Failed;
    const auto results = centre->results(*year, group);
    if (!results)
        return fail(ctx, results.error());
    if (format == QLatin1String("xlsx")) {
        const QString out = parser.value(QStringLiteral("out"));
        if (Status s = writeXlsx(ResultsWorkbook::build(results.value()), out); !s)
            return fail(ctx, s.error());
        ctx.out << QCoreApplication::translate("Cli", "wrote %1").arg(out) << '\n';
    } else if (format == QLatin1String("csv"))
        printCsv(ctx, results.value());
    else if (format == QLatin1String("json"))
        printJson(ctx, results.value());
    else if (results->units.isEmpty())
        ctx.out << QCoreApplication::translate("Cli", "no results for %1").arg(*year) << '\n';
    else
        printTable(ctx, results.value());
    return Ok;
}

} // namespace parindex::cli
