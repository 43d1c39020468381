#include "app/cli/commands/ExplainCommand.h"

#include "core/unit/UnitAssessment.h"

namespace parindex::cli {

const char* ExplainCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Write an item's explanation (giải trình)");
}

int ExplainCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The unit's data file.")));
    parser.addOption(itemOption());
    parser.addOption({QStringLiteral("text"),
                      QCoreApplication::translate("Cli", "The explanation (giải trình); empty to remove it."),
                      QStringLiteral("T")});
    if (int code = parse(
            parser, ctx,
            QCoreApplication::translate("Cli", "Write how an item was scored where evidence is missing (giải trình)."));
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("item")) || !parser.isSet(QStringLiteral("text")))
        return fail(ctx, QCoreApplication::translate("Cli", "usage: explain --file U --item CODE --text T"), Usage);
    auto unit = openUnit(parser, ctx);
    if (!unit)
        return Failed;
    if (Status s = unit->setExplanation(parser.value(QStringLiteral("item")), parser.value(QStringLiteral("text"))); !s)
        return fail(ctx, s.error());
    ctx.out << QCoreApplication::translate("Cli", "explanation of %1 saved").arg(parser.value(QStringLiteral("item")))
            << '\n';
    return Ok;
}

} // namespace parindex::cli
