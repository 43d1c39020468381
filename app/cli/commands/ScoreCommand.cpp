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
    addInputOptions(parser);
    parser.addOption({QStringLiteral("clear"), QCoreApplication::translate("Cli", "Remove the item's score.")});
    if (int code =
            parse(parser, ctx, QCoreApplication::translate("Cli", "Score one item of a unit's self-assessment."));
        code >= 0)
        return code;
    const int given = countInputOptions(parser) + (parser.isSet(QStringLiteral("clear")) ? 1 : 0);
    if (!parser.isSet(QStringLiteral("item")) || given != 1)
        return fail(ctx,
                    QCoreApplication::translate(
                        "Cli", "usage: score --file U --item CODE (--option N | --value V | --ratio A/B | --count N | "
                               "--not-applicable REASON | --clear)"),
                    Usage);
    ItemInput input;
    if (!parser.isSet(QStringLiteral("clear"))) {
        const auto said = inputFrom(parser, ctx);
        if (!said)
            return Usage;
        input = *said;
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
