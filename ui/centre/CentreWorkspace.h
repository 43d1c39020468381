#pragma once

#include "core/centre/Centre.h"
#include "ui/Workspace.h"

class QTabWidget;

namespace parindex::ui {

class InboxPage;
class ResultsPage;
class UnitsPage;

// A centre's data file (Sở Nội vụ): results, inbox, and the registry of units and keys, with
// the Units and Inbox menus.
class CentreWorkspace : public Workspace
{
    Q_OBJECT

public:
    CentreWorkspace(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent = nullptr);

    QString filePath() const override { return m_centre->path(); }
    QList<QMenu*> menus() const override { return {m_unitsMenu, m_inboxMenu}; }
    QList<QAction*> toolBarActions() const override { return {m_importPackagesAction}; }
    void prepareToClose() override;
    bool busy() const override;

    Centre& centre() const { return *m_centre; }
    ResultsPage* resultsPage() const { return m_results; }
    InboxPage* inboxPage() const { return m_inbox; }
    UnitsPage* unitsPage() const { return m_units; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::shared_ptr<Centre> m_centre;
    QTabWidget* m_tabs;
    ResultsPage* m_results;
    InboxPage* m_inbox;
    UnitsPage* m_units;
    QMenu* m_unitsMenu;
    QMenu* m_inboxMenu;
    QAction* m_registerAction;
    QAction* m_importUnitsAction;
    QAction* m_importPackagesAction;
    QAction* m_importFolderAction;
};

} // namespace parindex::ui
