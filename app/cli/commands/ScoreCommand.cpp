#include "app/cli/commands/ScoreCommand.h"

#include "core/unit/UnitAssessment.h"

namespace parindex::cli {

const char* ScoreCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Score one item of a unit's self-assessment");
}

int ScoreCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The unit's data file.")));
    parser.addOption(itemOption());
    parser.addOption({QStringLiteral("option"),
                      QCoreApplication::translate("Cli", "Choose the N-th level (1 for the first)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("value"),
                      QCoreApplication::translate("Cli", "Points, for items scored by judgement (0,5 or 0.5)."),
                      QStringLiteral("V")});
    parser.addOption({QStringLiteral("ratio"), QCoreApplication::translate("Cli", "Numerator/denominator, e.g. 45/50."),
                      QStringLiteral("A/B")});
    parser.addOption({QStringLiteral("count"),
                      QCoreApplication::translate("Cli", "Number of shortcomings, for deduction items."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("not-applicable"),
                      QCoreApplication::translate("Cli", "Mark the item not applicable, with the reason."),
                      QStringLiteral("REASON")});
    parser.addOption({QStringLiteral("clear"), QCoreApplication::translate("Cli", "Remove the item's score.")});
    if (int code =
            parse(parser, ctx, QCoreApplication::translate("Cli", "Score one item of a unit's self-assessment."));
        code >= 0)
        return code;
    int given = 0;
    for (const char* o : {"option", "value", "ratio", "count", "not-applicable", "clear"})
        given += parser.isSet(QLatin1String(o)) ? 1 : 0;
    if (!parser.isSet(QStringLiteral("item")) || given != 1)
        return fail(ctx,
                    QCoreApplication::translate(
                        "Cli", "usage: score --file U --item CODE (--option N | --value V | --ratio A/B | --count N | "
                               "--not-applicable REASON | --clear)"),
                    Usage);
    ItemInput input;
    if (parser.isSet(QStringLiteral("option"))) {
        bool ok = false;
        const int n = parser.value(QStringLiteral("option")).toInt(&ok);
        if (!ok || n < 1)
            return fail(ctx, QCoreApplication::translate("Cli", "--option needs a level number, 1 for the first"),
                        Usage);
        input = ItemInput::ofOption(n - 1);
    } else if (parser.isSet(QStringLiteral("value"))) {
        const auto v = Points::parse(parser.value(QStringLiteral("value")));
        if (!v)
            return fail(ctx, QCoreApplication::translate("Cli", "--value needs a number such as 0,75 or 0.75"), Usage);
        input = ItemInput::ofValue(*v);
    } else if (parser.isSet(QStringLiteral("ratio"))) {
        const QStringList parts = parser.value(QStringLiteral("ratio")).split(u'/');
        const auto num = parts.size() == 2 ? Points::parse(parts.at(0)) : std::nullopt;
        const auto den = parts.size() == 2 ? Points::parse(parts.at(1)) : std::nullopt;
        if (!num || !den)
            return fail(ctx, QCoreApplication::translate("Cli", "--ratio needs numerator/denominator, e.g. 45/50"),
                        Usage);
        input = ItemInput::ofRatio(*num, *den);
    } else if (parser.isSet(QStringLiteral("count"))) {
        bool ok = false;
        const qint64 n = parser.value(QStringLiteral("count")).toLongLong(&ok);
        if (!ok || n < 0 || n > ItemInput::MaxCount)
            return fail(ctx,
                        QCoreApplication::translate("Cli", "--count needs a whole number from 0 to %1")
                            .arg(ItemInput::MaxCount),
                        Usage);
        input = ItemInput::ofCount(n);
    } else if (parser.isSet(QStringLiteral("not-applicable"))) {
        input = ItemInput::notApplicable(parser.value(QStringLiteral("not-applicable")));
    }
    auto unit = openUnit(parser, ctx);
    if (!unit)
        return Failed;
    const QString code = parser.value(QStringLiteral("item"));
    if (Status s = unit->setInput(code, input); !s)
        return fail(ctx, s.error());
    const NodeResult* r = unit->evaluation().node(code);
    const Evaluation& e = unit->evaluation();
    ctx.out << QCoreApplication::translate("Cli", "%1: %2 of %3 points; total %4 of %5, index %6%")
                   .arg(code,
                        r && r->item.state == ItemScore::State::NotApplicable
                            ? QCoreApplication::translate("Cli", "not applicable")
                            : r->achieved.toString(NumberLocale::Vietnamese),
                        unit->set().find(code)->max.toString(NumberLocale::Vietnamese),
                        e.total.toFixed(2, NumberLocale::Vietnamese), e.possible.toString(NumberLocale::Vietnamese),
                        e.index()
                            .percent(unit->set().indexDecimals)
                            .toFixed(unit->set().indexDecimals, NumberLocale::Vietnamese))
            << '\n';
    return Ok;
}

} // namespace parindex::cli
