#include "app/demo/DemoBuilder.h"
#include "core/centre/Centre.h"
#include "core/common/Translations.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/unit/UnitAssessment.h"
#include "support/GuiSupport.h"
#include "ui/MainWindow.h"
#include "ui/centre/AreaBreakdownModel.h"
#include "ui/centre/CentreWorkspace.h"
#include "ui/centre/ResultsTableModel.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using parindex::ui::MainWindow;
using test::child;
using test::screenshot;
using test::typeText;

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
    QStringList years;
    for (int i = 0; i < year->count(); ++i)
        years.append(year->itemText(i));
    CHECK(years == QStringList{u"2025"_s, u"2024"_s});

    // The table shows the year's results as core ranks them: the same units, ranks and indices.
    Centre& centre = w.centreWorkspace()->centre();
    const YearResults expected = centre.results(2025).value();
    view->sortByColumn(ui::ResultsTableModel::RankColumn, Qt::AscendingOrder);
    QStringList shown;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QString code = view->model()->index(r, 0).data(ui::ResultsTableModel::UnitCodeRole).toString();
        const UnitYearResult* unit = expected.unit(code);
        REQUIRE(unit);
        CHECK(view->model()->index(r, ui::ResultsTableModel::UnitColumn).data().toString() == unit->row.unitName);
        CHECK(view->model()->index(r, ui::ResultsTableModel::RankColumn).data().toString() ==
              (unit->row.rank > 0 ? QString::number(unit->row.rank) : u"not ranked"_s));
        CHECK(view->model()->index(r, ui::ResultsTableModel::IndexColumn).data().toString() ==
              unit->row.publishedIndex().toFixed(unit->row.indexDecimals));
        shown.append(code);
    }
    QStringList all;
    for (const ResultRow& r : expected.rows())
        all.append(r.unitCode);
    std::sort(shown.begin(), shown.end());
    std::sort(all.begin(), all.end());
    CHECK(shown == all);

    // Only the communes: every row is a commune, every commune is there, ties visible.
    group->setCurrentIndex(group->findData(u"xa"_s));
    QStringList communes;
    for (const ResultRow& r : expected.rows()) {
        if (r.group == UnitGroup::Xa)
            communes.append(r.unitName);
    }
    QStringList names = column(view, ui::ResultsTableModel::UnitColumn);
    CHECK(QSet<QString>(names.begin(), names.end()) == QSet<QString>(communes.begin(), communes.end()));
    CHECK(names.size() == communes.size());
    for (const QString& g : column(view, ui::ResultsTableModel::GroupColumn))
        CHECK(g == UnitGroups::shortName(UnitGroup::Xa));
    QStringList ranks = column(view, ui::ResultsTableModel::RankColumn);
    CHECK(ranks.removeDuplicates() > 0); // the demo's two communes with equal results
    CHECK(column(view, ui::ResultsTableModel::IndexColumn).first().contains(u'.'));

    // Clicking a unit shows its areas, the adjustments and the total.
    const QModelIndex third = view->model()->index(2, ui::ResultsTableModel::UnitColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(third).center());
    auto* heading = w.findChild<QLabel*>(u"unitHeading"_s);
    CHECK(heading->text() == third.data().toString());
    auto* breakdown = w.findChild<QTableView*>(u"breakdownView"_s);
    const UnitYearResult* clicked = expected.unit(third.data(ui::ResultsTableModel::UnitCodeRole).toString());
    REQUIRE(clicked);
    REQUIRE(clicked->set);
    QStringList lines = column(breakdown, ui::AreaBreakdownModel::TitleColumn);
    QStringList areas;
    for (const CriteriaNode& area : clicked->set->areas)
        areas.append(area.title);
    CHECK(lines.mid(0, areas.size()) == areas);
    CHECK(lines.mid(areas.size()) ==
          QStringList{u"Bonus points (capped at %1)"_s.arg(clicked->set->bonus.cap.toString()),
                      u"Penalty points (capped at %1)"_s.arg(clicked->set->penalty.cap.toString()), u"Total"_s});
    CHECK(column(breakdown, ui::AreaBreakdownModel::PointsColumn).last() == clicked->evaluation->total.toFixed(2));
    screenshot(&w, u"main-window-en-1366"_s);

    // Sorting by unit name follows Vietnamese order (Đ between D and E, Ô between O and Ơ).
    view->sortByColumn(ui::ResultsTableModel::UnitColumn, Qt::AscendingOrder);
    names = column(view, ui::ResultsTableModel::UnitColumn);
    REQUIRE(names.contains(u"Phường Đống Đa"_s));
    REQUIRE(names.contains(u"Phường Giảng Võ"_s));
    CHECK(names.indexOf(u"Phường Đống Đa"_s) < names.indexOf(u"Phường Giảng Võ"_s));
    CHECK(names.indexOf(u"Phường Định Công"_s) < names.indexOf(u"Phường Đống Đa"_s));
    CHECK(names.indexOf(u"Phường Ô Chợ Dừa"_s) < names.indexOf(u"Phường Phú Thượng"_s));
    CHECK(names.indexOf(u"Phường Long Biên"_s) < names.indexOf(u"Phường Ô Chợ Dừa"_s));

    // A historic year has no breakdown by area, and says so.
    year->setCurrentIndex(year->findData(2024));
    group->setCurrentIndex(0);
    const YearResults history = centre.results(2024).value();
    CHECK(view->model()->rowCount() == history.units.size());
    // Last year's results are under the old groups: Sở, districts and the old communes.
    CHECK(column(view, ui::ResultsTableModel::GroupColumn).contains(UnitGroups::shortName(UnitGroup::Huyen)));
    CHECK(column(breakdown, ui::AreaBreakdownModel::TitleColumn) ==
          QStringList{u"Total (imported result, no breakdown by area)"_s});
}

TEST_CASE("A file that cannot be opened is reported in the banner and nothing changes", "[gui]")
{
    MainWindow w;
    w.show();
    REQUIRE(w.openFile(demoFile()));
    const int rowsBefore = w.findChild<QTableView*>(u"resultsView"_s)->model()->rowCount();
    REQUIRE(rowsBefore > 0);
    QTemporaryDir dir;
    const QString junk = dir.filePath(u"junk.parindex"_s);
    test::writeFile(junk, "not a database");
    ui::Dialogs::setNextFileName(junk);
    w.findChild<QAction*>(u"actionOpen"_s)->trigger();
    CHECK(w.banner()->isVisible());
    CHECK(w.banner()->text().contains(u"Cannot open the data file"_s));
    CHECK(w.currentFile() == QFileInfo(demoFile()).absoluteFilePath());
    CHECK(w.findChild<QTableView*>(u"resultsView"_s)->model()->rowCount() == rowsBefore);
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
        CHECK(menus == QStringList{u"&Tệp"_s, u"&Đơn vị"_s, u"&Hồ sơ nhận"_s, u"&Thẩm định"_s, u"&Báo cáo"_s, u"&Xem"_s,
                                   u"&Trợ giúp"_s});
        auto* view = w.findChild<QTableView*>(u"resultsView"_s);
        CHECK(view->model()->headerData(ui::ResultsTableModel::IndexColumn, Qt::Horizontal).toString() ==
              u"Chỉ số (%)"_s);
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
    auto centre = Centre::open(demoFile());
    REQUIRE(centre.ok());
    ui::ResultsTableModel results;
    ui::AreaBreakdownModel breakdown;
    QAbstractItemModelTester t1(&results, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester t2(&breakdown, QAbstractItemModelTester::FailureReportingMode::Warning);
    results.setResults(centre.value()->results(2025).value());
    breakdown.setUnit(results.unitAt(0));
    results.setResults(centre.value()->results(2024).value());
    breakdown.setUnit(results.unitAt(1));
    breakdown.setUnit(nullptr);
    CHECK(breakdown.rowCount() == 0);
    qInstallMessageHandler(previous);
}

TEST_CASE("Each role brings its own menus: none empty, none of the other role's", "[gui]")
{
    QTemporaryDir dir;
    const QString unitPath = dir.filePath(u"u.parindex"_s);
    REQUIRE(UnitAssessment::create(unitPath, {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So}, 2025,
                                   CriteriaCatalog::shippedFor(2025, UnitGroup::So))
                .ok());
    MainWindow w;
    w.show();
    auto menuTitles = [&] {
        QStringList titles;
        for (QAction* a : w.menuBar()->actions()) {
            titles.append(a->text());
            if (a->menu()) {
                INFO("menu " << a->text().toStdString());
                CHECK_FALSE(a->menu()->actions().isEmpty());
            }
        }
        return titles;
    };
    // Nothing open: the shell only.
    CHECK(menuTitles() == QStringList{u"&File"_s, u"&View"_s, u"&Help"_s});
    CHECK(w.findChild<QAction*>(u"actionNewCentre"_s));
    REQUIRE(w.openFile(demoFile()));
    CHECK(menuTitles() ==
          QStringList{u"&File"_s, u"&Units"_s, u"&Inbox"_s, u"&Appraisal"_s, u"&Report"_s, u"&View"_s, u"&Help"_s});
    CHECK_FALSE(w.findChild<QAction*>(u"actionUndo"_s));
    REQUIRE(w.openFile(unitPath));
    CHECK(menuTitles() == QStringList{u"&File"_s, u"&Edit"_s, u"&Report"_s, u"&Submission"_s, u"&View"_s, u"&Help"_s});
    CHECK_FALSE(w.findChild<QAction*>(u"actionImportPackages"_s));
    CHECK(w.centreWorkspace() == nullptr);
    // Back to the centre: the unit's menus and toolbar actions are gone with its file.
    REQUIRE(w.openFile(demoFile()));
    CHECK(menuTitles() ==
          QStringList{u"&File"_s, u"&Units"_s, u"&Inbox"_s, u"&Appraisal"_s, u"&Report"_s, u"&View"_s, u"&Help"_s});
    CHECK_FALSE(w.findChild<QAction*>(u"actionExportPackage"_s));
    CHECK(w.findChild<QLabel*>(u"statusTotals"_s) == nullptr);
}

TEST_CASE("A centre data file is created from the File menu", "[gui]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    const QString path = dir.filePath(u"so-noi-vu"_s);
    ui::Dialogs::setNextFileName(path);
    w.findChild<QAction*>(u"actionNewCentre"_s)->trigger();
    REQUIRE(w.centreWorkspace());
    CHECK(w.currentFile() == path + u".parindex"_s);
    CHECK(QFile::exists(path + u".parindex"_s));
    CHECK(w.banner()->text().contains(u"Register the units"_s));
    // An existing file is never overwritten.
    ui::Dialogs::setNextFileName(path + u".parindex"_s);
    w.findChild<QAction*>(u"actionNewCentre"_s)->trigger();
    CHECK(w.banner()->text().contains(u"already exists"_s));
}
