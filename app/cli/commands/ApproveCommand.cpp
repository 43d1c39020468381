#include "app/cli/commands/ApproveCommand.h"

#include "core/centre/Centre.h"

namespace parindex::cli {

const char* ApproveCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Record the appraisal council's approval of a year");
}

int ApproveCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The centre's data file.")));
    parser.addOption(yearOption());
    parser.addOption({QStringLiteral("decision"), QCoreApplication::translate("Cli", "The decision's number."),
                      QStringLiteral("NUMBER")});
    parser.addOption({QStringLiteral("date"), QCoreApplication::translate("Cli", "The decision's date."),
                      QStringLiteral("DD/MM/YYYY")});
    parser.addOption(
        {QStringLiteral("members"), QCoreApplication::translate("Cli", "The council's members."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("in-favour"), QCoreApplication::translate("Cli", "Members who voted in favour."),
                      QStringLiteral("N")});
    if (int code = parse(parser, ctx,
                         QCoreApplication::translate("Cli", "Record the council's approval: the appraisal is then "
                                                            "read-only and the results final."));
        code >= 0)
        return code;
    if (int code = requireOptions(parser, ctx, {"file", "year", "decision", "date"}); code >= 0)
        return code;
    const auto year = yearFrom(parser, ctx);
    if (!year)
        return Usage;
    const auto date = dateFrom(parser.value(QStringLiteral("date")), QStringLiteral("date"), ctx);
    if (!date)
        return Usage;
    Approval approval;
    approval.decision = parser.value(QStringLiteral("decision"));
    approval.date = *date;
    if (parser.isSet(QStringLiteral("members")) != parser.isSet(QStringLiteral("in-favour")))
        return fail(ctx, QCoreApplication::translate("Cli", "give both --members and --in-favour, or neither"), Usage);
    if (parser.isSet(QStringLiteral("members"))) {
        bool ok1 = false;
        bool ok2 = false;
        approval.members = parser.value(QStringLiteral("members")).toInt(&ok1);
        approval.inFavour = parser.value(QStringLiteral("in-favour")).toInt(&ok2);
        if (!ok1 || !ok2 || approval.members < 1)
            return fail(ctx, QCoreApplication::translate("Cli", "--members and --in-favour are whole numbers"), Usage);
    }
    auto centre = openCentre(parser, ctx);
    if (!centre)
        return Failed;
    if (Status s = centre->appraisal().approve(*year, approval); !s)
        return fail(ctx, s.error());
    ctx.out << QCoreApplication::translate("Cli", "the results of %1 are approved by %2 of %3")
                   .arg(*year)
                   .arg(approval.decision, date->toString(QStringLiteral("dd/MM/yyyy")))
            << '\n';
    return Ok;
}

} // namespace parindex::cli
