#pragma once

#include "core/criteria/CriteriaSet.h"
#include "core/unit/UnitAssessment.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QLabel;
class QMenu;
class QToolBar;

namespace parindex::ui {

class AssessmentPage;
class CentreWorkspace;
class InboxPage;
class MessageBanner;
class SubmissionActions;
class UnitWorkspace;
class UnitsPage;
class Workspace;

// The shell: the File, View and Help menus, the banner, the status bar, and the workspace of the
// open data file (a unit's or a centre's), which brings its own pages, menus and toolbar actions.
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
    Workspace* workspace() const { return m_workspace; }
    UnitWorkspace* unitWorkspace() const;
    CentreWorkspace* centreWorkspace() const;
    AssessmentPage* assessmentPage() const;
    SubmissionActions* submissionActions() const;
    InboxPage* inboxPage() const;
    UnitsPage* unitsPage() const;

    void newUnitFile();
    // Asks where, creates an empty centre file there and opens it.
    void newCentreFile();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void retranslate();
    void setWorkspace(Workspace* workspace);
    void closeWorkspace();
    void updateRecentMenu();
    void chooseFile();
    void showAbout();
    void setLanguage(const QString& language);

    MessageBanner* m_banner = nullptr;
    QToolBar* m_toolBar = nullptr;
    QWidget* m_placeholder = nullptr;
    QLabel* m_placeholderText = nullptr;
    Workspace* m_workspace = nullptr;
    bool m_readOnlyCopy = false; // the workspace shows a copy of a file open elsewhere
    QList<QAction*> m_workspaceToolBarItems;
    QLabel* m_statusFile = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newUnitAction = nullptr;
    QAction* m_newCentreAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_viAction = nullptr;
    QAction* m_enAction = nullptr;
};

} // namespace parindex::ui
