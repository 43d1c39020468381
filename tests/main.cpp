// One Catch2 main for every test binary: a QApplication (offscreen unless told otherwise, so
// catch_discover_tests can list tests at build time without a display), test-mode settings and
// a fixed English UI unless a test installs Vietnamese.
#define CATCH_CONFIG_RUNNER
#include "core/common/Translations.h"

#include <QApplication>
#include <QStandardPaths>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("parindex-tests"));
    QApplication::setOrganizationName(QStringLiteral("ParIndex"));
    parindex::installTranslations(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
