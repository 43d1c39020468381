#include "app/cli/commands/AppraisersCommand.h"

#include "core/centre/Centre.h"
#include "core/common/Text.h"

namespace parindex::cli {

const char* AppraisersCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Register the working group's appraisers and their areas");
}

int AppraisersCommand::run(Context& ctx)
{
    const QString sub = ctx.arguments.value(1);
    if (sub != QLatin1String("add") && sub != QLatin1String("list") && sub != QLatin1String("areas")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            ctx.out << QCoreApplication::translate(
                "Cli", "Usage: parindex-cli appraisers add   --file C --name NAME [--areas 1,2]\n"
                       "       parindex-cli appraisers areas --file C --name NAME --areas 1,2 --reason TEXT\n"
                       "       parindex-cli appraisers list  --file C [--year Y]\n");
            return Ok;
        }
        return fail(ctx, QCoreApplication::translate("Cli", "say add, areas or list (see appraisers --help)"), Usage);
    }
    Context inner{ctx.arguments.mid(1), ctx.out, ctx.err};
    inner.arguments.first() = QStringLiteral("appraisers ") + sub;
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The centre's data file.")));
    parser.addOption(
        {QStringLiteral("name"), QCoreApplication::translate("Cli", "The appraiser's name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("areas"),
                      QCoreApplication::translate("Cli", "Codes of the areas they appraise, e.g. 1,2."),
                      QStringLiteral("CODES")});
    parser.addOption({QStringLiteral("reason"), QCoreApplication::translate("Cli", "Why the areas change."),
                      QStringLiteral("TEXT")});
    parser.addOption(yearOption());
    if (int code = parse(parser, inner, QCoreApplication::translate("Cli", "The working group's appraisers."));
        code >= 0)
        return code;
    auto centre = openCentre(parser, inner);
    if (!centre)
        return Failed;
    Appraisal& appraisal = centre->appraisal();
    const QStringList areas = parser.value(QStringLiteral("areas")).split(u',', Qt::SkipEmptyParts);
    if (sub == QLatin1String("add")) {
        if (int code = requireOptions(parser, inner, {"name"}); code >= 0)
            return code;
        if (Status s = appraisal.addAppraiser({parser.value(QStringLiteral("name")), areas}); !s)
            return fail(inner, s.error());
        ctx.out
            << QCoreApplication::translate("Cli", "appraiser %1 registered").arg(parser.value(QStringLiteral("name")))
            << '\n';
        return Ok;
    }
    if (sub == QLatin1String("areas")) {
        if (int code = requireOptions(parser, inner, {"name", "areas", "reason"}); code >= 0)
            return code;
        if (Status s = appraisal.setAppraiserAreas(parser.value(QStringLiteral("name")), areas,
                                                   parser.value(QStringLiteral("reason")));
            !s)
            return fail(inner, s.error());
        return Ok;
    }
    if (parser.isSet(QStringLiteral("year"))) {
        const auto year = yearFrom(parser, inner);
        if (!year)
            return Usage;
        const auto progress = appraisal.appraiserProgress(*year);
        if (!progress)
            return fail(inner, progress.error());
        for (const AppraiserProgress& p : progress.value())
            ctx.out << safeForDisplay(p.appraiser.name) << '\t' << p.appraiser.areas.join(u',') << '\t' << p.done << '/'
                    << p.assigned << '\n';
        return Ok;
    }
    const auto all = appraisal.appraisers();
    if (!all)
        return fail(inner, all.error());
    for (const Appraiser& a : all.value())
        ctx.out << safeForDisplay(a.name) << '\t' << a.areas.join(u',') << '\n';
    return Ok;
}

} // namespace parindex::cli
