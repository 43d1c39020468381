#include "cli/Cli.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
