#include "Commands.h"
#include "demo/DemoBuilder.h"
#include "importing/HistoricImport.h"
#include "results/YearResults.h"
#include "store/DataFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace parindex::cli {

namespace {

QCommandLineOption fileOption()
{
    return QCommandLineOption(QStringLiteral("file"), QCoreApplication::translate("Cli", "The data file."),
                              QStringLiteral("FILE"));
}

QCommandLineOption yearOption()
{
    return QCommandLineOption(QStringLiteral("year"), QCoreApplication::translate("Cli", "The year, e.g. 2025."),
                              QStringLiteral("YEAR"));
}

std::optional<int> yearFrom(const QCommandLineParser& parser, Context& ctx)
{
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 2000 || year > 2100) {
        fail(ctx, QCoreApplication::translate("Cli", "--year needs a year from 2000 to 2100"), Usage);
        return std::nullopt;
    }
    return year;
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
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
        nameWidth = qMax(nameWidth, int(r.unitName.size()));
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
            ctx.out << pad(rank, 5, true) << "  " << pad(r.unitName, nameWidth) << "  "
                    << pad(r.total.toFixed(2, NumberLocale::Vietnamese), 8, true) << "  "
                    << pad(r.max.toString(NumberLocale::Vietnamese), 6, true) << "  "
                    << pad(r.publishedIndex().toFixed(r.indexDecimals, NumberLocale::Vietnamese), 8, true) << "  "
                    << r.band << '\n';
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

int newCentreCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption());
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Create a new, empty centre data file.")); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("file")))
        return fail(ctx, QCoreApplication::translate("Cli", "--file is required"), Usage);
    const auto created = DataFile::create(parser.value(QStringLiteral("file")), Role::Centre);
    if (!created)
        return fail(ctx, created.error());
    ctx.out << QCoreApplication::translate("Cli", "created centre file %1").arg(created.value()->path()) << '\n';
    return Ok;
}

int importResultsCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption());
    parser.addOption(yearOption());
    parser.addPositionalArgument(QStringLiteral("CSV"),
                                 QCoreApplication::translate("Cli", "Table with a header row: unit, group, appraised, survey "
                                                                    "and optional bonus, penalty, max (default 100)."));
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Import a year's final results from a CSV table. "
                                                                          "Any bad row and nothing is imported."));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (!parser.isSet(QStringLiteral("file")) || !parser.isSet(QStringLiteral("year")) || positional.size() != 1)
        return fail(ctx, QCoreApplication::translate("Cli", "usage: import-results --file C.parindex --year Y CSV"), Usage);
    const auto year = yearFrom(parser, ctx);
    if (!year)
        return Usage;
    QFile csv(positional.first());
    if (!csv.open(QIODevice::ReadOnly))
        return fail(ctx, QCoreApplication::translate("Cli", "cannot open %1: %2").arg(csv.fileName(), csv.errorString()));
    if (csv.size() > 64 * 1024 * 1024)
        return fail(ctx, QCoreApplication::translate("Cli", "%1 is larger than 64 MiB").arg(csv.fileName()));
    const QByteArray bytes = csv.readAll();
    auto file = DataFile::open(parser.value(QStringLiteral("file")));
    if (!file)
        return fail(ctx, file.error());
    const auto report = HistoricImport::run(*file.value(), *year, bytes);
    if (!report.ok()) {
        for (const QString& p : report.problems)
            ctx.err << csv.fileName() << ": " << p << '\n';
        return fail(ctx, QCoreApplication::translate("Cli", "nothing imported: %n problem(s) in %1", nullptr,
                                                     int(report.problems.size()))
                             .arg(csv.fileName()));
    }
    ctx.out << QCoreApplication::translate("Cli", "imported %n result(s) for %1", nullptr, report.imported).arg(*year);
    if (report.unitsCreated > 0)
        ctx.out << QCoreApplication::translate("Cli", " (%n new unit(s) registered)", nullptr, report.unitsCreated);
    ctx.out << '\n';
    return Ok;
}

int resultsCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption());
    parser.addOption(yearOption());
    parser.addOption({QStringLiteral("group"), QCoreApplication::translate("Cli", "Only this group: so, xa or huyen."),
                      QStringLiteral("G")});
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "table (default), csv or json."),
                      QStringLiteral("F"), QStringLiteral("table")});
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Show a year's results per group.")); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("file")) || !parser.isSet(QStringLiteral("year")))
        return fail(ctx, QCoreApplication::translate("Cli", "usage: results --file C.parindex --year Y [--group G] "
                                                            "[--format table|csv|json]"),
                    Usage);
    const auto year = yearFrom(parser, ctx);
    if (!year)
        return Usage;
    std::optional<UnitGroup> group;
    if (parser.isSet(QStringLiteral("group"))) {
        group = UnitGroups::parse(parser.value(QStringLiteral("group")));
        if (!group)
            return fail(ctx, QCoreApplication::translate("Cli", "unknown group '%1' (expected so, xa or huyen)")
                                 .arg(parser.value(QStringLiteral("group"))),
                        Usage);
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(ctx, QCoreApplication::translate("Cli", "unknown format '%1' (expected table, csv or json)").arg(format),
                    Usage);
    auto file = DataFile::open(parser.value(QStringLiteral("file")));
    if (!file)
        return fail(ctx, file.error());
    const auto results = YearResults::compute(*file.value(), *year, group);
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

int demoCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "Folder to write the demo into."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("units"), QCoreApplication::translate("Cli", "Number of units (default 50)."),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("force"), QCoreApplication::translate("Cli", "Replace an existing demo.")});
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Write a demonstration centre (centre.parindex).")); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("out")))
        return fail(ctx, QCoreApplication::translate("Cli", "--out is required"), Usage);
    bool ok = false;
    const int units = parser.value(QStringLiteral("units")).toInt(&ok);
    if (!ok || units < 2 || units > 80)
        return fail(ctx, QCoreApplication::translate("Cli", "--units needs a number from 2 to 80"), Usage);
    const auto summary = DemoBuilder::build(parser.value(QStringLiteral("out")), units, parser.isSet(QStringLiteral("force")));
    if (!summary)
        return fail(ctx, summary.error());
    const auto unit = DemoBuilder::buildUnit(parser.value(QStringLiteral("out")), parser.isSet(QStringLiteral("force")));
    if (!unit)
        return fail(ctx, unit.error());
    ctx.out << QCoreApplication::translate("Cli", "demo centre written to %1: %2 units, %3 scored items")
                   .arg(summary->centreFile)
                   .arg(summary->units)
                   .arg(summary->scoredItems)
            << '\n';
    ctx.out << QCoreApplication::translate("Cli", "demo unit self-assessment written to %1").arg(unit.value()) << '\n';
    return Ok;
}

} // namespace parindex::cli
