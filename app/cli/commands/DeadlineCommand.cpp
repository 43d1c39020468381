#include "app/cli/commands/DeadlineCommand.h"

#include "core/centre/Centre.h"

namespace parindex::cli {

const char* DeadlineCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Set or clear the deadline of a stage of the year");
}

int DeadlineCommand::run(Context& ctx)
{
    const QString sub = ctx.arguments.value(1);
    if (sub != QLatin1String("set") && sub != QLatin1String("clear") && sub != QLatin1String("list")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            ctx.out << QCoreApplication::translate(
                "Cli", "Usage: parindex-cli deadline set   --file C --year Y --stage self|round1|explanation|round2 "
                       "--at DD/MM/YYYY [--reason TEXT]\n"
                       "       parindex-cli deadline clear --file C --year Y --stage STAGE --reason TEXT\n"
                       "       parindex-cli deadline list  --file C --year Y\n"
                       "A stage is open through the whole day of its deadline. Changing a deadline already set "
                       "needs a reason.\n");
            return Ok;
        }
        return fail(ctx, QCoreApplication::translate("Cli", "say set, clear or list (see deadline --help)"), Usage);
    }
    Context inner{ctx.arguments.mid(1), ctx.out, ctx.err};
    inner.arguments.first() = QStringLiteral("deadline ") + sub;
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The centre's data file.")));
    parser.addOption(yearOption());
    parser.addOption({QStringLiteral("stage"),
                      QCoreApplication::translate("Cli", "self, round1, explanation or round2."),
                      QStringLiteral("STAGE")});
    parser.addOption({QStringLiteral("at"), QCoreApplication::translate("Cli", "The last day of the stage."),
                      QStringLiteral("DD/MM/YYYY")});
    parser.addOption({QStringLiteral("reason"),
                      QCoreApplication::translate("Cli", "Why a deadline already set changes."),
                      QStringLiteral("TEXT")});
    if (int code = parse(parser, inner, QCoreApplication::translate("Cli", "The deadlines of the year's stages."));
        code >= 0)
        return code;
    if (int code = requireOptions(parser, inner, {"file", "year"}); code >= 0)
        return code;
    const auto year = yearFrom(parser, inner);
    if (!year)
        return Usage;
    std::optional<DeadlineStage> stage;
    if (sub != QLatin1String("list")) {
        if (int code = requireOptions(parser, inner, {"stage"}); code >= 0)
            return code;
        stage = AppraisalTerms::deadlineFromCode(parser.value(QStringLiteral("stage")));
        if (!stage)
            return fail(inner, QCoreApplication::translate("Cli", "--stage is self, round1, explanation or round2"),
                        Usage);
    }
    std::optional<QDate> at;
    if (sub == QLatin1String("set")) {
        if (int code = requireOptions(parser, inner, {"at"}); code >= 0)
            return code;
        at = dateFrom(parser.value(QStringLiteral("at")), QStringLiteral("at"), inner);
        if (!at)
            return Usage;
    }
    auto centre = openCentre(parser, inner);
    if (!centre)
        return Failed;
    if (sub == QLatin1String("list")) {
        const auto plan = centre->appraisal().plan(*year);
        if (!plan)
            return fail(inner, plan.error());
        for (DeadlineStage s : AppraisalTerms::allDeadlines()) {
            const auto d = plan->deadline(s);
            ctx.out << AppraisalTerms::code(s) << '\t'
                    << (d ? d->toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—")) << '\n';
        }
        return Ok;
    }
    if (Status s = centre->appraisal().setDeadline(*year, *stage, at, parser.value(QStringLiteral("reason"))); !s)
        return fail(inner, s.error());
    ctx.out << QCoreApplication::translate("Cli", "deadline of %1 for %2: %3")
                   .arg(AppraisalTerms::name(*stage))
                   .arg(*year)
                   .arg(at ? at->toString(QStringLiteral("dd/MM/yyyy")) : QCoreApplication::translate("Cli", "none"))
            << '\n';
    return Ok;
}

} // namespace parindex::cli
