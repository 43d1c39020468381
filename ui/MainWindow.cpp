#include "MainWindow.h"

#include "centre/AreaBreakdownModel.h"
#include "centre/InboxPage.h"
#include "centre/UnitsPage.h"
#include "centre/ResultsSortProxy.h"
#include "centre/ResultsTableModel.h"
#include "common/Dialogs.h"
#include "common/Format.h"
#include "common/MessageBanner.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "reports/DocumentPainter.h"
#include "reports/SelfAssessmentReport.h"
#include "store/Assessments.h"
#include "unit/AssessmentPage.h"
#include "unit/ItemEditor.h"
#include "unit/NewUnitDialog.h"
#include "unit/SubmissionActions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace parindex::ui {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("files/recent");

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    return view;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_results(new ResultsTableModel(this)), m_sorted(new ResultsSortProxy(this)),
      m_breakdown(new AreaBreakdownModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/parindex.svg")));
    m_sorted->setSourceModel(m_results);
    createActions();
    createCentralArea();
    setUnitToolbarVisible(false);
    retranslate();
    resize(1280, 760);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
}

MainWindow::~MainWindow()
{
    closeUnitPage();
}

void MainWindow::closeUnitPage()
{
    if (!m_assessmentPage)
        return;
    // The page's undo stack signals while it is destroyed: nobody here may listen by then.
    AssessmentPage* page = m_assessmentPage;
    m_assessmentPage = nullptr;
    m_submission = nullptr; // a child of the page
    disconnect(page->editor().undoStack(), nullptr, this, nullptr);
    disconnect(page, nullptr, this, nullptr);
    m_pages->removeWidget(page);
    delete page;
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open"), style()->standardIcon(QStyle::SP_DialogOpenButton)));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFile);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_newUnitAction = new QAction(this);
    m_newUnitAction->setObjectName(QStringLiteral("actionNewUnit"));
    m_newUnitAction->setShortcut(QKeySequence::New);
    m_newUnitAction->setIcon(QIcon::fromTheme(QStringLiteral("document-new"), style()->standardIcon(QStyle::SP_FileIcon)));
    connect(m_newUnitAction, &QAction::triggered, this, &MainWindow::newUnitFile);

    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
    m_redoAction = new QAction(this);
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), style()->standardIcon(QStyle::SP_ArrowForward)));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_assessmentPage)
            m_assessmentPage->editor().undoStack()->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_assessmentPage)
            m_assessmentPage->editor().undoStack()->redo();
    });

    m_exportReportAction = new QAction(this);
    m_exportReportAction->setObjectName(QStringLiteral("actionExportReport"));
    m_exportReportAction->setIcon(QIcon::fromTheme(QStringLiteral("document-export"), style()->standardIcon(QStyle::SP_DialogSaveButton)));
    connect(m_exportReportAction, &QAction::triggered, this, &MainWindow::exportReport);
    m_printPreviewAction = new QAction(this);
    m_printPreviewAction->setObjectName(QStringLiteral("actionPrintPreview"));
    m_printPreviewAction->setShortcut(QKeySequence::Print);
    m_printPreviewAction->setIcon(QIcon::fromTheme(QStringLiteral("document-print-preview"),
                                                   style()->standardIcon(QStyle::SP_FileDialogContentsView)));
    connect(m_printPreviewAction, &QAction::triggered, this, &MainWindow::printPreview);

    m_createKeyAction = new QAction(this);
    m_createKeyAction->setObjectName(QStringLiteral("actionCreateKey"));
    connect(m_createKeyAction, &QAction::triggered, this, [this] {
        if (m_submission)
            m_submission->createKey();
    });
    m_exportPackageAction = new QAction(this);
    m_exportPackageAction->setObjectName(QStringLiteral("actionExportPackage"));
    m_exportPackageAction->setIcon(QIcon::fromTheme(QStringLiteral("mail-send"), style()->standardIcon(QStyle::SP_ArrowUp)));
    connect(m_exportPackageAction, &QAction::triggered, this, [this] {
        if (m_submission)
            m_submission->exportPackage();
    });

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
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_reportMenu = menuBar()->addMenu(QString());
    m_reportMenu->addAction(m_exportReportAction);
    m_reportMenu->addAction(m_printPreviewAction);
    m_submissionMenu = menuBar()->addMenu(QString());
    m_submissionMenu->addAction(m_createKeyAction);
    m_submissionMenu->addAction(m_exportPackageAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(languages->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    updateRecentMenu();
    updateUnitActions();
}

void MainWindow::createCentralArea()
{
    auto* toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_newUnitAction);
    toolbar->addAction(m_openAction);
    m_unitToolbarItems.append(toolbar->addSeparator());
    for (QAction* a : {m_undoAction, m_redoAction, m_exportReportAction, m_printPreviewAction, m_exportPackageAction}) {
        toolbar->addAction(a);
        m_unitToolbarItems.append(a);
    }
    m_unitToolbarItems.append(m_createKeyAction); // menu only
    m_centreToolbarItems.append(toolbar->addSeparator());
    m_yearLabel = new QLabel(toolbar);
    m_yearCombo = new QComboBox(toolbar);
    m_yearCombo->setObjectName(QStringLiteral("yearCombo"));
    m_yearCombo->setMinimumContentsLength(6);
    m_groupLabel = new QLabel(toolbar);
    m_groupCombo = new QComboBox(toolbar);
    m_groupCombo->setObjectName(QStringLiteral("groupCombo"));
    m_groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QWidget* w : {static_cast<QWidget*>(m_yearLabel), static_cast<QWidget*>(m_yearCombo)})
        m_centreToolbarItems.append(toolbar->addWidget(w));
    m_centreToolbarItems.append(toolbar->addSeparator());
    for (QWidget* w : {static_cast<QWidget*>(m_groupLabel), static_cast<QWidget*>(m_groupCombo)})
        m_centreToolbarItems.append(toolbar->addWidget(w));
    for (QLabel* l : {m_yearLabel, m_groupLabel})
        l->setContentsMargins(8, 0, 6, 0);
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, &MainWindow::reloadResults);
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, &MainWindow::reloadResults);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    m_banner = new MessageBanner(central);
    layout->addWidget(m_banner);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    auto* splitter = new QSplitter(Qt::Horizontal, m_pages);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_resultsView = makeTable(left, QStringLiteral("resultsView"));
    m_resultsView->setModel(m_sorted);
    m_resultsView->setSortingEnabled(true);
    m_resultsView->sortByColumn(ResultsTableModel::RankColumn, Qt::AscendingOrder);
    auto* header = m_resultsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResultsTableModel::UnitColumn, QHeaderView::Stretch);
    m_groupAverage = new QLabel(left);
    m_groupAverage->setObjectName(QStringLiteral("groupAverage"));
    leftLayout->addWidget(m_resultsView, 1);
    leftLayout->addWidget(m_groupAverage);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    m_unitHeading = new QLabel(right);
    m_unitHeading->setObjectName(QStringLiteral("unitHeading"));
    QFont headingFont = m_unitHeading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_unitHeading->setFont(headingFont);
    m_unitHeading->setWordWrap(true);
    m_unitSummary = new QLabel(right);
    m_unitSummary->setObjectName(QStringLiteral("unitSummary"));
    m_unitSummary->setWordWrap(true);
    m_breakdownView = makeTable(right, QStringLiteral("breakdownView"));
    m_breakdownView->setModel(m_breakdown);
    m_breakdownView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_breakdownView->horizontalHeader()->setSectionResizeMode(AreaBreakdownModel::TitleColumn, QHeaderView::Stretch);
    rightLayout->addWidget(m_unitHeading);
    rightLayout->addWidget(m_unitSummary);
    rightLayout->addWidget(m_breakdownView, 1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    m_centreTabs = new QTabWidget(m_pages);
    m_centreTabs->setObjectName(QStringLiteral("centreTabs"));
    m_centreTabs->addTab(splitter, QString());
    m_centrePage = m_centreTabs;
    m_pages->addWidget(m_centreTabs);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedUnit);
    m_statusDeadline = new QLabel(this);
    m_statusDeadline->setObjectName(QStringLiteral("statusDeadline"));
    m_statusTotals = new QLabel(this);
    m_statusTotals->setObjectName(QStringLiteral("statusTotals"));
    m_statusFile = new QLabel(this);
    m_statusFile->setObjectName(QStringLiteral("statusFile"));
    statusBar()->addPermanentWidget(m_statusDeadline);
    statusBar()->addPermanentWidget(m_statusTotals);
    statusBar()->addPermanentWidget(m_statusFile);
    auto* deadlineTimer = new QTimer(this);
    connect(deadlineTimer, &QTimer::timeout, this, &MainWindow::updateDeadline);
    deadlineTimer->start(30000);
}

void MainWindow::retranslate()
{
    const QString current = currentFile();
    setWindowTitle(!current.isEmpty() ? tr("%1 — ParIndex").arg(QFileInfo(current).fileName())
                          : tr("ParIndex — Administrative Reform Index"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open data file…"));
    m_newUnitAction->setText(tr("&New unit data file…"));
    m_editMenu->setTitle(tr("&Edit"));
    m_reportMenu->setTitle(tr("&Report"));
    m_exportReportAction->setText(tr("&Export self-assessment report (PDF)…"));
    m_printPreviewAction->setText(tr("&Print preview…"));
    m_submissionMenu->setTitle(tr("&Submission"));
    m_createKeyAction->setText(tr("Create &signing key…"));
    m_exportPackageAction->setText(tr("E&xport signed package…"));
    updateUnitActions();
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About ParIndex"));
    m_yearLabel->setText(tr("Year:"));
    m_centreTabs->setTabText(0, tr("Results"));
    if (m_inboxPage)
        m_centreTabs->setTabText(1, tr("Inbox"));
    if (m_unitsPage)
        m_centreTabs->setTabText(2, tr("Units and keys"));
    m_groupLabel->setText(tr("Group:"));
    const QVariant group = m_groupCombo->currentData();
    {
        const QSignalBlocker block(m_groupCombo);
        m_groupCombo->clear();
        m_groupCombo->addItem(tr("All groups"), QString());
        for (UnitGroup g : UnitGroups::all())
            m_groupCombo->addItem(UnitGroups::displayName(g), UnitGroups::code(g));
        m_groupCombo->setCurrentIndex(qMax(0, m_groupCombo->findData(group)));
    }
    if (m_file)
        reloadResults();
    else if (!m_assessmentPage)
        m_unitHeading->setText(tr("Open a data file to see its results."));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

bool MainWindow::openFile(const QString& path)
{
    auto opened = DataFile::open(path);
    if (!opened) {
        m_banner->showMessage(tr("Cannot open the data file: %1").arg(opened.error()), MessageBanner::Kind::Error);
        return false;
    }
    if (opened.value()->role() == Role::Unit) {
        opened = Result<std::shared_ptr<DataFile>>::failure(QString()); // one connection at a time
        auto unit = UnitAssessment::open(path);
        if (!unit) {
            m_banner->showMessage(tr("Cannot open the data file: %1").arg(unit.error()), MessageBanner::Kind::Error);
            return false;
        }
        m_banner->hide();
        showUnit(unit.value());
    } else {
        m_banner->hide();
        m_file = opened.value();
        showCentre();
    }
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    const QString absolute = currentFile();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(kRecentKey, recent.mid(0, kMaxRecent));
    updateRecentMenu();
    m_statusFile->setText(QFileInfo(absolute).fileName());
    m_statusFile->setToolTip(QDir::toNativeSeparators(absolute));
    retranslate();
    return true;
}

void MainWindow::removeCentreTabs()
{
    // The results tab stays; the inbox and units tabs belong to one centre file.
    for (QWidget* page : {static_cast<QWidget*>(m_unitsPage), static_cast<QWidget*>(m_inboxPage)}) {
        if (!page)
            continue;
        m_centreTabs->removeTab(m_centreTabs->indexOf(page));
        delete page;
    }
    m_inboxPage = nullptr;
    m_unitsPage = nullptr;
}

void MainWindow::showCentre()
{
    closeUnitPage();
    removeCentreTabs();
    m_inboxPage = new InboxPage(m_file, m_banner, m_centreTabs);
    m_centreTabs->addTab(m_inboxPage, tr("Inbox"));
    m_unitsPage = new UnitsPage(m_file, m_banner, m_centreTabs);
    m_centreTabs->addTab(m_unitsPage, tr("Units and keys"));
    connect(m_unitsPage, &UnitsPage::unitsChanged, m_inboxPage, &InboxPage::refresh);
    connect(m_inboxPage, &InboxPage::imported, this, &MainWindow::reloadYears);
    if (Assessments(*m_file).years().isEmpty())
        m_centreTabs->setCurrentWidget(m_inboxPage);
    m_pages->setCurrentWidget(m_centrePage);
    for (QAction* a : m_centreToolbarItems)
        a->setVisible(true);
    setUnitToolbarVisible(false);
    m_statusTotals->clear();
    reloadYears();
    updateUnitActions();
    updateDeadline();
}

void MainWindow::showUnit(std::shared_ptr<UnitAssessment> unit)
{
    removeCentreTabs();
    m_file.reset();
    m_results->setResults({});
    closeUnitPage();
    m_assessmentPage = new AssessmentPage(std::move(unit), m_banner, m_pages);
    m_submission = new SubmissionActions(*m_assessmentPage, m_banner, this);
    m_submission->setParent(m_assessmentPage); // goes with the page
    m_pages->addWidget(m_assessmentPage);
    m_pages->setCurrentWidget(m_assessmentPage);
    for (QAction* a : m_centreToolbarItems)
        a->setVisible(false);
    setUnitToolbarVisible(true);
    connect(m_assessmentPage, &AssessmentPage::totalsChanged, m_statusTotals, &QLabel::setText);
    QUndoStack* stack = m_assessmentPage->editor().undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUnitActions);
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateUnitActions);
    m_assessmentPage->selectItem(m_assessmentPage->assessment().set().leaves().value(0)->code);
    m_assessmentPage->refreshTotals();
    updateUnitActions();
    updateDeadline();
}

void MainWindow::setUnitToolbarVisible(bool visible)
{
    // The unit's actions mean nothing for a centre's file: hidden in toolbar and menus alike.
    for (QAction* a : m_unitToolbarItems)
        a->setVisible(visible);
}

void MainWindow::updateUnitActions()
{
    const QUndoStack* stack = m_assessmentPage ? m_assessmentPage->editor().undoStack() : nullptr;
    m_undoAction->setEnabled(stack && stack->canUndo());
    m_redoAction->setEnabled(stack && stack->canRedo());
    m_undoAction->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    m_exportReportAction->setEnabled(m_assessmentPage != nullptr);
    m_createKeyAction->setEnabled(m_assessmentPage != nullptr);
    m_exportPackageAction->setEnabled(m_assessmentPage != nullptr);
    m_printPreviewAction->setEnabled(m_assessmentPage != nullptr);
}

void MainWindow::updateDeadline()
{
    const auto deadline = m_assessmentPage ? m_assessmentPage->assessment().deadline() : std::nullopt;
    if (!deadline) {
        m_statusDeadline->clear();
        return;
    }
    const qint64 seconds = Clock::now().secsTo(*deadline);
    if (seconds <= 0) {
        m_statusDeadline->setText(tr("Closed — read only"));
        m_statusDeadline->setStyleSheet(QStringLiteral("color:#c62828; font-weight:bold"));
        return;
    }
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    m_statusDeadline->setText(tr("Deadline in %1 d %2 h (%3)")
                                  .arg(days)
                                  .arg(hours)
                                  .arg(QLocale().toString(deadline->toLocalTime(), QLocale::ShortFormat)));
    m_statusDeadline->setStyleSheet(days < 3 ? QStringLiteral("color:#c62828") : QString());
}

bool MainWindow::createUnitFile(const QString& path, const UnitIdentity& unit, int year, CriteriaSetPtr set)
{
    auto created = UnitAssessment::create(path, unit, year, std::move(set));
    if (!created) {
        m_banner->showMessage(tr("The unit data file was not created: %1").arg(created.error()), MessageBanner::Kind::Error);
        return false;
    }
    created = Result<std::shared_ptr<UnitAssessment>>::failure(QString());
    return openFile(path);
}

void MainWindow::newUnitFile()
{
    auto* dialog = new NewUnitDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { createUnitFile(dialog->path(), dialog->identity(), dialog->year(), dialog->criteriaSet()); });
    dialog->open();
}

void MainWindow::exportReport()
{
    if (!m_assessmentPage)
        return;
    m_assessmentPage->itemEditor()->commitExplanation();
    const UnitAssessment& unit = m_assessmentPage->assessment();
    const QString suggested = QFileInfo(currentFile()).absoluteDir().filePath(
        QStringLiteral("bao-cao-tu-danh-gia-%1-%2.pdf").arg(unit.unit().code).arg(unit.year()));
    const QString path = Dialogs::saveFileName(this, tr("Export the self-assessment report"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = SelfAssessmentReport(unit).writePdf(path); !s) {
        m_banner->showMessage(s.error(), MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), MessageBanner::Kind::Information);
}

void MainWindow::printPreview()
{
    if (!m_assessmentPage)
        return;
    m_assessmentPage->itemEditor()->commitExplanation();
    auto* printer = new QPrinter(QPrinter::HighResolution);
    DocumentPainter::setupPage(*printer);
    auto* preview = new QPrintPreviewDialog(printer, this);
    preview->setObjectName(QStringLiteral("printPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QObject::destroyed, this, [printer] { delete printer; });
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) {
        QTextDocument document;
        SelfAssessmentReport(m_assessmentPage->assessment()).build(document);
        DocumentPainter::paint(document, *p);
    });
    preview->resize(900, 1000);
    preview->open();
}

QString MainWindow::currentFile() const
{
    if (m_assessmentPage)
        return m_assessmentPage->assessment().file().path();
    return m_file ? m_file->path() : QString();
}

void MainWindow::reloadYears()
{
    const QSignalBlocker block(m_yearCombo);
    m_yearCombo->clear();
    if (!m_file)
        return;
    for (int year : Assessments(*m_file).years())
        m_yearCombo->addItem(QString::number(year), year);
    m_yearCombo->setCurrentIndex(0);
}

void MainWindow::reloadResults()
{
    if (!m_file || m_yearCombo->currentIndex() < 0) {
        m_results->setResults({});
        m_breakdown->setUnit(nullptr);
        m_groupAverage->clear();
        if (m_file) {
            m_unitHeading->setText(tr("No results yet."));
            m_unitSummary->setText(tr("Import the units' packages in the Inbox, or earlier years' results with "
                                      "parindex-cli import-results."));
        }
        return;
    }
    const int year = m_yearCombo->currentData().toInt();
    std::optional<UnitGroup> group;
    if (const QString code = m_groupCombo->currentData().toString(); !code.isEmpty())
        group = UnitGroups::parse(code);
    auto results = YearResults::compute(*m_file, year, group);
    if (!results) {
        m_banner->showMessage(results.error(), MessageBanner::Kind::Error);
        return;
    }
    const QString selected = m_resultsView->currentIndex().data(ResultsTableModel::UnitCodeRole).toString();
    m_results->setResults(std::move(results.value()));

    QStringList averages;
    for (const GroupSummary& g : m_results->results().groups)
        averages.append(tr("%1: average index %2% (%n unit(s))", nullptr, g.units)
                            .arg(UnitGroups::shortName(g.group), formatPoints(g.averageIndex, 2)));
    m_groupAverage->setText(averages.join(QStringLiteral("   ·   ")));
    statusBar()->showMessage(tr("%n unit(s) in %1", nullptr, int(m_results->results().units.size())).arg(year));

    int row = 0;
    for (int r = 0; r < m_sorted->rowCount(); ++r) {
        if (m_sorted->index(r, 0).data(ResultsTableModel::UnitCodeRole).toString() == selected)
            row = r;
    }
    if (m_sorted->rowCount() > 0)
        m_resultsView->setCurrentIndex(m_sorted->index(row, ResultsTableModel::UnitColumn));
    showSelectedUnit();
}

void MainWindow::showSelectedUnit()
{
    const QModelIndex current = m_sorted->mapToSource(m_resultsView->currentIndex());
    const UnitYearResult* unit = m_results->unitAt(current.row());
    m_breakdown->setUnit(unit);
    if (!unit) {
        m_unitHeading->setText(m_file ? tr("No results for this year and group.") : tr("Open a data file to see its results."));
        m_unitSummary->clear();
        return;
    }
    const ResultRow& r = unit->row;
    m_unitHeading->setText(r.unitName);
    QStringList parts;
    parts << (r.rank > 0 ? tr("Rank %1 in %2").arg(r.rank).arg(UnitGroups::shortName(r.group))
                         : tr("Not ranked (%1)").arg(UnitGroups::shortName(r.group)));
    parts << tr("Total %1 of %2 points").arg(formatPoints(r.total, 2), formatPoints(r.max));
    parts << tr("Index %1%").arg(formatPoints(r.publishedIndex(), r.indexDecimals));
    if (!r.band.isEmpty())
        parts << r.band;
    m_unitSummary->setText(parts.join(QStringLiteral(" · ")));
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
