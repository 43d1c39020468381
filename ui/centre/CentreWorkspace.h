#pragma once

#include "core/centre/Centre.h"
#include "ui/Workspace.h"

#include <functional>

class QTabWidget;

namespace parindex::ui {

class AnalysisPage;
class AppraisalPage;
class CentreKeyPage;
class InboxPage;
class ResultsPage;
class SurveyPage;
class UnitsPage;
class YearPage;

// A centre's data file (Sở Nội vụ): results, inbox, the appraisal with the year's plan, the
// registry of units and keys, and the centre's own signing key, with the Units, Inbox and
// Appraisal menus.
class CentreWorkspace : public Workspace
{
    Q_OBJECT

public:
    CentreWorkspace(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent = nullptr);

    QString filePath() const override { return m_centre->path(); }
    QList<QMenu*> menus() const override { return {m_unitsMenu, m_inboxMenu, m_appraisalMenu, m_reportMenu}; }
    QList<QAction*> toolBarActions() const override { return {m_importPackagesAction}; }
    void prepareToClose() override;
    bool busy() const override;

    Centre& centre() const { return *m_centre; }
    ResultsPage* resultsPage() const { return m_results; }
    InboxPage* inboxPage() const { return m_inbox; }
    UnitsPage* unitsPage() const { return m_units; }
    AppraisalPage* appraisalPage() const { return m_appraisal; }
    YearPage* yearPage() const { return m_year; }
    SurveyPage* surveyPage() const { return m_survey; }
    AnalysisPage* analysisPage() const { return m_analysis; }
    CentreKeyPage* keyPage() const { return m_key; }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // The year's results and report context for a report; false (with a message) when there are none.
    bool reportData(YearResults& results, ReportContext& context);
    // Asks where to write a file (beside the centre's, named `fileName`), writes it, says so.
    void exportFile(const QString& title, const QString& fileName, const QString& filter,
                    const std::function<Status(const QString&)>& write, const QString& written);
    void exportRankingReport();
    void printRankingReport();
    void exportUnitSheet();
    void exportWorkbook();

    std::shared_ptr<Centre> m_centre;
    QTabWidget* m_tabs;
    ResultsPage* m_results;
    InboxPage* m_inbox;
    UnitsPage* m_units;
    AppraisalPage* m_appraisal;
    YearPage* m_year;
    SurveyPage* m_survey;
    AnalysisPage* m_analysis;
    CentreKeyPage* m_key;
    QMenu* m_unitsMenu;
    QMenu* m_inboxMenu;
    QMenu* m_appraisalMenu;
    QMenu* m_reportMenu;
    QAction* m_rankingReportAction;
    QAction* m_printAction;
    QAction* m_unitSheetAction;
    QAction* m_workbookAction;
    QAction* m_registerAction;
    QAction* m_importUnitsAction;
    QAction* m_importPackagesAction;
    QAction* m_importFolderAction;
    QAction* m_acceptRestAction;
    QAction* m_closeRoundAction;
    QAction* m_reopenRoundAction;
    QAction* m_exportFeedbackAction;
    QAction* m_exportAllFeedbackAction;
    QAction* m_importSurveyAction;
    QAction* m_yearPlanAction;
    QAction* m_centreKeyAction;
};

} // namespace parindex::ui
