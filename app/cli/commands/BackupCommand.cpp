#include "app/cli/commands/BackupCommand.h"

#include "core/files/DataFiles.h"

#include <QDir>

namespace parindex::cli {

const char* BackupCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Copy a data file, consistently, even while it is open");
}

int BackupCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The data file to copy (a unit's or a centre's).")));
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate("Cli", "The copy to write; it must not exist."),
                      QStringLiteral("B.parindex")});
    if (int code = parse(parser, ctx,
                         QCoreApplication::translate(
                             "Cli", "Write a consistent copy of a data file, even while ParIndex has it open. "
                                    "ParIndex also keeps daily copies in the folder F.backups beside each file.\n"
                                    "To restore one: close ParIndex, keep the damaged file aside, and copy the "
                                    "backup in its place."));
        code >= 0)
        return code;
    if (int code = requireOptions(parser, ctx, {"file", "out"}); code >= 0)
        return code;
    const QString out = parser.value(QStringLiteral("out"));
    if (Status s = DataFiles::backup(parser.value(QStringLiteral("file")), out); !s)
        return fail(ctx, s.error());
    ctx.out << QCoreApplication::translate("Cli", "copy written to %1").arg(QDir::toNativeSeparators(out)) << '\n';
    return Ok;
}

} // namespace parindex::cli
