#include "core/common/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("parindex"));
    QApplication::setApplicationDisplayName(QStringLiteral("ParIndex"));
    QApplication::setOrganizationName(QStringLiteral("ParIndex"));
    QApplication::setApplicationVersion(QStringLiteral(PARINDEX_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/parindex.svg")));
    parindex::installTranslations(parindex::preferredLanguage());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A ParIndex data file to open."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of the window to FILE (PNG) and quit; works "
                                                       "without a display under QT_QPA_PLATFORM=offscreen."),
                                        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.process(app);

    parindex::ui::MainWindow window;
    QString file = parser.positionalArguments().value(0);
    if (file.isEmpty()) {
        const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
        file = recent.value(0);
    }
    if (!file.isEmpty())
        window.openFile(file);
    window.show();
    if (parser.isSet(screenshot)) {
        QApplication::processEvents();
        return window.grab().save(parser.value(screenshot)) ? 0 : 1;
    }
    return app.exec();
}
