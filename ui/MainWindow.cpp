#include "ui/MainWindow.h"

#include "core/common/Translations.h"
#include "core/files/DataFiles.h"
#include "core/files/FileLock.h"
#include "ui/centre/CentreWorkspace.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBanner.h"
#include "ui/unit/NewUnitDialog.h"
#include "ui/unit/UnitWorkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace parindex::ui {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("files/recent");
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/parindex.svg")));
    createActions();

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    m_banner = new MessageBanner(central);
    layout->addWidget(m_banner);
    m_placeholder = new QWidget(central);
    auto* placeholderLayout = new QVBoxLayout(m_placeholder);
    m_placeholderText = new QLabel(m_placeholder);
    m_placeholderText->setObjectName(QStringLiteral("placeholderText"));
    m_placeholderText->setAlignment(Qt::AlignCenter);
    m_placeholderText->setWordWrap(true);
    placeholderLayout->addWidget(m_placeholderText);
    layout->addWidget(m_placeholder, 1);
    setCentralWidget(central);

    m_statusFile = new QLabel(this);
    m_statusFile->setObjectName(QStringLiteral("statusFile"));
    statusBar()->addPermanentWidget(m_statusFile);
    retranslate();
    // Fit small office screens (1366x768 laptops are common): never open larger than the screen.
    QSize size(1280, 760);
    if (const QScreen* screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
}

MainWindow::~MainWindow()
{
    closeWorkspace();
}

void MainWindow::createActions()
{
    m_newUnitAction = new QAction(this);
    m_newUnitAction->setObjectName(QStringLiteral("actionNewUnit"));
    m_newUnitAction->setShortcut(QKeySequence::New);
    m_newUnitAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-new"), style()->standardIcon(QStyle::SP_FileIcon)));
    connect(m_newUnitAction, &QAction::triggered, this, &MainWindow::newUnitFile);
    m_newCentreAction = new QAction(this);
    m_newCentreAction->setObjectName(QStringLiteral("actionNewCentre"));
    connect(m_newCentreAction, &QAction::triggered, this, &MainWindow::newCentreFile);

    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-open"), style()->standardIcon(QStyle::SP_DialogOpenButton)));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFile);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    auto* languages = new QActionGroup(this);
    m_viAction = new QAction(QStringLiteral("Tiếng Việt"), languages);
    m_viAction->setObjectName(QStringLiteral("actionLanguageVi"));
    m_enAction = new QAction(QStringLiteral("English"), languages);
    m_enAction->setObjectName(QStringLiteral("actionLanguageEn"));
    for (QAction* a : {m_viAction, m_enAction})
        a->setCheckable(true);
    (preferredLanguage().startsWith(QLatin1String("vi")) ? m_viAction : m_enAction)->setChecked(true);
    connect(m_viAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("vi")); });
    connect(m_enAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newUnitAction);
    m_fileMenu->addAction(m_newCentreAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(languages->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_newUnitAction);
    m_toolBar->addAction(m_openAction);
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    const QString current = currentFile();
    setWindowTitle(current.isEmpty() ? tr("Administrative Reform Index — ParIndex")
                   : m_readOnlyCopy  ? tr("%1 (read-only copy) — ParIndex").arg(QFileInfo(current).fileName())
                                     : tr("%1 — ParIndex").arg(QFileInfo(current).fileName()));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newUnitAction->setText(tr("&New unit data file…"));
    m_newCentreAction->setText(tr("New &centre data file…"));
    m_openAction->setText(tr("&Open data file…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About ParIndex"));
    m_placeholderText->setText(
        tr("Open a data file (File → Open), or create one: a unit's self-assessment "
           "(File → New unit data file) or a centre for Sở Nội vụ (File → New centre data file)."));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_workspace && m_workspace->busy() &&
        !Dialogs::confirm(this, tr("Work in progress"),
                          tr("An import or export is still running. Stop it and close?"))) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    closeWorkspace();
    event->accept();
}

UnitWorkspace* MainWindow::unitWorkspace() const
{
    return qobject_cast<UnitWorkspace*>(m_workspace);
}

CentreWorkspace* MainWindow::centreWorkspace() const
{
    return qobject_cast<CentreWorkspace*>(m_workspace);
}

AssessmentPage* MainWindow::assessmentPage() const
{
    return unitWorkspace() ? unitWorkspace()->assessmentPage() : nullptr;
}

SubmissionActions* MainWindow::submissionActions() const
{
    return unitWorkspace() ? unitWorkspace()->submissionActions() : nullptr;
}

InboxPage* MainWindow::inboxPage() const
{
    return centreWorkspace() ? centreWorkspace()->inboxPage() : nullptr;
}

UnitsPage* MainWindow::unitsPage() const
{
    return centreWorkspace() ? centreWorkspace()->unitsPage() : nullptr;
}

QString MainWindow::currentFile() const
{
    return m_workspace ? m_workspace->filePath() : QString();
}

bool MainWindow::openFile(const QString& path)
{
    if (m_workspace && QFileInfo(path).canonicalFilePath() == QFileInfo(m_workspace->filePath()).canonicalFilePath()) {
        m_banner->showMessage(tr("%1 is already open.").arg(QFileInfo(path).fileName()),
                              MessageBanner::Kind::Information);
        return true;
    }
    auto opened = DataFiles::open(path);
    bool snapshot = false;
    if (!opened && FileLock::isHeld(path)) {
        // Open in another window or program: offer to look at a copy as it is now.
        if (!Dialogs::confirm(this, tr("The file is open elsewhere"),
                              tr("%1\n\nOpen a read-only copy of it, as it is now?").arg(opened.error())))
            return false;
        opened = DataFiles::openSnapshot(path);
        snapshot = true;
    }
    if (!opened) {
        m_banner->showMessage(tr("Cannot open the data file: %1").arg(opened.error()), MessageBanner::Kind::Error);
        return false;
    }
    m_banner->hide();
    // The open file goes first: one file open at a time.
    closeWorkspace();
    Workspace* workspace = nullptr;
    if (opened->unit)
        workspace = new UnitWorkspace(opened->unit, m_banner, centralWidget());
    else
        workspace = new CentreWorkspace(opened->centre, m_banner, centralWidget());
    opened = Result<OpenedDataFile>::failure(QString()); // the workspace holds the only reference
    setWorkspace(workspace);

    m_readOnlyCopy = snapshot;
    retranslate();
    if (snapshot) {
        m_statusFile->setText(tr("%1 (read-only copy)").arg(QFileInfo(path).fileName()));
        if (centreWorkspace())
            m_banner->showMessage(tr("A read-only copy of %1 as it was at opening: the file is open elsewhere. Nothing "
                                     "changed here is saved.")
                                      .arg(QDir::toNativeSeparators(path)),
                                  MessageBanner::Kind::Warning);
        return true; // a copy in a temporary folder is not a recent file
    }
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    const QString absolute = currentFile();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(kRecentKey, recent.mid(0, kMaxRecent));
    updateRecentMenu();
    return true;
}

void MainWindow::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_placeholder->hide();
    centralWidget()->layout()->addWidget(workspace);
    workspace->show(); // at once, not when the event loop next runs
    for (QMenu* menu : workspace->menus())
        menuBar()->insertMenu(m_viewMenu->menuAction(), menu);
    m_workspaceToolBarItems.append(m_toolBar->addSeparator());
    for (QAction* a : workspace->toolBarActions()) {
        m_toolBar->addAction(a);
        m_workspaceToolBarItems.append(a);
    }
    for (QWidget* w : workspace->statusWidgets()) {
        statusBar()->insertPermanentWidget(0, w);
        w->show();
    }
    const QString path = workspace->filePath();
    m_statusFile->setText(QFileInfo(path).fileName());
    m_statusFile->setToolTip(QDir::toNativeSeparators(path));
    retranslate();
}

void MainWindow::closeWorkspace()
{
    if (!m_workspace)
        return;
    Workspace* old = m_workspace;
    m_workspace = nullptr;
    old->prepareToClose();
    for (QAction* a : std::as_const(m_workspaceToolBarItems))
        m_toolBar->removeAction(a);
    m_workspaceToolBarItems.clear();
    delete old; // its menus, status widgets and background work go with it
    m_readOnlyCopy = false;
    m_statusFile->clear();
    m_placeholder->show();
    retranslate();
}

void MainWindow::newUnitFile()
{
    auto* dialog = new NewUnitDialog(
        [this](const NewUnitDialog& d) {
            auto created = UnitAssessment::create(d.path(), d.identity(), d.year(), d.criteriaSet());
            if (!created)
                return tr("The unit data file was not created: %1").arg(created.error());
            created = Result<std::shared_ptr<UnitAssessment>>::failure(QString()); // closed, to open below
            return openFile(d.path()) ? QString() : m_banner->text();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::newCentreFile()
{
    const QString folder = currentFile().isEmpty() ? QDir::homePath() : QFileInfo(currentFile()).absolutePath();
    QString path = Dialogs::saveFileName(this, tr("New centre data file"),
                                         QDir(folder).filePath(QStringLiteral("so-noi-vu.parindex")),
                                         tr("ParIndex data files (*.parindex)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".parindex")))
        path += QStringLiteral(".parindex");
    auto created = Centre::create(path);
    if (!created) {
        m_banner->showMessage(tr("The centre data file was not created: %1").arg(created.error()),
                              MessageBanner::Kind::Error);
        return;
    }
    created = Result<std::shared_ptr<Centre>>::failure(QString());
    if (openFile(path))
        m_banner->showMessage(
            tr("Centre file %1 created. Register the units (Units → Register a unit, or import a list), "
               "then enrol the keys they send.")
                .arg(QDir::toNativeSeparators(path)),
            MessageBanner::Kind::Information);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent) {
        QAction* a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseFile()
{
    const QString path = Dialogs::openFileName(this, tr("Open data file"), tr("ParIndex data files (*.parindex)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ParIndex"),
                       tr("<h3>ParIndex %1</h3><p>Administrative Reform Index (Chỉ số CCHC): self-assessment, "
                          "appraisal, ranking and reports for provincial agencies and communes.</p>")
                           .arg(QLatin1String(PARINDEX_VERSION)));
}

void MainWindow::setLanguage(const QString& language)
{
    setPreferredLanguage(language);
    installTranslations(language);
}

} // namespace parindex::ui
