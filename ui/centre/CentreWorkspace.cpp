#include "ui/centre/CentreWorkspace.h"

#include "ui/centre/InboxPage.h"
#include "ui/centre/ResultsPage.h"
#include "ui/centre/UnitsPage.h"

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
      m_units(new UnitsPage(m_centre, banner, m_tabs)), m_unitsMenu(new QMenu(this)), m_inboxMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("centreWorkspace"));
    m_tabs->setObjectName(QStringLiteral("centreTabs"));
    m_tabs->addTab(m_results, QString());
    m_tabs->addTab(m_inbox, QString());
    m_tabs->addTab(m_units, QString());
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
    m_tabs->setTabText(m_tabs->indexOf(m_units), tr("Units and keys"));
    m_unitsMenu->setTitle(tr("&Units"));
    m_inboxMenu->setTitle(tr("&Inbox"));
    m_registerAction->setText(tr("&Register a unit…"));
    m_importUnitsAction->setText(tr("Import a &list of units…"));
    m_importPackagesAction->setText(tr("Import &packages…"));
    m_importFolderAction->setText(tr("Import a &folder of packages…"));
}

void CentreWorkspace::prepareToClose()
{
    m_inbox->cancelImport();
}

bool CentreWorkspace::busy() const
{
    return m_inbox->importRunning();
}

} // namespace parindex::ui
