#include "app/cli/commands/AppraisalCommand.h"

#include "core/centre/Centre.h"
#include "core/common/Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace parindex::cli {

const char* AppraisalCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Show a year's appraisal: stages and points per item");
}

namespace {

QJsonValue pointsJson(const std::optional<Points>& p)
{
    return p ? QJsonValue(p->toString()) : QJsonValue();
}

QString pointsText(const std::optional<Points>& p)
{
    return p ? p->toString(NumberLocale::Vietnamese) : QStringLiteral("—");
}

} // namespace

int AppraisalCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The centre's data file.")));
    parser.addOption(yearOption());
    parser.addOption(
        {QStringLiteral("unit"), QCoreApplication::translate("Cli", "Only this unit."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "table, csv or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("table")});
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "A year's appraisal.")); code >= 0)
        return code;
    if (int code = requireOptions(parser, ctx, {"file", "year"}); code >= 0)
        return code;
    const auto year = yearFrom(parser, ctx);
    if (!year)
        return Usage;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(ctx, QCoreApplication::translate("Cli", "--format is table, csv or json"), Usage);
    auto centre = openCentre(parser, ctx);
    if (!centre)
        return Failed;
    QStringList codes;
    if (parser.isSet(QStringLiteral("unit"))) {
        codes.append(parser.value(QStringLiteral("unit")));
    } else {
        const auto units = centre->units();
        if (!units)
            return fail(ctx, units.error());
        for (const Unit& u : units.value())
            codes.append(u.code);
    }
    QJsonArray unitsJson;
    if (format == QLatin1String("csv"))
        ctx.out << "unit,stage,item,self,round1,round2,final,request,comment\n";
    for (const QString& code : codes) {
        const auto a = centre->appraisal().unit(*year, code);
        if (!a)
            return fail(ctx, a.error());
        QJsonArray items;
        if (format == QLatin1String("table"))
            ctx.out << safeForDisplay(a->unit.code) << "  " << safeForDisplay(a->unit.name) << "  ["
                    << AppraisalTerms::name(a->stage) << "]\n";
        for (const AppraisalItem& i : a->items) {
            const QString request = AppraisalTerms::code(i.request());
            if (format == QLatin1String("json")) {
                items.append(QJsonObject{{QStringLiteral("item"), i.node->code},
                                         {QStringLiteral("self"), pointsJson(i.selfPoints)},
                                         {QStringLiteral("round1"), pointsJson(i.round1Points)},
                                         {QStringLiteral("round2"), pointsJson(i.round2Points)},
                                         {QStringLiteral("final"), pointsJson(i.finalPoints)},
                                         {QStringLiteral("comment"), i.comment()},
                                         {QStringLiteral("request"), request.isEmpty() ? QJsonValue() : request}});
            } else if (format == QLatin1String("csv")) {
                ctx.out << csvField(a->unit.code) << ',' << AppraisalTerms::code(a->stage) << ',' << i.node->code << ','
                        << (i.selfPoints ? i.selfPoints->toString() : QString()) << ','
                        << (i.round1Points ? i.round1Points->toString() : QString()) << ','
                        << (i.round2Points ? i.round2Points->toString() : QString()) << ','
                        << (i.finalPoints ? i.finalPoints->toString() : QString()) << ',' << request << ','
                        << csvField(safeForDisplay(i.comment())) << '\n';
            } else if (i.round1 || i.round2 || i.selfPoints) {
                ctx.out << "  " << i.node->code.leftJustified(10) << pointsText(i.selfPoints).rightJustified(8)
                        << pointsText(i.round1Points).rightJustified(8) << pointsText(i.round2Points).rightJustified(8)
                        << pointsText(i.finalPoints).rightJustified(8)
                        << (request.isEmpty() ? QString()
                                              : QStringLiteral("  [") + AppraisalTerms::name(i.request()) + u']')
                        << (i.comment().isEmpty() ? QString() : QStringLiteral("  ") + safeForDisplay(i.comment()))
                        << '\n';
            }
        }
        if (format == QLatin1String("json"))
            unitsJson.append(QJsonObject{{QStringLiteral("unit"), a->unit.code},
                                         {QStringLiteral("stage"), AppraisalTerms::code(a->stage)},
                                         {QStringLiteral("items"), items}});
    }
    if (format == QLatin1String("json"))
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("year"), *year}, {QStringLiteral("units"), unitsJson}})
                       .toJson(QJsonDocument::Indented);
    return Ok;
}

} // namespace parindex::cli
