#include "app/cli/commands/AppraiseCommand.h"

#include "core/centre/Centre.h"

namespace parindex::cli {

const char* AppraiseCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Appraise a unit's item (or every item left) in the current round");
}

int AppraiseCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The centre's data file.")));
    parser.addOption(yearOption());
    parser.addOption(
        {QStringLiteral("unit"), QCoreApplication::translate("Cli", "The unit's code."), QStringLiteral("CODE")});
    parser.addOption(itemOption());
    parser.addOption({QStringLiteral("by"), QCoreApplication::translate("Cli", "The appraiser (a registered name)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("accept"), QCoreApplication::translate("Cli", "Accept the unit's self-score.")});
    parser.addOption({QStringLiteral("accept-rest"),
                      QCoreApplication::translate("Cli", "Appraise every item not yet appraised in this round: round "
                                                         "1 takes the self-score, round 2 keeps round 1.")});
    addInputOptions(parser);
    parser.addOption({QStringLiteral("comment"), QCoreApplication::translate("Cli", "The appraiser's comment."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("request"),
                      QCoreApplication::translate("Cli", "Ask the unit for an explanation or evidence (round 1)."),
                      QStringLiteral("explanation|evidence")});
    if (int code = parse(parser, ctx,
                         QCoreApplication::translate("Cli", "Appraise in the round the unit's stage is in (round 2 "
                                                            "once its response is in or the explanation deadline "
                                                            "has passed)."));
        code >= 0)
        return code;
    if (int code = requireOptions(parser, ctx, {"file", "year", "unit", "by"}); code >= 0)
        return code;
    const auto year = yearFrom(parser, ctx);
    if (!year)
        return Usage;
    const QString unit = parser.value(QStringLiteral("unit"));
    const QString by = parser.value(QStringLiteral("by"));
    const bool rest = parser.isSet(QStringLiteral("accept-rest"));
    const int said = countInputOptions(parser) + (parser.isSet(QStringLiteral("accept")) ? 1 : 0);
    if (rest ? (said != 0 || parser.isSet(QStringLiteral("item")))
             : (said != 1 || !parser.isSet(QStringLiteral("item"))))
        return fail(ctx,
                    QCoreApplication::translate(
                        "Cli", "usage: appraise --file C --year Y --unit CODE --by NAME (--item ITEM (--accept | "
                               "--option N | --value V | --ratio A/B | --count N | --not-applicable REASON) "
                               "[--comment TEXT] [--request explanation|evidence] | --accept-rest)"),
                    Usage);
    AppraisalEdit edit;
    if (!rest && !parser.isSet(QStringLiteral("accept"))) {
        const auto input = inputFrom(parser, ctx);
        if (!input)
            return Usage;
        edit.input = *input;
    }
    edit.comment = parser.value(QStringLiteral("comment"));
    if (parser.isSet(QStringLiteral("request"))) {
        const auto kind = AppraisalTerms::requestFromCode(parser.value(QStringLiteral("request")));
        if (!kind || *kind == RequestKind::None)
            return fail(ctx, QCoreApplication::translate("Cli", "--request is explanation or evidence"), Usage);
        edit.request = *kind;
    }
    auto centre = openCentre(parser, ctx);
    if (!centre)
        return Failed;
    if (rest) {
        const auto done = centre->appraisal().acceptRest(*year, unit, by);
        if (!done)
            return fail(ctx, done.error());
        ctx.out << QCoreApplication::translate("Cli", "%n item(s) appraised", nullptr, done.value()) << '\n';
        return Ok;
    }
    const QString item = parser.value(QStringLiteral("item"));
    if (Status s = centre->appraisal().appraise(*year, unit, item, edit, by); !s)
        return fail(ctx, s.error());
    const auto now = centre->appraisal().unit(*year, unit);
    if (!now)
        return fail(ctx, now.error());
    const AppraisalItem* a = now->item(item);
    const int round = now->editableRound; // the round the edit went to
    const std::optional<Points> points = a ? (round == 2 ? a->round2Points : a->round1Points) : std::nullopt;
    ctx.out << QCoreApplication::translate("Cli", "%1 %2: round %3, %4 points (self-score %5)")
                   .arg(unit, item)
                   .arg(round)
                   .arg(points ? points->toString(NumberLocale::Vietnamese) : QStringLiteral("—"),
                        a && a->selfPoints ? a->selfPoints->toString(NumberLocale::Vietnamese) : QStringLiteral("—"))
            << '\n';
    return Ok;
}

} // namespace parindex::cli
