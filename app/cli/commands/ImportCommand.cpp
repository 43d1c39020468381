#include "app/cli/commands/ImportCommand.h"

#include "core/centre/Centre.h"

#include <QDir>
#include <QFileInfo>

namespace parindex::cli {

const char* ImportCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Verify and import submission packages at the centre");
}

int ImportCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The centre's data file.")));
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QCoreApplication::translate("Cli", "Package files or folders of packages."),
                                 QStringLiteral("PATH..."));
    if (int code = parse(parser, ctx,
                         QCoreApplication::translate("Cli", "Verify and import submission packages; each is "
                                                            "stored whole or rejected whole."));
        code >= 0)
        return code;
    QStringList paths;
    for (const QString& p : parser.positionalArguments().mid(1)) {
        const QFileInfo fi(p);
        if (fi.isDir()) {
            for (const QFileInfo& f : QDir(p).entryInfoList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name))
                paths.append(f.filePath());
        } else {
            paths.append(p);
        }
    }
    if (paths.isEmpty())
        return fail(ctx, QCoreApplication::translate("Cli", "name at least one package or folder"), Usage);
    auto centre = openCentre(parser, ctx);
    if (!centre)
        return Failed;
    int rejected = 0;
    for (const QString& p : paths) {
        const ImportOutcome outcome = centre->importPackage(p);
        if (outcome.kind == ImportOutcome::Kind::Rejected)
            ++rejected;
        ctx.out << p << ": " << outcome.text() << '\n';
    }
    return rejected == 0 ? Ok : Failed;
}

} // namespace parindex::cli
