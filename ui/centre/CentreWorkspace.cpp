#include "ui/centre/CentreWorkspace.h"

#include "core/reports/ResultsWorkbook.h"
#include "ui/centre/AnalysisPage.h"
#include "ui/centre/AppraisalPage.h"
#include "ui/centre/CentreKeyPage.h"
#include "ui/centre/InboxPage.h"
#include "ui/centre/ResultsPage.h"
#include "ui/centre/SurveyPage.h"
#include "ui/centre/UnitsPage.h"
#include "ui/centre/YearPage.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Printing.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>
#include <QStyle>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace parindex::ui {

CentreWorkspace::CentreWorkspace(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent)
    : Workspace(banner, parent), m_centre(std::move(centre)), m_tabs(new QTabWidget(this)),
      m_results(new ResultsPage(m_centre, banner, m_tabs)), m_inbox(new InboxPage(m_centre, banner, m_tabs)),
      m_units(new UnitsPage(m_centre, banner, m_tabs)), m_appraisal(new AppraisalPage(m_centre, banner, m_tabs)),
      m_year(new YearPage(m_centre, banner, m_tabs)), m_survey(new SurveyPage(m_centre, banner, m_tabs)),
      m_analysis(new AnalysisPage(m_centre, banner, m_tabs)), m_key(new CentreKeyPage(m_centre, banner, m_tabs)),
      m_unitsMenu(new QMenu(this)), m_inboxMenu(new QMenu(this)), m_appraisalMenu(new QMenu(this)),
      m_reportMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("centreWorkspace"));
    m_tabs->setObjectName(QStringLiteral("centreTabs"));
    m_tabs->addTab(m_results, QString());
    m_tabs->addTab(m_analysis, QString());
    m_tabs->addTab(m_inbox, QString());
    m_tabs->addTab(m_appraisal, QString());
    m_tabs->addTab(m_survey, QString());
    m_tabs->addTab(m_year, QString());
    m_tabs->addTab(m_units, QString());
    m_tabs->addTab(m_key, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    if (!m_results->hasResults())
        m_tabs->setCurrentWidget(m_inbox);

    auto show = [this](QWidget* page) { m_tabs->setCurrentWidget(page); };
    m_registerAction = m_unitsMenu->addAction(QString(), this, [this, show] {
        show(m_units);
        m_units->registerUnit();
    });
    m_registerAction->setObjectName(QStringLiteral("actionRegisterUnit"));
    m_importUnitsAction = m_unitsMenu->addAction(QString(), this, [this, show] {
        show(m_units);
        m_units->importList();
    });
    m_importUnitsAction->setObjectName(QStringLiteral("actionImportUnits"));
    m_importPackagesAction = m_inboxMenu->addAction(QString(), this, [this, show] {
        show(m_inbox);
        m_inbox->chooseFiles();
    });
    m_importPackagesAction->setObjectName(QStringLiteral("actionImportPackages"));
    m_importPackagesAction->setIcon(
        QIcon::fromTheme(QStringLiteral("mail-receive"), style()->standardIcon(QStyle::SP_ArrowDown)));
    m_importFolderAction = m_inboxMenu->addAction(QString(), this, [this, show] {
        show(m_inbox);
        m_inbox->chooseFolder();
    });
    m_importFolderAction->setObjectName(QStringLiteral("actionImportFolder"));
    connect(m_inbox, &InboxPage::imported, m_results, &ResultsPage::reloadYears);

    // The appraisal: its actions act on the unit chosen on the Appraisal tab.
    auto onAppraisal = [this, show](void (AppraisalPage::*action)()) {
        return [this, show, action] {
            show(m_appraisal);
            (m_appraisal->*action)();
        };
    };
    m_acceptRestAction = m_appraisalMenu->addAction(QString(), this, onAppraisal(&AppraisalPage::acceptRemaining));
    m_acceptRestAction->setObjectName(QStringLiteral("actionAcceptRest"));
    m_closeRoundAction = m_appraisalMenu->addAction(QString(), this, onAppraisal(&AppraisalPage::closeRound));
    m_closeRoundAction->setObjectName(QStringLiteral("actionCloseRound"));
    m_reopenRoundAction = m_appraisalMenu->addAction(QString(), this, onAppraisal(&AppraisalPage::reopenRound));
    m_reopenRoundAction->setObjectName(QStringLiteral("actionReopenRound"));
    m_appraisalMenu->addSeparator();
    m_exportFeedbackAction = m_appraisalMenu->addAction(QString(), this, onAppraisal(&AppraisalPage::exportFeedback));
    m_exportFeedbackAction->setObjectName(QStringLiteral("actionExportFeedback"));
    m_exportAllFeedbackAction =
        m_appraisalMenu->addAction(QString(), this, onAppraisal(&AppraisalPage::exportAllFeedback));
    m_exportAllFeedbackAction->setObjectName(QStringLiteral("actionExportAllFeedback"));
    m_appraisalMenu->addSeparator();
    m_importSurveyAction = m_appraisalMenu->addAction(QString(), this, [this, show] {
        show(m_survey);
        m_survey->importTable();
    });
    m_importSurveyAction->setObjectName(QStringLiteral("actionImportSurvey"));
    m_yearPlanAction = m_appraisalMenu->addAction(QString(), this, [show, this] { show(m_year); });
    m_yearPlanAction->setObjectName(QStringLiteral("actionYearPlan"));
    m_centreKeyAction = m_appraisalMenu->addAction(QString(), this, [show, this] { show(m_key); });
    m_centreKeyAction->setObjectName(QStringLiteral("actionCentreKey"));
    connect(m_appraisal, &AppraisalPage::yearPlanRequested, this, [this, show] {
        m_year->setYear(m_appraisal->year());
        show(m_year);
    });
    connect(m_analysis, &AnalysisPage::itemRequested, this,
            [this, show](int year, const QString& unit, const QString& item) {
                show(m_appraisal);
                m_appraisal->setYear(year);
                m_appraisal->selectUnit(unit);
                m_appraisal->selectItem(item);
            });
    m_rankingReportAction = m_reportMenu->addAction(QString(), this, &CentreWorkspace::exportRankingReport);
    m_rankingReportAction->setObjectName(QStringLiteral("actionRankingReport"));
    m_rankingReportAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-export"), style()->standardIcon(QStyle::SP_DialogSaveButton)));
    m_printAction = m_reportMenu->addAction(QString(), this, &CentreWorkspace::printRankingReport);
    m_printAction->setObjectName(QStringLiteral("actionPrintPreview"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setIcon(QIcon::fromTheme(QStringLiteral("document-print-preview"),
                                            style()->standardIcon(QStyle::SP_FileDialogContentsView)));
    m_unitSheetAction = m_reportMenu->addAction(QString(), this, &CentreWorkspace::exportUnitSheet);
    m_unitSheetAction->setObjectName(QStringLiteral("actionUnitSheet"));
    m_reportMenu->addSeparator();
    m_workbookAction = m_reportMenu->addAction(QString(), this, &CentreWorkspace::exportWorkbook);
    m_workbookAction->setObjectName(QStringLiteral("actionExportWorkbook"));
    // What is being typed is saved before another tab shows.
    connect(m_tabs, &QTabWidget::currentChanged, m_appraisal, &AppraisalPage::commitPendingEdits);
    retranslate();
}

void CentreWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Workspace::changeEvent(event);
}

void CentreWorkspace::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_results), tr("Results"));
    m_tabs->setTabText(m_tabs->indexOf(m_inbox), tr("Inbox"));
    m_tabs->setTabText(m_tabs->indexOf(m_appraisal), tr("Appraisal"));
    m_tabs->setTabText(m_tabs->indexOf(m_survey), tr("Survey"));
    m_tabs->setTabText(m_tabs->indexOf(m_analysis), tr("Analysis"));
    m_tabs->setTabText(m_tabs->indexOf(m_year), tr("Year plan"));
    m_tabs->setTabText(m_tabs->indexOf(m_units), tr("Units and keys"));
    m_tabs->setTabText(m_tabs->indexOf(m_key), tr("Centre key"));
    m_appraisalMenu->setTitle(tr("&Appraisal"));
    m_acceptRestAction->setText(tr("Accept all &remaining items…"));
    m_closeRoundAction->setText(tr("&Close the round"));
    m_reopenRoundAction->setText(tr("Re&open a round…"));
    m_exportFeedbackAction->setText(tr("&Export feedback…"));
    m_exportAllFeedbackAction->setText(tr("Export feedback for &every unit…"));
    m_importSurveyAction->setText(tr("Import &survey results…"));
    m_yearPlanAction->setText(tr("&Year plan and approval"));
    m_centreKeyAction->setText(tr("Centre's &signing key"));
    m_reportMenu->setTitle(tr("&Report"));
    m_rankingReportAction->setText(tr("Export the &ranking report (PDF)…"));
    m_printAction->setText(tr("&Print preview of the ranking report…"));
    m_unitSheetAction->setText(tr("Export the selected unit's result &sheet (PDF)…"));
    m_workbookAction->setText(tr("Export results and analysis to &Excel…"));
    m_unitsMenu->setTitle(tr("&Units"));
    m_inboxMenu->setTitle(tr("&Inbox"));
    m_registerAction->setText(tr("&Register a unit…"));
    m_importUnitsAction->setText(tr("Import a &list of units…"));
    m_importPackagesAction->setText(tr("Import &packages…"));
    m_importFolderAction->setText(tr("Import a &folder of packages…"));
}

bool CentreWorkspace::reportData(YearResults& results, ReportContext& context)
{
    const int year = m_results->year();
    if (year == 0) {
        banner()->showMessage(tr("There are no results to report yet."), MessageBanner::Kind::Warning);
        return false;
    }
    auto r = m_centre->results(year);
    auto c = m_centre->reportContext(year);
    if (!r || !c) {
        banner()->showMessage(!r ? r.error() : c.error(), MessageBanner::Kind::Error);
        return false;
    }
    results = std::move(r.value());
    context = std::move(c.value());
    return true;
}

void CentreWorkspace::exportFile(const QString& title, const QString& fileName, const QString& filter,
                                 const std::function<Status(const QString&)>& write, const QString& written)
{
    const QString suggested = QFileInfo(m_centre->path()).absoluteDir().filePath(fileName);
    const QString path = Dialogs::saveFileName(this, title, suggested, filter);
    if (path.isEmpty())
        return;
    if (Status s = write(path); !s) {
        banner()->showMessage(s.error(), MessageBanner::Kind::Error);
        return;
    }
    banner()->showMessage(written.arg(QDir::toNativeSeparators(path)), MessageBanner::Kind::Information);
}

void CentreWorkspace::exportRankingReport()
{
    YearResults results;
    ReportContext context;
    if (!reportData(results, context))
        return;
    exportFile(
        tr("Export the ranking report"), QStringLiteral("bao-cao-chi-so-cchc-%1.pdf").arg(results.year),
        tr("PDF (*.pdf)"), [&](const QString& path) { return RankingReport(results, context).writePdf(path); },
        tr("Report written to %1"));
}

void CentreWorkspace::printRankingReport()
{
    auto results = std::make_shared<YearResults>();
    auto context = std::make_shared<ReportContext>();
    if (!reportData(*results, *context))
        return;
    showPrintPreview(this, QStringLiteral("rankingPreview"), [results, context](QTextDocument& document) {
        RankingReport(*results, *context).build(document);
    });
}

void CentreWorkspace::exportUnitSheet()
{
    const QString unit = m_results->selectedUnit();
    if (unit.isEmpty()) {
        m_tabs->setCurrentWidget(m_results);
        banner()->showMessage(tr("Choose a unit on the Results tab first."), MessageBanner::Kind::Warning);
        return;
    }
    YearResults results;
    ReportContext context;
    if (!reportData(results, context))
        return;
    const auto comments = m_centre->appraisalComments(results.year, unit);
    if (!comments) {
        banner()->showMessage(comments.error(), MessageBanner::Kind::Error);
        return;
    }
    exportFile(
        tr("Export the unit's result sheet"), QStringLiteral("phieu-ket-qua-%1-%2.pdf").arg(unit).arg(results.year),
        tr("PDF (*.pdf)"),
        [&](const QString& path) { return UnitResultSheet(results, unit, comments.value(), context).writePdf(path); },
        tr("Result sheet written to %1"));
}

void CentreWorkspace::exportWorkbook()
{
    YearResults results;
    ReportContext context;
    if (!reportData(results, context))
        return;
    exportFile(
        tr("Export results and analysis"), QStringLiteral("ket-qua-chi-so-cchc-%1.xlsx").arg(results.year),
        tr("Excel workbook (*.xlsx)"),
        [&](const QString& path) { return writeXlsx(ResultsWorkbook::build(results), path); },
        tr("Workbook written to %1"));
}

void CentreWorkspace::prepareToClose()
{
    m_appraisal->commitPendingEdits();
    m_inbox->cancelImport();
}

bool CentreWorkspace::busy() const
{
    return m_inbox->importRunning();
}

} // namespace parindex::ui
