#include "app/cli/Cli.h"
#include "core/common/Translations.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

int main(int argc, char* argv[])
{
    // Reports need fonts and painting, hence a GUI application; the command line never opens a
    // window, so it runs on the offscreen platform whether or not there is a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt wants a private runtime folder and complains on stderr without one.
        const QString runtime = QDir::tempPath() + QStringLiteral("/parindex-runtime-") + QString::number(::getuid());
        if (QDir().mkpath(runtime) &&
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parindex"));
    QCoreApplication::setOrganizationName(QStringLiteral("ParIndex"));
    QStringList args = QCoreApplication::arguments().mid(1);
    // Messages are English unless Vietnamese is asked for (--lang vi or PARINDEX_LANG=vi).
    QString lang = qEnvironmentVariable("PARINDEX_LANG", QStringLiteral("en"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i >= 0 && i + 1 < args.size()) {
        lang = args.at(i + 1);
        args.remove(i, 2);
    }
    parindex::installTranslations(lang);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return parindex::cli::run(args, out, err);
}
