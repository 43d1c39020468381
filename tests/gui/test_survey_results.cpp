// The centre's second half driven through the window: the survey's import with its preview, the
// typed grid, the results with the survey and last year, the heat map, and the Report menu.
#include "core/centre/Centre.h"
#include "core/common/Translations.h"
#include "core/criteria/CriteriaCatalog.h"
#include "support/GuiSupport.h"
#include "ui/MainWindow.h"
#include "ui/centre/AnalysisPage.h"
#include "ui/centre/CentreWorkspace.h"
#include "ui/centre/ResultsPage.h"
#include "ui/centre/ResultsTableModel.h"
#include "ui/centre/SurveyGridModel.h"
#include "ui/centre/SurveyImportDialog.h"
#include "ui/centre/SurveyPage.h"
#include "ui/common/Dialogs.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using parindex::ui::MainWindow;
using test::child;
using test::screenshot;

namespace {

// A centre with three Sở scored for 2025 on the shipped set (which declares a survey instrument)
// and their 2024 results; nothing stays open.
struct SurveyYear
{
    QTemporaryDir dir;
    QString centrePath;
    CriteriaSetPtr set = CriteriaCatalog::shippedFor(2025, UnitGroup::So);

    SurveyYear()
    {
        centrePath = dir.filePath(u"C.parindex"_s);
        auto created = Centre::create(centrePath);
        REQUIRE(created.ok());
        Centre& c = *created.value();
        REQUIRE(c.importHistoricResults(2024, "STT;Tên đơn vị;Nhóm;Điểm thẩm định;Điểm ĐTXHH\n"
                                              "1;Sở Tài chính;so;60;25\n2;Sở Tư pháp;so;55;20\n3;Sở Y tế;so;50;22\n")
                    .ok());
        int quality = 0;
        for (const QString& code : {u"SO-TAI-CHINH"_s, u"SO-TU-PHAP"_s, u"SO-Y-TE"_s}) {
            ItemInputs inputs;
            for (const CriteriaNode* leaf : set->leaves()) {
                if (leaf->isSurvey() || !leaf->rule || leaf->rule->kind != RuleKind::Options)
                    continue;
                inputs.insert(leaf->code, ItemInput::ofOption(quality % int(leaf->rule->options.size())));
            }
            REQUIRE(c.recordScores(code, 2025, set, inputs).ok());
            ++quality;
        }
    }

    // A survey table of points per unit and item, every survey item of the set for each unit.
    QString pointsTable(const QString& name, const QString& firstValue = u"1"_s) const
    {
        QString csv = u"STT;Mã đơn vị;Mã tiêu chí;Điểm\n"_s;
        int n = 0;
        for (const QString& code : {u"SO-TAI-CHINH"_s, u"SO-TU-PHAP"_s, u"SO-Y-TE"_s}) {
            for (const CriteriaNode* leaf : set->surveyLeaves()) {
                ++n;
                csv += u"%1;%2;%3;%4\n"_s.arg(n).arg(
                    code, leaf->code, n == 1 ? firstValue : leaf->max.toString(NumberLocale::Vietnamese));
            }
        }
        const QString path = dir.filePath(name);
        test::writeFile(path, csv.toUtf8());
        return path;
    }
};

ui::SurveyImportDialog* openImport(MainWindow& w, const QString& path)
{
    ui::SurveyPage* page = w.centreWorkspace()->surveyPage();
    w.centreWorkspace()->tabs()->setCurrentWidget(page);
    page->importTable(path);
    auto* dialog = w.findChild<ui::SurveyImportDialog*>();
    REQUIRE(dialog);
    // The table is read on a worker thread; the preview fills when it is done.
    QElapsedTimer timer;
    timer.start();
    while (child<QTableWidget>(dialog, "surveyPreview")->rowCount() == 0 &&
           child<QListWidget>(dialog, "surveyProblems")->count() == 0 && timer.elapsed() < 10000)
        QTest::qWait(20);
    return dialog;
}

QStringList column(QTableView* view, int c)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, c).data().toString();
    return out;
}

} // namespace

TEST_CASE("The survey is imported through a preview, typed in a grid, and counted in the results", "[gui][survey]")
{
    SurveyYear year;
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    REQUIRE(w.openFile(year.centrePath));
    ui::CentreWorkspace* centre = w.centreWorkspace();
    ui::SurveyPage* page = centre->surveyPage();
    centre->tabs()->setCurrentWidget(page);
    REQUIRE(page->year() == 2025);
    CHECK(child<QLabel>(page, "surveyStatus")->text().contains(u"No survey results for 2025"_s));

    SECTION("a table with mistakes: every problem listed, nothing stored")
    {
        auto* dialog = openImport(w, year.pointsTable(u"sai.csv"_s, u"9"_s));
        auto* problems = child<QListWidget>(dialog, "surveyProblems");
        REQUIRE(problems->count() >= 1);
        CHECK(problems->item(0)->text().contains(u"SO-TAI-CHINH item 1.6.1: 9 points are outside 0 to 1,5"_s));
        CHECK_FALSE(child<QPushButton>(dialog, "importSurveyButton")->isEnabled());
        screenshot(dialog, u"survey-import-problems-en"_s);
        dialog->reject();
        CHECK(centre->centre().survey().versions(2025)->isEmpty());
    }
    SECTION("a good table: the preview shows the columns found; import stores version 1")
    {
        auto* dialog = openImport(w, year.pointsTable(u"dtxhh.csv"_s));
        auto* preview = child<QTableWidget>(dialog, "surveyPreview");
        CHECK(preview->rowCount() == 50);
        CHECK(preview->horizontalHeaderItem(1)->text().contains(u"Unit code"_s));
        CHECK(child<QComboBox>(dialog, "role0")->currentText().startsWith(u"B: Mã đơn vị"_s));
        auto* import = child<QPushButton>(dialog, "importSurveyButton");
        REQUIRE(import->isEnabled());
        screenshot(dialog, u"survey-import-preview-en"_s);
        QTest::mouseClick(import, Qt::LeftButton);
        CHECK(centre->centre().survey().versions(2025)->size() == 1);
        CHECK(child<QTreeWidget>(page, "surveyVersions")->topLevelItemCount() == 1);
        CHECK(child<QLabel>(page, "surveyStatus")->text().contains(u"points for 3 of"_s));

        // Typed in: a cell changed in the grid, saved as the next version.
        ui::SurveyGridModel* grid = page->grid();
        REQUIRE(grid->rowCount() >= 3);
        auto* view = child<QTableView>(page, "surveyGrid");
        const QModelIndex cell = view->model()->index(0, 1);
        REQUIRE(view->model()->flags(cell) & Qt::ItemIsEditable);
        view->model()->setData(cell, u"0,5"_s);
        auto* save = child<QPushButton>(page, "saveSurvey");
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(centre->centre().survey().versions(2025)->size() == 2);
        CHECK(centre->centre().survey().versions(2025)->first().shape == SurveyShape::Typed);
        screenshot(&w, u"survey-page-en-1366"_s);

        // The results show the survey points and last year's index.
        centre->tabs()->setCurrentWidget(centre->resultsPage());
        auto* results = child<QTableView>(centre->resultsPage(), "resultsView");
        CHECK_FALSE(column(results, ui::ResultsTableModel::SurveyColumn).contains(u"awaiting"_s));
        for (const QString& change : column(results, ui::ResultsTableModel::ChangeColumn))
            CHECK_FALSE(change.isEmpty());

        // The heat map: a row per unit and the group average, a column per area.
        centre->tabs()->setCurrentWidget(centre->analysisPage());
        QTableView* heat = centre->analysisPage()->heatMap();
        CHECK(heat->model()->rowCount() == 4);
        CHECK(heat->model()->columnCount() == 9);
        child<QComboBox>(centre->analysisPage(), "analysisLevel")->setCurrentIndex(1);
        CHECK(heat->model()->columnCount() > 30);
        CHECK(child<QTreeWidget>(centre->analysisPage(), "weakestCriteria")->topLevelItemCount() == 8);
        screenshot(&w, u"analysis-heatmap-en-1366"_s);

        // The Report menu: the ranking report's preview with Ctrl+P, and the workbook.
        QAction* print = w.findChild<QAction*>(u"actionPrintPreview"_s);
        REQUIRE(print);
        CHECK(print->shortcut() == QKeySequence(QKeySequence::Print));
        print->trigger();
        QTRY_VERIFY(w.findChild<QPrintPreviewDialog*>(u"rankingPreview"_s));
        w.findChild<QPrintPreviewDialog*>(u"rankingPreview"_s)->close();
        const QString xlsx = year.dir.filePath(u"ket-qua.xlsx"_s);
        ui::Dialogs::setNextFileName(xlsx);
        w.findChild<QAction*>(u"actionExportWorkbook"_s)->trigger();
        CHECK(QFileInfo(xlsx).size() > 0);
        const QString pdf = year.dir.filePath(u"bao-cao.pdf"_s);
        ui::Dialogs::setNextFileName(pdf);
        w.findChild<QAction*>(u"actionRankingReport"_s)->trigger();
        CHECK(test::readFile(pdf).startsWith("%PDF"));
    }
}

TEST_CASE("The survey and analysis pages in Vietnamese", "[gui][survey][i18n]")
{
    SurveyYear year;
    REQUIRE(installTranslations(u"vi"_s));
    {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        REQUIRE(w.openFile(year.centrePath));
        ui::CentreWorkspace* centre = w.centreWorkspace();
        auto* dialog = openImport(w, year.pointsTable(u"dtxhh.csv"_s));
        CHECK(dialog->windowTitle().startsWith(u"Nhập kết quả điều tra"_s));
        screenshot(dialog, u"survey-import-preview-vi"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "importSurveyButton"), Qt::LeftButton);
        screenshot(&w, u"survey-page-vi-1366"_s);
        centre->tabs()->setCurrentWidget(centre->resultsPage());
        screenshot(&w, u"results-survey-vi-1366"_s);
        centre->tabs()->setCurrentWidget(centre->analysisPage());
        child<QComboBox>(centre->analysisPage(), "analysisLevel")->setCurrentIndex(1);
        screenshot(&w, u"analysis-vi-1366"_s);
        w.resize(1920, 1080);
        screenshot(&w, u"analysis-vi-1920"_s);
    }
    installTranslations(u"en"_s);
}
