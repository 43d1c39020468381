#include "app/cli/commands/NewCentreCommand.h"

#include "core/centre/Centre.h"

namespace parindex::cli {

const char* NewCentreCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Create a new data file for Sở Nội vụ (the centre)");
}

int NewCentreCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The data file.")));
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Create a new, empty centre data file."));
        code >= 0)
        return code;
    if (int code = requireOptions(parser, ctx, {"file"}); code >= 0)
        return code;
    const auto created = Centre::create(parser.value(QStringLiteral("file")));
    if (!created)
        return fail(ctx, created.error());
    ctx.out << QCoreApplication::translate("Cli", "created centre file %1").arg(created.value()->path()) << '\n';
    return Ok;
}

} // namespace parindex::cli
