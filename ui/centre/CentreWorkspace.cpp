#include "ui/centre/CentreWorkspace.h"

#include "ui/centre/AppraisalPage.h"
#include "ui/centre/CentreKeyPage.h"
#include "ui/centre/InboxPage.h"
#include "ui/centre/ResultsPage.h"
#include "ui/centre/UnitsPage.h"
#include "ui/centre/YearPage.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace parindex::ui {

CentreWorkspace::CentreWorkspace(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent)
    : Workspace(banner, parent), m_centre(std::move(centre)), m_tabs(new QTabWidget(this)),
      m_results(new ResultsPage(m_centre, banner, m_tabs)), m_inbox(new InboxPage(m_centre, banner, m_tabs)),
      m_units(new UnitsPage(m_centre, banner, m_tabs)), m_appraisal(new AppraisalPage(m_centre, banner, m_tabs)),
      m_year(new YearPage(m_centre, banner, m_tabs)), m_key(new CentreKeyPage(m_centre, banner, m_tabs)),
      m_unitsMenu(new QMenu(this)), m_inboxMenu(new QMenu(this)), m_appraisalMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("centreWorkspace"));
    m_tabs->setObjectName(QStringLiteral("centreTabs"));
    m_tabs->addTab(m_results, QString());
    m_tabs->addTab(m_inbox, QString());
    m_tabs->addTab(m_appraisal, QString());
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
    m_yearPlanAction = m_appraisalMenu->addAction(QString(), this, [show, this] { show(m_year); });
    m_yearPlanAction->setObjectName(QStringLiteral("actionYearPlan"));
    m_centreKeyAction = m_appraisalMenu->addAction(QString(), this, [show, this] { show(m_key); });
    m_centreKeyAction->setObjectName(QStringLiteral("actionCentreKey"));
    connect(m_appraisal, &AppraisalPage::yearPlanRequested, this, [this, show] {
        m_year->setYear(m_appraisal->year());
        show(m_year);
    });
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
    m_tabs->setTabText(m_tabs->indexOf(m_year), tr("Year plan"));
    m_tabs->setTabText(m_tabs->indexOf(m_units), tr("Units and keys"));
    m_tabs->setTabText(m_tabs->indexOf(m_key), tr("Centre key"));
    m_appraisalMenu->setTitle(tr("&Appraisal"));
    m_acceptRestAction->setText(tr("Accept all &remaining items…"));
    m_closeRoundAction->setText(tr("&Close the round"));
    m_reopenRoundAction->setText(tr("Re&open a round…"));
    m_exportFeedbackAction->setText(tr("&Export feedback…"));
    m_exportAllFeedbackAction->setText(tr("Export feedback for &every unit…"));
    m_yearPlanAction->setText(tr("&Year plan and approval"));
    m_centreKeyAction->setText(tr("Centre's &signing key"));
    m_unitsMenu->setTitle(tr("&Units"));
    m_inboxMenu->setTitle(tr("&Inbox"));
    m_registerAction->setText(tr("&Register a unit…"));
    m_importUnitsAction->setText(tr("Import a &list of units…"));
    m_importPackagesAction->setText(tr("Import &packages…"));
    m_importFolderAction->setText(tr("Import a &folder of packages…"));
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
