#include "MainWindow.h"

#include "centre/AreaBreakdownModel.h"
#include "centre/ResultsSortProxy.h"
#include "centre/ResultsTableModel.h"
#include "common/Dialogs.h"
#include "common/Format.h"
#include "common/MessageBanner.h"
#include "common/Translations.h"
#include "store/Assessments.h"

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
    retranslate();
    resize(1280, 760);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
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
    updateRecentMenu();
}

void MainWindow::createCentralArea()
{
    auto* toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_openAction);
    toolbar->addSeparator();
    m_yearLabel = new QLabel(toolbar);
    m_yearCombo = new QComboBox(toolbar);
    m_yearCombo->setObjectName(QStringLiteral("yearCombo"));
    m_yearCombo->setMinimumContentsLength(6);
    m_groupLabel = new QLabel(toolbar);
    m_groupCombo = new QComboBox(toolbar);
    m_groupCombo->setObjectName(QStringLiteral("groupCombo"));
    m_groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(m_yearLabel);
    toolbar->addWidget(m_yearCombo);
    toolbar->addSeparator();
    toolbar->addWidget(m_groupLabel);
    toolbar->addWidget(m_groupCombo);
    for (QLabel* l : {m_yearLabel, m_groupLabel})
        l->setContentsMargins(8, 0, 6, 0);
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, &MainWindow::reloadResults);
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, &MainWindow::reloadResults);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    m_banner = new MessageBanner(central);
    layout->addWidget(m_banner);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
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
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedUnit);
    m_statusFile = new QLabel(this);
    m_statusFile->setObjectName(QStringLiteral("statusFile"));
    statusBar()->addPermanentWidget(m_statusFile);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_file ? tr("%1 — ParIndex").arg(QFileInfo(m_file->path()).fileName())
                          : tr("ParIndex — Administrative Reform Index"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open data file…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About ParIndex"));
    m_yearLabel->setText(tr("Year:"));
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
    else
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
    m_file = opened.value();
    m_banner->hide();
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    recent.removeAll(m_file->path());
    recent.prepend(m_file->path());
    QSettings().setValue(kRecentKey, recent.mid(0, kMaxRecent));
    updateRecentMenu();
    m_statusFile->setText(QFileInfo(m_file->path()).fileName());
    m_statusFile->setToolTip(QDir::toNativeSeparators(m_file->path()));
    reloadYears();
    retranslate();
    return true;
}

QString MainWindow::currentFile() const
{
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
