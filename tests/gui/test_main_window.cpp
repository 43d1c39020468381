#include "support/TestSupport.h"

#include "MainWindow.h"
#include "centre/AreaBreakdownModel.h"
#include "centre/ResultsTableModel.h"
#include "common/Dialogs.h"
#include "common/MessageBanner.h"
#include "common/Translations.h"
#include "demo/DemoBuilder.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using parindex::ui::MainWindow;

namespace {

QString demoFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const auto built = DemoBuilder::build(dir.path(), 50, false);
        REQUIRE(built.ok());
        return built->centreFile;
    }();
    return path;
}

QStringList column(QTableView* view, int col)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out.append(view->model()->index(r, col).data().toString());
    return out;
}

void screenshot(QWidget* w, const QString& name)
{
    QTest::qWait(50); // let pending layouts run, as they would before anything is painted
    const QString dir = QDir::current().absoluteFilePath(u"screenshots"_s);
    QDir().mkpath(dir);
    CHECK(w->grab().save(dir + u'/' + name + u".png"_s));
}

// Turns model-tester warnings into test failures.
void failOnModelWarnings(QtMsgType type, const QMessageLogContext& ctx, const QString& msg)
{
    if (type != QtDebugMsg && QByteArray(ctx.category ? ctx.category : "").startsWith("qt.modeltest"))
        FAIL(msg.toStdString());
}

} // namespace

TEST_CASE("The main window opens the demo and shows ranked results", "[gui]")
{
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.openFile(demoFile()));
    CHECK(w.windowTitle().contains(u"centre.parindex"_s));

    auto* view = w.findChild<QTableView*>(u"resultsView"_s);
    auto* year = w.findChild<QComboBox*>(u"yearCombo"_s);
    auto* group = w.findChild<QComboBox*>(u"groupCombo"_s);
    REQUIRE(view);
    REQUIRE(year);
    REQUIRE(group);
    CHECK(year->currentText() == u"2025"_s);
    CHECK(year->count() == 2);
    CHECK(view->model()->rowCount() == 50);
    CHECK(column(view, ui::ResultsTableModel::RankColumn).first() == u"1"_s);

    // Only the communes, sorted by rank; ties visible; decimal point of the English UI.
    group->setCurrentIndex(group->findData(u"xa"_s));
    CHECK(view->model()->rowCount() == 30);
    QStringList ranks = column(view, ui::ResultsTableModel::RankColumn);
    CHECK(ranks.removeDuplicates() > 0); // the demo's two communes with equal results
    CHECK(column(view, ui::ResultsTableModel::IndexColumn).first().contains(u'.'));

    // Clicking a unit shows its eight areas, the adjustments and the total.
    const QModelIndex third = view->model()->index(2, ui::ResultsTableModel::UnitColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(third).center());
    auto* heading = w.findChild<QLabel*>(u"unitHeading"_s);
    CHECK(heading->text() == third.data().toString());
    auto* breakdown = w.findChild<QTableView*>(u"breakdownView"_s);
    CHECK(breakdown->model()->rowCount() == 11);
    CHECK(breakdown->model()->index(10, ui::AreaBreakdownModel::TitleColumn).data().toString() == u"Total"_s);
    screenshot(&w, u"main-window-en-1366"_s);

    // Sorting by unit name follows Vietnamese order (Đ after D, Ô after O).
    view->sortByColumn(ui::ResultsTableModel::UnitColumn, Qt::AscendingOrder);
    const QStringList names = column(view, ui::ResultsTableModel::UnitColumn);
    CHECK(names.indexOf(u"Phường Đống Đa"_s) > names.indexOf(u"Phường Định Công"_s) - 1);
    CHECK(names.indexOf(u"Phường Ô Chợ Dừa"_s) > names.indexOf(u"Phường Long Biên"_s));
    CHECK(names.indexOf(u"Phường Đống Đa"_s) > names.indexOf(u"Phường Cửa Nam"_s));

    // A historic year has no breakdown by area, and says so.
    year->setCurrentIndex(year->findData(2024));
    group->setCurrentIndex(0);
    CHECK(view->model()->rowCount() == 20);
    CHECK(breakdown->model()->rowCount() == 1);
}

TEST_CASE("A file that cannot be opened is reported in the banner and nothing changes", "[gui]")
{
    MainWindow w;
    w.show();
    REQUIRE(w.openFile(demoFile()));
    QTemporaryDir dir;
    const QString junk = dir.filePath(u"junk.parindex"_s);
    test::writeFile(junk, "not a database");
    ui::Dialogs::setNextFileName(junk);
    w.findChild<QAction*>(u"actionOpen"_s)->trigger();
    CHECK(w.banner()->isVisible());
    CHECK(w.banner()->text().contains(u"Cannot open the data file"_s));
    CHECK(w.currentFile() == QFileInfo(demoFile()).absoluteFilePath());
    CHECK(w.findChild<QTableView*>(u"resultsView"_s)->model()->rowCount() == 50);
}

TEST_CASE("The window speaks Vietnamese with a decimal comma", "[gui][i18n]")
{
    REQUIRE(installTranslations(u"vi"_s));
    {
        MainWindow w;
        w.resize(1920, 1080);
        w.show();
        REQUIRE(w.openFile(demoFile()));
        QStringList menus;
        for (QAction* a : w.menuBar()->actions())
            menus.append(a->text());
        CHECK(menus == QStringList{u"&Tệp"_s, u"&Sửa"_s, u"&Báo cáo"_s, u"&Gửi hồ sơ"_s, u"&Xem"_s, u"&Trợ giúp"_s});
        auto* view = w.findChild<QTableView*>(u"resultsView"_s);
        CHECK(view->model()->headerData(ui::ResultsTableModel::IndexColumn, Qt::Horizontal).toString() == u"Chỉ số (%)"_s);
        CHECK(column(view, ui::ResultsTableModel::IndexColumn).first().contains(u','));
        CHECK(w.findChild<QLabel*>(u"groupAverage"_s)->text().contains(u"chỉ số trung bình"_s));
        screenshot(&w, u"main-window-vi-1920"_s);
        w.resize(1366, 768);
        screenshot(&w, u"main-window-vi-1366"_s);
    }
    installTranslations(u"en"_s);
}

TEST_CASE("The result models pass QAbstractItemModelTester", "[gui][model]")
{
    const auto previous = qInstallMessageHandler(failOnModelWarnings);
    auto file = DataFile::open(demoFile());
    REQUIRE(file.ok());
    ui::ResultsTableModel results;
    ui::AreaBreakdownModel breakdown;
    QAbstractItemModelTester t1(&results, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester t2(&breakdown, QAbstractItemModelTester::FailureReportingMode::Warning);
    results.setResults(YearResults::compute(*file.value(), 2025).value());
    breakdown.setUnit(results.unitAt(0));
    results.setResults(YearResults::compute(*file.value(), 2024).value());
    breakdown.setUnit(results.unitAt(1));
    breakdown.setUnit(nullptr);
    CHECK(breakdown.rowCount() == 0);
    qInstallMessageHandler(previous);
}
