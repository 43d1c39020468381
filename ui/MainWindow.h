#pragma once

#include "store/DataFile.h"
#include "unit/UnitAssessment.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QStackedWidget;
class QTabWidget;
class QLabel;
class QTableView;
class QActionGroup;
class QMenu;

namespace parindex::ui {

class AreaBreakdownModel;
class MessageBanner;
class ResultsSortProxy;
class ResultsTableModel;
class AssessmentPage;
class InboxPage;
class UnitsPage;
class SubmissionActions;

// The main window: a data file's results per year and group, and the per-area breakdown of the
// selected unit.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a data file; a file that cannot be opened is reported in the banner and the
    // window keeps what it showed.
    bool openFile(const QString& path);
    QString currentFile() const;
    MessageBanner* banner() const { return m_banner; }
    AssessmentPage* assessmentPage() const { return m_assessmentPage; }
    InboxPage* inboxPage() const { return m_inboxPage; }
    UnitsPage* unitsPage() const { return m_unitsPage; }
    SubmissionActions* submissionActions() const { return m_submission; }
    // Creates a unit data file and opens it (what the New unit dialog does when accepted).
    bool createUnitFile(const QString& path, const UnitIdentity& unit, int year, CriteriaSetPtr set);
    void newUnitFile();
    void exportReport();
    void printPreview();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createCentralArea();
    void retranslate();
    void reloadYears();
    void reloadResults();
    void showSelectedUnit();
    void updateRecentMenu();
    void chooseFile();
    void showAbout();
    void setLanguage(const QString& language);
    void showUnit(std::shared_ptr<UnitAssessment> unit);
    void showCentre();
    void closeUnitPage();
    void removeCentreTabs();
    void setUnitToolbarVisible(bool visible);
    void updateUnitActions();
    void updateDeadline();

    std::shared_ptr<DataFile> m_file;
    MessageBanner* m_banner = nullptr;
    QComboBox* m_yearCombo = nullptr;
    QComboBox* m_groupCombo = nullptr;
    QLabel* m_yearLabel = nullptr;
    QLabel* m_groupLabel = nullptr;
    QTableView* m_resultsView = nullptr;
    QTableView* m_breakdownView = nullptr;
    QLabel* m_unitHeading = nullptr;
    QLabel* m_unitSummary = nullptr;
    QLabel* m_groupAverage = nullptr;
    QLabel* m_statusFile = nullptr;
    ResultsTableModel* m_results = nullptr;
    ResultsSortProxy* m_sorted = nullptr;
    AreaBreakdownModel* m_breakdown = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_viAction = nullptr;
    QAction* m_enAction = nullptr;
    QAction* m_newUnitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_exportReportAction = nullptr;
    QAction* m_printPreviewAction = nullptr;
    QAction* m_createKeyAction = nullptr;
    QAction* m_exportPackageAction = nullptr;
    QMenu* m_submissionMenu = nullptr;
    SubmissionActions* m_submission = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_reportMenu = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_centrePage = nullptr;
    QTabWidget* m_centreTabs = nullptr;
    InboxPage* m_inboxPage = nullptr;
    UnitsPage* m_unitsPage = nullptr;
    AssessmentPage* m_assessmentPage = nullptr;
    QList<QAction*> m_centreToolbarItems;
    QList<QAction*> m_unitToolbarItems;
    QLabel* m_statusTotals = nullptr;
    QLabel* m_statusDeadline = nullptr;
};

} // namespace parindex::ui
