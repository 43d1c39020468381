#include "app/cli/commands/ResultsCommand.h"

#include "core/centre/Centre.h"
#include "core/common/Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace parindex::cli {

namespace {

// A text field of the CSV: never a formula, no control characters, quoted when it must be.
QString csvField(const QString& text)
{
    const QString s = spreadsheetText(text);
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\'')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

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
    for (const GroupSummary& g : results.groups) {
        ctx.out << UnitGroups::displayName(g.group) << " — " << results.year << '\n';
        ctx.out << pad(rankHeader, 5, true) << "  " << pad(unitHeader, nameWidth) << "  " << pad(totalHeader, 8, true)
                << "  " << pad(maxHeader, 6, true) << "  " << pad(indexHeader, 8, true) << "  " << bandHeader << '\n';
        for (const ResultRow& r : rows) {
            if (r.group != g.group)
                continue;
            const QString rank = r.rank > 0 ? QString::number(r.rank) : QStringLiteral("—");
            ctx.out << pad(rank, 5, true) << "  " << pad(safeForDisplay(r.unitName), nameWidth) << "  "
                    << pad(r.total.toFixed(2, NumberLocale::Vietnamese), 8, true) << "  "
                    << pad(r.max.toString(NumberLocale::Vietnamese), 6, true) << "  "
                    << pad(r.publishedIndex().toFixed(r.indexDecimals, NumberLocale::Vietnamese), 8, true) << "  "
                    << r.band;
            // Points still under appraisal are not final until the council approves them.
            if (const UnitYearResult* u = results.unit(r.unitCode); u && u->provisional)
                ctx.out
                    << "  "
                    << QCoreApplication::translate("Cli", "(not final: %1)").arg(AppraisalTerms::name(*u->provisional));
            ctx.out << '\n';
        }
        ctx.out << QCoreApplication::translate("Cli", "Average index: %1% (%n unit(s))", nullptr, g.units)
                       .arg(g.averageIndex.toFixed(2, NumberLocale::Vietnamese))
                << "\n\n";
    }
}

void printCsv(Context& ctx, const YearResults& results)
{
    ctx.out << "group,rank,code,unit,total,max,index,band\n";
    for (const ResultRow& r : results.rows()) {
        ctx.out << UnitGroups::code(r.group) << ',' << (r.rank > 0 ? QString::number(r.rank) : QString()) << ','
                << csvField(r.unitCode) << ',' << csvField(r.unitName) << ',' << r.total.toString() << ','
                << r.max.toString() << ',' << r.publishedIndex().toFixed(r.indexDecimals) << ',' << csvField(r.band)
                << '\n';
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
            });
        }
        groups.append(QJsonObject{{QStringLiteral("group"), UnitGroups::code(g.group)},
                                  {QStringLiteral("average_index"), g.averageIndex.toFixed(2)},
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
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "table (default), csv or json."),
                      QStringLiteral("F"), QStringLiteral("table")});
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Show a year's results per group."));
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("file")) || !parser.isSet(QStringLiteral("year")))
        return fail(ctx,
                    QCoreApplication::translate("Cli", "usage: results --file C.parindex --year Y [--group G] "
                                                       "[--format table|csv|json]"),
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
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(ctx,
                    QCoreApplication::translate("Cli", "unknown format '%1' (expected table, csv or json)").arg(format),
                    Usage);
    auto centre = openCentre(parser, ctx);
    if (!centre)
        return Failed;
    const auto results = centre->results(*year, group);
    if (!results)
        return fail(ctx, results.error());
    if (format == QLatin1String("csv"))
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
