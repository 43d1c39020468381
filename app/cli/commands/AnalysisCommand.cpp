#include "app/cli/commands/AnalysisCommand.h"

#include "core/centre/Centre.h"
#include "core/common/Text.h"
#include "core/results/Analysis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace parindex::cli {

namespace {

QJsonValue percent(const std::optional<Points>& p)
{
    return p ? QJsonValue(p->toFixed(2)) : QJsonValue();
}

QString percentText(const Ratio& r)
{
    return r.isDefined() ? r.percent(2).toFixed(2) : QString();
}

void nodes(Context& ctx, const YearResults& results, NodeLevel level, bool json)
{
    const Analysis analysis(results);
    const QList<NodeAnalysis> list = analysis.nodes(level);
    if (!json) {
        ctx.out << "group,code,title,unit_code,unit,index\n";
        for (const NodeAnalysis& n : list) {
            ctx.out << UnitGroups::code(n.group) << ',' << csvField(n.code) << ',' << csvField(n.title) << ",,"
                    << csvField(QCoreApplication::translate("Cli", "average")) << ','
                    << (n.average ? n.average->toFixed(2) : QString()) << '\n';
            for (const UnitYearResult& u : results.units) {
                const auto it = n.byUnit.constFind(u.row.unitCode);
                if (u.row.group != n.group || it == n.byUnit.cend())
                    continue;
                ctx.out << UnitGroups::code(n.group) << ',' << csvField(n.code) << ',' << csvField(n.title) << ','
                        << csvField(u.row.unitCode) << ',' << csvField(u.row.unitName) << ',' << percentText(*it)
                        << '\n';
            }
        }
        return;
    }
    QJsonArray out;
    for (const NodeAnalysis& n : list) {
        QJsonObject units;
        for (auto it = n.byUnit.cbegin(); it != n.byUnit.cend(); ++it)
            units.insert(it.key(), it->isDefined() ? QJsonValue(percentText(*it)) : QJsonValue());
        out.append(QJsonObject{{QStringLiteral("group"), UnitGroups::code(n.group)},
                               {QStringLiteral("code"), n.code},
                               {QStringLiteral("title"), n.title},
                               {QStringLiteral("max"), n.max.toString()},
                               {QStringLiteral("average_index"), percent(n.average)},
                               {QStringLiteral("units"), units}});
    }
    QJsonObject root{{QStringLiteral("year"), results.year},
                     {level == NodeLevel::Area ? QStringLiteral("areas") : QStringLiteral("criteria"), out}};
    if (level == NodeLevel::Criterion) {
        QJsonObject weakest;
        for (UnitGroup g : UnitGroups::all()) {
            QJsonArray codes;
            for (const NodeAnalysis& n : analysis.weakestCriteria(g, 5))
                codes.append(n.code);
            if (!codes.isEmpty())
                weakest.insert(UnitGroups::code(g), codes);
        }
        root.insert(QStringLiteral("weakest"), weakest);
    }
    ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void gaps(Context& ctx, const YearResults& results, bool json)
{
    const Analysis analysis(results);
    const QList<UnitGap> list = analysis.gaps();
    const QList<ItemCut> cuts = analysis.mostCut(10);
    if (!json) {
        ctx.out << "group,unit_code,unit,self,appraised,difference,items_cut,items_raised\n";
        for (const UnitGap& g : list)
            ctx.out << UnitGroups::code(g.group) << ',' << csvField(g.unitCode) << ',' << csvField(g.unitName) << ','
                    << g.self.toString() << ',' << g.appraised.toString() << ',' << g.difference().toString() << ','
                    << g.itemsCut << ',' << g.itemsRaised << '\n';
        return;
    }
    QJsonArray units;
    for (const UnitGap& g : list)
        units.append(QJsonObject{{QStringLiteral("group"), UnitGroups::code(g.group)},
                                 {QStringLiteral("code"), g.unitCode},
                                 {QStringLiteral("unit"), g.unitName},
                                 {QStringLiteral("self"), g.self.toString()},
                                 {QStringLiteral("appraised"), g.appraised.toString()},
                                 {QStringLiteral("difference"), g.difference().toString()},
                                 {QStringLiteral("items_cut"), g.itemsCut},
                                 {QStringLiteral("items_raised"), g.itemsRaised}});
    QJsonArray most;
    for (const ItemCut& c : cuts)
        most.append(QJsonObject{{QStringLiteral("group"), UnitGroups::code(c.group)},
                                {QStringLiteral("item"), c.code},
                                {QStringLiteral("title"), c.title},
                                {QStringLiteral("units"), c.units},
                                {QStringLiteral("points"), c.points.toString()}});
    const QJsonObject root{
        {QStringLiteral("year"), results.year}, {QStringLiteral("units"), units}, {QStringLiteral("most_cut"), most}};
    ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void yoy(Context& ctx, const YearResults& results, bool json)
{
    if (!json)
        ctx.out << "group,unit_code,unit,index,previous_index,change,rank,previous_rank,rank_change\n";
    QJsonArray units;
    for (const UnitYearResult& u : results.units) {
        const ResultRow& r = u.row;
        const std::optional<Points> change =
            r.previousIndex ? std::optional(r.publishedIndex() - *r.previousIndex) : std::nullopt;
        const bool ranks = r.rank > 0 && r.previousRank > 0;
        if (!json) {
            ctx.out << UnitGroups::code(r.group) << ',' << csvField(r.unitCode) << ',' << csvField(r.unitName) << ','
                    << r.publishedIndex().toFixed(2) << ','
                    << (r.previousIndex ? r.previousIndex->toFixed(2) : QString()) << ','
                    << (change ? change->toFixed(2) : QString()) << ','
                    << (r.rank > 0 ? QString::number(r.rank) : QString()) << ','
                    << (r.previousRank > 0 ? QString::number(r.previousRank) : QString()) << ','
                    << (ranks ? QString::number(r.previousRank - r.rank) : QString()) << '\n';
            continue;
        }
        units.append(QJsonObject{
            {QStringLiteral("group"), UnitGroups::code(r.group)},
            {QStringLiteral("code"), r.unitCode},
            {QStringLiteral("unit"), r.unitName},
            {QStringLiteral("index"), r.publishedIndex().toFixed(2)},
            {QStringLiteral("previous_index"), percent(r.previousIndex)},
            {QStringLiteral("change"), percent(change)},
            {QStringLiteral("rank"), r.rank > 0 ? QJsonValue(r.rank) : QJsonValue()},
            {QStringLiteral("previous_rank"), r.previousRank > 0 ? QJsonValue(r.previousRank) : QJsonValue()},
            {QStringLiteral("rank_change"), ranks ? QJsonValue(r.previousRank - r.rank) : QJsonValue()}});
    }
    if (json)
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("year"), results.year}, {QStringLiteral("units"), units}})
                       .toJson(QJsonDocument::Indented);
}

} // namespace

const char* AnalysisCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Analyse a year's results: per area, per criterion, appraisal cuts, last year");
}

int AnalysisCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The centre's data file.")));
    parser.addOption(yearOption());
    parser.addOption({QStringLiteral("kind"),
                      QCoreApplication::translate("Cli", "areas, criteria, gaps (self-score against appraisal) or yoy "
                                                         "(change from last year)."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "csv (default) or json."),
                      QStringLiteral("F"), QStringLiteral("csv")});
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Analyse a year's results.")); code >= 0)
        return code;
    if (int code = requireOptions(parser, ctx, {"file", "year", "kind"}); code >= 0)
        return code;
    const auto year = yearFrom(parser, ctx);
    if (!year)
        return Usage;
    const QString kind = parser.value(QStringLiteral("kind"));
    const QString format = parser.value(QStringLiteral("format"));
    const QStringList kinds = {QStringLiteral("areas"), QStringLiteral("criteria"), QStringLiteral("gaps"),
                               QStringLiteral("yoy")};
    if (!kinds.contains(kind))
        return fail(
            ctx,
            QCoreApplication::translate("Cli", "unknown kind '%1' (expected areas, criteria, gaps or yoy)").arg(kind),
            Usage);
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(ctx, QCoreApplication::translate("Cli", "unknown format '%1' (expected csv or json)").arg(format),
                    Usage);
    auto centre = openCentre(parser, ctx);
    if (!centre)
        return Failed;
    const auto results = centre->results(*year);
    if (!results)
        return fail(ctx, results.error());
    const bool json = format == QLatin1String("json");
    if (kind == QLatin1String("areas"))
        nodes(ctx, results.value(), NodeLevel::Area, json);
    else if (kind == QLatin1String("criteria"))
        nodes(ctx, results.value(), NodeLevel::Criterion, json);
    else if (kind == QLatin1String("gaps"))
        gaps(ctx, results.value(), json);
    else
        yoy(ctx, results.value(), json);
    return Ok;
}

} // namespace parindex::cli
