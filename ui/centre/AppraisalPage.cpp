#include "ui/centre/AppraisalPage.h"

#include "core/common/Clock.h"
#include "core/common/Text.h"
#include "ui/centre/AppraisalItemPane.h"
#include "ui/centre/AppraisalTreeModel.h"
#include "ui/centre/UnitProgressModel.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Format.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PassphraseDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace parindex::ui {

namespace {
const QString kAppraiserKey = QStringLiteral("appraisal/appraiser");

enum WhoPage
{
    ChoosePage,
    NonePage,
    CurrentPage
};
} // namespace

AppraisalPage::AppraisalPage(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent)
    : QWidget(parent), m_centre(std::move(centre)), m_banner(banner)
{
    setObjectName(QStringLiteral("appraisalPage"));
    buildUi();
    Appraisal& appraisal = m_centre->appraisal();
    connect(&appraisal, &Appraisal::appraisalChanged, this, &AppraisalPage::unitChanged);
    connect(&appraisal, &Appraisal::planChanged, this, [this](int year) {
        if (year == this->year()) {
            queueProgress();
            reloadUnit();
        }
    });
    connect(&appraisal, &Appraisal::appraisersChanged, this, &AppraisalPage::reloadAppraisers);
    connect(m_centre.get(), &Centre::inboxChanged, this, &AppraisalPage::reloadYears);
    connect(m_centre.get(), &Centre::unitsChanged, this, &AppraisalPage::queueProgress);
    retranslate();
    reloadAppraisers();
    reloadYears();
}

void AppraisalPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // The year, and who is working.
    auto* top = new QHBoxLayout();
    m_yearLabel = new QLabel(this);
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("appraisalYear"));
    m_year->setMinimumContentsLength(6);
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        reloadProgress();
        reloadUnit();
    });
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addSpacing(16);

    m_who = new QStackedWidget(this);
    m_who->setObjectName(QStringLiteral("appraiserBar"));
    auto* choose = new QWidget(m_who);
    auto* chooseLayout = new QHBoxLayout(choose);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    m_whoQuestion = new QLabel(choose);
    m_whoQuestion->setStyleSheet(QStringLiteral("font-weight:bold; color:#8a4b00"));
    m_appraiserCombo = new QComboBox(choose);
    m_appraiserCombo->setObjectName(QStringLiteral("appraiserCombo"));
    m_appraiserCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_appraiserStart = new QPushButton(choose);
    m_appraiserStart->setObjectName(QStringLiteral("appraiserStartButton"));
    connect(m_appraiserStart, &QPushButton::clicked, this, [this] {
        if (m_appraiserCombo->currentIndex() >= 0)
            setAppraiser(m_appraiserCombo->currentData().toString());
    });
    chooseLayout->addWidget(m_whoQuestion);
    chooseLayout->addWidget(m_appraiserCombo);
    chooseLayout->addWidget(m_appraiserStart);
    chooseLayout->addStretch();
    m_who->addWidget(choose);

    auto* none = new QWidget(m_who);
    auto* noneLayout = new QHBoxLayout(none);
    noneLayout->setContentsMargins(0, 0, 0, 0);
    m_whoNone = new QLabel(none);
    m_whoNone->setStyleSheet(QStringLiteral("color:#8a4b00"));
    m_openYear = new QPushButton(none);
    m_openYear->setObjectName(QStringLiteral("openYearPlanButton"));
    connect(m_openYear, &QPushButton::clicked, this, &AppraisalPage::yearPlanRequested);
    noneLayout->addWidget(m_whoNone);
    noneLayout->addWidget(m_openYear);
    noneLayout->addStretch();
    m_who->addWidget(none);

    auto* current = new QWidget(m_who);
    auto* currentLayout = new QHBoxLayout(current);
    currentLayout->setContentsMargins(0, 0, 0, 0);
    m_whoCurrent = new QLabel(current);
    m_whoCurrent->setObjectName(QStringLiteral("appraiserLabel"));
    m_appraiserChange = new QPushButton(current);
    m_appraiserChange->setObjectName(QStringLiteral("appraiserChangeButton"));
    connect(m_appraiserChange, &QPushButton::clicked, this, [this] {
        commitPendingEdits();
        m_appraiserCombo->setCurrentIndex(qMax(0, m_appraiserCombo->findData(m_appraiser)));
        m_who->setCurrentIndex(ChoosePage);
    });
    currentLayout->addWidget(m_whoCurrent);
    currentLayout->addWidget(m_appraiserChange);
    currentLayout->addStretch();
    m_who->addWidget(current);
    m_who->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    top->addWidget(m_who, 1);
    layout->addLayout(top);

    m_lockBanner = new MessageBanner(this);
    m_lockBanner->setObjectName(QStringLiteral("appraisalLockBanner"));
    layout->addWidget(m_lockBanner);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("appraisalSplitter"));
    splitter->setChildrenCollapsible(false);

    // The units of the year.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_unitSearch = new QLineEdit(left);
    m_unitSearch->setObjectName(QStringLiteral("appraisalUnitSearch"));
    m_unitSearch->setClearButtonEnabled(true);
    m_units = new UnitProgressModel(this);
    m_unitsSorted = new UnitProgressProxy(this);
    m_unitsSorted->setSourceModel(m_units);
    connect(m_unitSearch, &QLineEdit::textChanged, m_unitsSorted, &UnitProgressProxy::setSearch);
    m_unitsView = new QTableView(left);
    m_unitsView->setObjectName(QStringLiteral("appraisalUnits"));
    m_unitsView->setModel(m_unitsSorted);
    m_unitsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_unitsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_unitsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unitsView->setAlternatingRowColors(true);
    m_unitsView->setWordWrap(false);
    m_unitsView->verticalHeader()->hide();
    m_unitsView->verticalHeader()->setDefaultSectionSize(m_unitsView->fontMetrics().height() + 8);
    m_unitsView->horizontalHeader()->setHighlightSections(false);
    // The name takes what is left; a long stage name is cut (its tooltip has it whole).
    QHeaderView* unitsHeader = m_unitsView->horizontalHeader();
    unitsHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    unitsHeader->setSectionResizeMode(UnitProgressModel::UnitColumn, QHeaderView::Stretch);
    unitsHeader->setSectionResizeMode(UnitProgressModel::StageColumn, QHeaderView::Interactive);
    unitsHeader->resizeSection(UnitProgressModel::StageColumn, m_unitsView->fontMetrics().averageCharWidth() * 13);
    m_unitsView->setTextElideMode(Qt::ElideRight);
    m_unitsView->setSortingEnabled(true);
    m_unitsView->sortByColumn(UnitProgressModel::UnitColumn, Qt::AscendingOrder);
    connect(m_unitsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        commitPendingEdits();
        reloadUnit();
    });
    m_unitsSummary = new QLabel(left);
    m_unitsSummary->setObjectName(QStringLiteral("appraisalUnitsSummary"));
    m_unitsSummary->setWordWrap(true);
    leftLayout->addWidget(m_unitSearch);
    leftLayout->addWidget(m_unitsView, 1);
    leftLayout->addWidget(m_unitsSummary);

    // The selected unit's tree.
    auto* middle = new QWidget(splitter);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(4, 0, 4, 0);
    m_unitHeading = new QLabel(middle);
    m_unitHeading->setObjectName(QStringLiteral("appraisalUnitHeading"));
    m_unitHeading->setWordWrap(true);
    auto* filterRow = new QHBoxLayout();
    m_filter = new QComboBox(middle);
    m_filter->setObjectName(QStringLiteral("appraisalFilter"));
    m_itemSearch = new QLineEdit(middle);
    m_itemSearch->setObjectName(QStringLiteral("appraisalItemSearch"));
    m_itemSearch->setClearButtonEnabled(true);
    filterRow->addWidget(m_filter);
    filterRow->addWidget(m_itemSearch, 1);
    m_model = new AppraisalTreeModel(this);
    m_proxy = new AppraisalFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_tree = new QTreeView(middle);
    m_tree->setObjectName(QStringLiteral("appraisalTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setIndentation(12);
    // Columns fitted to their contents when a unit opens, not on every change (that would lay the
    // whole tree out again after each item appraised).
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(AppraisalTreeModel::TitleColumn, QHeaderView::Stretch);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMode(AppraisalFilterProxy::Mode(m_filter->currentData().toInt()));
        m_tree->expandAll();
    });
    connect(m_itemSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearch(text);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_pane->commitComment();
        showCurrentItem();
    });
    m_legend = new QLabel(middle);
    m_legend->setObjectName(QStringLiteral("appraisalLegend"));
    m_legend->setWordWrap(true);
    m_legend->setStyleSheet(QStringLiteral("color:#616161"));
    auto* buttons = new QHBoxLayout();
    m_acceptRest = new QPushButton(middle);
    m_acceptRest->setObjectName(QStringLiteral("acceptRestButton"));
    m_close = new QPushButton(middle);
    m_close->setObjectName(QStringLiteral("closeRoundButton"));
    m_reopen = new QPushButton(middle);
    m_reopen->setObjectName(QStringLiteral("reopenRoundButton"));
    m_export = new QPushButton(middle);
    m_export->setObjectName(QStringLiteral("exportFeedbackButton"));
    connect(m_acceptRest, &QPushButton::clicked, this, &AppraisalPage::acceptRemaining);
    connect(m_close, &QPushButton::clicked, this, &AppraisalPage::closeRound);
    connect(m_reopen, &QPushButton::clicked, this, &AppraisalPage::reopenRound);
    connect(m_export, &QPushButton::clicked, this, &AppraisalPage::exportFeedback);
    for (QPushButton* b : {m_acceptRest, m_close, m_reopen, m_export}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    middleLayout->addWidget(m_unitHeading);
    middleLayout->addLayout(filterRow);
    middleLayout->addWidget(m_tree, 1);
    middleLayout->addWidget(m_legend);
    middleLayout->addLayout(buttons);

    // The selected item.
    m_pane = new AppraisalItemPane(m_centre, m_banner, splitter);
    auto* scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("appraisalItemScroll"));
    scroll->setWidget(m_pane);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pane->setMinimumWidth(340);
    connect(m_pane, &AppraisalItemPane::acceptAndNextRequested, this, &AppraisalPage::acceptAndNext);

    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(scroll);
    // In proportion at any screen size: about a quarter for the units, the rest for the tree and the item.
    splitter->setStretchFactor(0, 28);
    splitter->setStretchFactor(1, 42);
    splitter->setStretchFactor(2, 30);
    splitter->setSizes({280, 420, 300});
    layout->addWidget(splitter, 1);

    // One key: accept the unit's score and go on (also from the comment box).
    m_acceptNextAction = new QAction(this);
    m_acceptNextAction->setObjectName(QStringLiteral("actionAcceptNext"));
    m_acceptNextAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_acceptNextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_acceptNextAction, &QAction::triggered, this, &AppraisalPage::acceptAndNext);
    addAction(m_acceptNextAction);
}

void AppraisalPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AppraisalPage::retranslate()
{
    m_yearLabel->setText(tr("Year:"));
    m_whoQuestion->setText(tr("Who is working?"));
    m_appraiserStart->setText(tr("Start appraising"));
    m_whoNone->setText(tr("No appraiser is registered yet: add the members of the working group first."));
    m_openYear->setText(tr("Year plan and appraisers…"));
    m_appraiserChange->setText(tr("Change…"));
    m_unitSearch->setPlaceholderText(tr("Search a unit…"));
    m_itemSearch->setPlaceholderText(tr("Search code or content…"));
    m_acceptNextAction->setText(tr("Accept the unit's score and go to the next item"));
    m_acceptRest->setText(tr("Accept all remaining…"));
    m_acceptRest->setToolTip(tr("Appraise every item not yet appraised in this round: round 1 takes the unit's "
                                "score, round 2 keeps round 1's decision."));
    m_close->setText(tr("Close round"));
    m_reopen->setText(tr("Reopen round…"));
    m_export->setText(tr("Export feedback…"));
    m_export->setToolTip(tr("The signed feedback package for the unit: the points, comments and requests of its "
                            "last closed round."));
    m_legend->setText(tr("✎ changed by the unit since its previous version   ? explanation or evidence "
                         "requested   ✓ answered   bold orange: final points differ from the unit's"));
    {
        const QVariant mode = m_filter->currentData();
        const QSignalBlocker block(m_filter);
        m_filter->clear();
        m_filter->addItem(tr("All items"), int(AppraisalFilterProxy::Mode::All));
        m_filter->addItem(tr("Not yet appraised"), int(AppraisalFilterProxy::Mode::NotAppraised));
        m_filter->addItem(tr("Differs from the unit's score"), int(AppraisalFilterProxy::Mode::Differs));
        m_filter->addItem(tr("Changed by the unit"), int(AppraisalFilterProxy::Mode::Changed));
        m_filter->addItem(tr("Requested"), int(AppraisalFilterProxy::Mode::Requested));
        m_filter->addItem(tr("Answered"), int(AppraisalFilterProxy::Mode::Answered));
        m_filter->setCurrentIndex(qMax(0, m_filter->findData(mode)));
    }
    if (!m_appraiser.isEmpty())
        m_whoCurrent->setText(tr("Appraiser: <b>%1</b>").arg(safeForDisplay(m_appraiser).toHtmlEscaped()));
    reloadUnit();
}

int AppraisalPage::year() const
{
    return m_year->currentData().toInt();
}

void AppraisalPage::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

void AppraisalPage::reloadYears()
{
    const int current = year();
    {
        const QSignalBlocker block(m_year);
        const auto years = m_centre->inboxYears();
        if (!years)
            m_banner->showMessage(years.error(), MessageBanner::Kind::Error);
        QList<int> list = years ? years.value() : QList<int>();
        if (list.isEmpty())
            list.append(Clock::now().toLocalTime().date().year());
        m_year->clear();
        for (int y : list)
            m_year->addItem(QString::number(y), y);
        const int index = m_year->findData(current);
        m_year->setCurrentIndex(index >= 0 ? index : 0);
    }
    reloadProgress();
    reloadUnit();
}

// ---- Who is working ----------------------------------------------------------------------------

QString AppraisalPage::rememberedAppraiser()
{
    return QSettings().value(kAppraiserKey).toString();
}

void AppraisalPage::reloadAppraisers()
{
    const auto list = m_centre->appraisal().appraisers();
    if (!list) {
        m_banner->showMessage(list.error(), MessageBanner::Kind::Error);
        return;
    }
    QStringList names;
    for (const Appraiser& a : list.value())
        names.append(a.name);
    {
        const QSignalBlocker block(m_appraiserCombo);
        const QString chosen = m_appraiserCombo->currentData().toString();
        m_appraiserCombo->clear();
        for (const QString& n : names)
            m_appraiserCombo->addItem(safeForDisplay(n), n);
        m_appraiserCombo->setCurrentIndex(qMax(0, m_appraiserCombo->findData(chosen)));
    }
    if (!m_appraiser.isEmpty() && !names.contains(m_appraiser))
        m_appraiser.clear();
    if (m_appraiser.isEmpty()) {
        // Remembered on this computer from the last time.
        const QString remembered = rememberedAppraiser();
        if (names.contains(remembered)) {
            setAppraiser(remembered);
            return;
        }
    }
    m_who->setCurrentIndex(names.isEmpty() ? NonePage : m_appraiser.isEmpty() ? ChoosePage : CurrentPage);
    m_pane->setAppraiser(m_appraiser);
    updateActions();
}

void AppraisalPage::setAppraiser(const QString& name)
{
    commitPendingEdits();
    m_appraiser = name;
    if (!name.isEmpty())
        QSettings().setValue(kAppraiserKey, name);
    m_whoCurrent->setText(tr("Appraiser: <b>%1</b>").arg(safeForDisplay(name).toHtmlEscaped()));
    m_who->setCurrentIndex(name.isEmpty() ? ChoosePage : CurrentPage);
    m_pane->setAppraiser(name);
    updateActions();
}

bool AppraisalPage::requireAppraiser()
{
    if (!m_appraiser.isEmpty())
        return true;
    m_banner->showMessage(tr("Say who is working first (at the top of the Appraisal tab)."),
                          MessageBanner::Kind::Warning);
    return false;
}

// ---- Units and items ---------------------------------------------------------------------------

void AppraisalPage::queueProgress()
{
    // Several changes may arrive at once (accepting the rest): reload once, after them.
    if (m_progressQueued)
        return;
    m_progressQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_progressQueued = false;
        reloadProgress();
    });
}

void AppraisalPage::reloadProgress()
{
    const QString selected = currentUnit();
    const auto progress = m_centre->appraisal().progress(year());
    if (!progress) {
        m_banner->showMessage(progress.error(), MessageBanner::Kind::Error);
        return;
    }
    {
        const QSignalBlocker block(m_unitsView->selectionModel());
        m_units->setProgress(progress.value());
        const int row = m_units->rowOf(selected);
        if (row >= 0) {
            const QModelIndex index = m_unitsSorted->mapFromSource(m_units->index(row, 0));
            m_unitsView->setCurrentIndex(index);
            m_unitsView->scrollTo(index);
        }
    }
    int received = 0;
    int appraised = 0;
    for (const UnitProgress& p : progress.value()) {
        received += p.stage != AppraisalStage::NotReceived ? 1 : 0;
        appraised += p.stage >= AppraisalStage::Appraised ? 1 : 0;
    }
    m_unitsSummary->setText(
        tr("%1 units: %2 received, %3 appraised.").arg(progress->size()).arg(received).arg(appraised));
    if (selected.isEmpty() && m_unitsSorted->rowCount() > 0) {
        // The first unit with something to appraise.
        int first = 0;
        for (int r = 0; r < m_unitsSorted->rowCount(); ++r) {
            const UnitProgress* p = m_units->unitAt(m_unitsSorted->mapToSource(m_unitsSorted->index(r, 0)).row());
            if (p && p->stage != AppraisalStage::NotReceived) {
                first = r;
                break;
            }
        }
        m_unitsView->setCurrentIndex(m_unitsSorted->index(first, 0));
    }
}

QString AppraisalPage::currentUnit() const
{
    return m_unitsView->currentIndex().data(UnitProgressModel::UnitCodeRole).toString();
}

void AppraisalPage::selectUnit(const QString& unitCode)
{
    m_unitSearch->clear();
    const int row = m_units->rowOf(unitCode);
    if (row < 0)
        return;
    const QModelIndex index = m_unitsSorted->mapFromSource(m_units->index(row, 0));
    m_unitsView->setCurrentIndex(index);
    m_unitsView->scrollTo(index);
}

void AppraisalPage::unitChanged(int year, const QString& unitCode)
{
    if (year != this->year())
        return;
    queueProgress();
    if (unitCode.isEmpty() || unitCode == currentUnit())
        reloadUnit();
}

void AppraisalPage::reloadUnit()
{
    if (!m_model)
        return;
    const QString code = currentUnit();
    const QString before = m_model->appraisal() ? m_model->appraisal()->unit.code : QString();
    const QString item = m_pane->currentCode();
    std::shared_ptr<const UnitAppraisal> loaded;
    QString problem;
    if (!code.isEmpty()) {
        auto unit = m_centre->appraisal().unit(year(), code);
        if (unit)
            loaded = std::make_shared<const UnitAppraisal>(std::move(unit.value()));
        else
            problem = unit.error();
    }
    const bool sameUnit = loaded && before == code;
    m_model->setAppraisal(loaded);
    if (!loaded) {
        m_unitHeading->setText(code.isEmpty() ? tr("Choose a unit.") : problem);
        m_lockBanner->hide();
        m_pane->showItem(nullptr, QString());
        updateActions();
        return;
    }
    const UnitAppraisal& a = *loaded;
    QStringList parts{QStringLiteral("<b>%1</b> (%2)").arg(safeForDisplay(a.unit.name).toHtmlEscaped(), a.unit.code),
                      AppraisalTerms::name(a.stage).toHtmlEscaped()};
    if (a.sequence > 0)
        parts << tr("version %1").arg(a.sequence);
    if (a.set && a.stage != AppraisalStage::NotReceived) {
        parts << tr("self %1").arg(formatPoints(a.selfEvaluation.total, 2));
        // Until round 1 has appraised something, the appraised total would only repeat the unit's.
        if (std::any_of(a.items.cbegin(), a.items.cend(), [](const AppraisalItem& i) { return i.round1.has_value(); }))
            parts << tr("appraised %1").arg(formatPoints(a.finalEvaluation.total, 2));
    }
    m_unitHeading->setText(parts.join(QStringLiteral(" · ")));
    if (a.editableRound == 0 && !a.lockedReason.isEmpty()) {
        // The service words it as a clause ("round 1 of … is closed; …"): a sentence here.
        QString reason = a.lockedReason;
        reason[0] = reason.at(0).toUpper();
        if (!reason.endsWith(u'.'))
            reason += u'.';
        m_lockBanner->showMessage(reason, MessageBanner::Kind::Warning);
    } else
        m_lockBanner->hide();
    if (!sameUnit) {
        m_tree->expandAll();
        for (int c = 0; c < AppraisalTreeModel::ColumnCount; ++c) {
            if (c != AppraisalTreeModel::TitleColumn)
                m_tree->resizeColumnToContents(c);
        }
        // The first item still to appraise, else the first item.
        QString first;
        QString firstOpen;
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int r = 0; r < m_proxy->rowCount(parent) && firstOpen.isEmpty(); ++r) {
                const QModelIndex i = m_proxy->index(r, 0, parent);
                if (i.data(AppraisalTreeModel::AppraisableRole).toBool()) {
                    if (first.isEmpty())
                        first = i.data(AppraisalTreeModel::CodeRole).toString();
                    if (i.data(AppraisalTreeModel::NotAppraisedRole).toBool())
                        firstOpen = i.data(AppraisalTreeModel::CodeRole).toString();
                }
                walk(i);
            }
        };
        walk(QModelIndex());
        const QString target = !firstOpen.isEmpty() ? firstOpen : first;
        if (!target.isEmpty())
            selectItem(target);
        else
            showCurrentItem();
    } else {
        // The same item again, with what changed.
        if (currentItem() != item && !item.isEmpty())
            selectItem(item);
        showCurrentItem();
    }
    updateActions();
}

QString AppraisalPage::currentItem() const
{
    return m_tree->currentIndex().data(AppraisalTreeModel::CodeRole).toString();
}

void AppraisalPage::selectItem(const QString& code)
{
    const QModelIndex source = m_model->indexForCode(code);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid() && source.isValid()) {
        m_filter->setCurrentIndex(0);
        m_itemSearch->clear();
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void AppraisalPage::showCurrentItem()
{
    m_pane->showItem(m_model->appraisalPtr(), currentItem());
    m_acceptNextAction->setEnabled(m_pane->canEdit());
}

QString AppraisalPage::nextItem(const QString& after) const
{
    QStringList order;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex i = m_proxy->index(r, 0, parent);
            if (i.data(AppraisalTreeModel::AppraisableRole).toBool())
                order.append(i.data(AppraisalTreeModel::CodeRole).toString());
            walk(i);
        }
    };
    walk(QModelIndex());
    const qsizetype at = order.indexOf(after);
    if (at < 0)
        return order.value(0);
    return order.value(at + 1);
}

void AppraisalPage::commitPendingEdits()
{
    if (m_pane)
        m_pane->commitComment();
}

int AppraisalPage::closedRound() const
{
    const UnitAppraisal* a = m_model->appraisal();
    if (!a)
        return 0;
    return a->rounds.round2ClosedAt.isValid() ? 2 : a->rounds.round1ClosedAt.isValid() ? 1 : 0;
}

void AppraisalPage::updateActions()
{
    const UnitAppraisal* a = m_model ? m_model->appraisal() : nullptr;
    const bool who = !m_appraiser.isEmpty();
    const bool editing = a && who && a->editableRound > 0;
    m_acceptRest->setEnabled(editing);
    m_close->setEnabled(editing);
    m_reopen->setEnabled(a && who && closedRound() > 0 && a->stage != AppraisalStage::Approved);
    m_export->setEnabled(a && who && (a->editableRound == 1 || closedRound() > 0));
    m_close->setText(a && m_model->currentRound() == 2 ? tr("Close round 2") : tr("Close round 1"));
    m_acceptNextAction->setEnabled(m_pane->canEdit());
}

// ---- Actions -----------------------------------------------------------------------------------

void AppraisalPage::acceptAndNext()
{
    if (!requireAppraiser())
        return;
    const QString code = currentItem();
    const AppraisalItem* item = m_model->item(code);
    if (!item) {
        // On a group: go to its first item.
        const QString next = nextItem(code);
        if (!next.isEmpty())
            selectItem(next);
        return;
    }
    // Where to go is decided first: the filter hides the item once it is appraised.
    const QString next = nextItem(code);
    if (!m_pane->acceptSelf())
        return;
    if (m_proxy->mode() != AppraisalFilterProxy::Mode::All) {
        m_proxy->refilter();
        m_tree->expandAll();
    }
    if (!next.isEmpty()) {
        selectItem(next);
        return;
    }
    const int open = m_model->notAppraisedCount();
    m_banner->showMessage(open == 0
                              ? tr("Every item of %1 is appraised in round %2. Close the round when the "
                                   "working group agrees.")
                                    .arg(m_model->appraisal()->unit.name)
                                    .arg(m_model->currentRound())
                              : tr("That was the last item shown; %n item(s) are still to appraise.", nullptr, open),
                          MessageBanner::Kind::Information);
}

void AppraisalPage::acceptRemaining()
{
    const UnitAppraisal* a = m_model->appraisal();
    if (!a || !requireAppraiser())
        return;
    commitPendingEdits();
    const int open = m_model->notAppraisedCount();
    if (open == 0) {
        m_banner->showMessage(tr("Every item of %1 is already appraised in this round.").arg(a->unit.name),
                              MessageBanner::Kind::Information);
        return;
    }
    const int round = a->editableRound;
    const QString unitCode = a->unit.code;
    const QString unitName = a->unit.name;
    if (!Dialogs::confirm(this, tr("Accept all remaining items?"),
                          (round == 2 ? tr("Keep round 1's decision for the %n item(s) of %1 not yet appraised in "
                                           "round 2?",
                                           nullptr, open)
                                      : tr("Accept the unit's own score for the %n item(s) of %1 not yet appraised "
                                           "in round 1? Items the unit did not score are appraised at 0.",
                                           nullptr, open))
                              .arg(unitName)))
        return;
    const auto done = m_centre->appraisal().acceptRest(year(), unitCode, m_appraiser);
    if (!done) {
        m_banner->showMessage(tr("Nothing was accepted: %1").arg(done.error()), MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(tr("%n item(s) of %1 appraised.", nullptr, done.value()).arg(unitName),
                          MessageBanner::Kind::Information);
}

void AppraisalPage::closeRound()
{
    const UnitAppraisal* a = m_model->appraisal();
    if (!a || !requireAppraiser() || a->editableRound == 0)
        return;
    commitPendingEdits();
    const int round = a->editableRound;
    const QString unitCode = a->unit.code;
    const QString unitName = a->unit.name;
    const int open = m_model->notAppraisedCount();
    QString text = tr("Close round %1 for %2? Its points can then only be changed by reopening the round, with a "
                      "reason that is kept in the audit log.")
                       .arg(round)
                       .arg(unitName);
    if (open > 0)
        text += QStringLiteral("\n\n") + tr("%n item(s) are not yet appraised in this round.", nullptr, open);
    if (!Dialogs::confirm(this, tr("Close the round"), text))
        return;
    if (Status s = m_centre->appraisal().closeRound(year(), unitCode, round, m_appraiser); !s) {
        m_banner->showMessage(tr("The round was not closed: %1").arg(s.error()), MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(round == 1 ? tr("Round 1 closed for %1. Export its feedback for the unit.").arg(unitName)
                                     : tr("Round 2 closed for %1: its appraisal is complete.").arg(unitName),
                          MessageBanner::Kind::Information);
}

void AppraisalPage::reopenRound()
{
    const UnitAppraisal* a = m_model->appraisal();
    const int round = closedRound();
    if (!a || !requireAppraiser() || round == 0)
        return;
    const QString unitCode = a->unit.code;
    const QString unitName = a->unit.name;
    const QString reason = Dialogs::text(
        this, tr("Reopen round %1").arg(round),
        tr("Why is round %1 of %2 reopened? The reason is kept in the audit log.").arg(round).arg(unitName));
    if (reason.trimmed().isEmpty())
        return;
    if (Status s = m_centre->appraisal().reopenRound(year(), unitCode, round, reason, m_appraiser); !s) {
        m_banner->showMessage(tr("The round was not reopened: %1").arg(s.error()), MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(tr("Round %1 of %2 reopened.").arg(round).arg(unitName), MessageBanner::Kind::Information);
}

void AppraisalPage::withUnlockedKey(const QString& why, std::function<void(const SigningKey&)> use)
{
    const auto key = m_centre->signingKey();
    if (!key) {
        m_banner->showMessage(key.error(), MessageBanner::Kind::Error);
        return;
    }
    if (!key.value()) {
        m_banner->showMessage(tr("The centre has no signing key yet: create it on the Centre key tab, and give its "
                                 "public key to the units."),
                              MessageBanner::Kind::Warning);
        return;
    }
    auto* dialog = new PassphraseDialog(tr("Sign the feedback"), why, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto unlocked = std::make_shared<std::optional<SigningKey>>();
    dialog->setCheck([this, unlocked](const QString& passphrase) {
        auto opened = m_centre->unlockSigningKey(passphrase);
        if (!opened)
            return opened.error();
        *unlocked = std::move(opened.value());
        return QString();
    });
    connect(dialog, &QDialog::accepted, this, [unlocked, use = std::move(use)] {
        if (*unlocked)
            use(**unlocked);
    });
    dialog->open();
}

void AppraisalPage::exportFeedback()
{
    const UnitAppraisal* a = m_model->appraisal();
    if (!a || !requireAppraiser())
        return;
    commitPendingEdits();
    const QString unitCode = a->unit.code;
    const QString unitName = a->unit.name;
    const int closed = closedRound();
    const int round = closed > 0 ? closed : 1;
    if (closed == 0) {
        const int open = m_model->notAppraisedCount();
        QString text = tr("Exporting the feedback closes round 1 for %1: its points can then only be changed by "
                          "reopening the round with a reason.")
                           .arg(unitName);
        if (open > 0)
            text += QStringLiteral("\n\n") + tr("%n item(s) are not yet appraised.", nullptr, open);
        if (!Dialogs::confirm(this, tr("Close round 1 and export?"), text + QStringLiteral("\n\n") + tr("Continue?")))
            return;
    }
    const QString suggested =
        QFileInfo(m_centre->path())
            .absoluteDir()
            .filePath(QStringLiteral("feedback-%1-%2-round%3.zip").arg(unitCode).arg(year()).arg(round));
    const QString target =
        Dialogs::saveFileName(this, tr("Export the feedback for %1").arg(unitName), suggested, tr("Packages (*.zip)"));
    if (target.isEmpty())
        return;
    const int y = year();
    const QString by = m_appraiser;
    withUnlockedKey(tr("The feedback for %1 is signed with the centre's key. Enter its passphrase.").arg(unitName),
                    [this, y, unitCode, unitName, target, by](const SigningKey& key) {
                        const auto written = m_centre->appraisal().exportFeedback(y, unitCode, key, target, by);
                        if (!written) {
                            m_banner->showMessage(tr("The feedback was not written: %1").arg(written.error()),
                                                  MessageBanner::Kind::Error);
                            return;
                        }
                        m_banner->showMessage(tr("Feedback for %1 (round %2, number %3) written to %4. Send it to "
                                                 "the unit.")
                                                  .arg(unitName)
                                                  .arg(written->round)
                                                  .arg(written->sequence)
                                                  .arg(QDir::toNativeSeparators(written->path)),
                                              MessageBanner::Kind::Information);
                    });
}

void AppraisalPage::exportAllFeedback()
{
    if (!requireAppraiser())
        return;
    commitPendingEdits();
    const QString folder = Dialogs::existingDirectory(this, tr("Export the feedback of every unit into a folder"));
    if (folder.isEmpty())
        return;
    const int y = year();
    const QString by = m_appraiser;
    withUnlockedKey(tr("Every unit whose round is closed gets its feedback, signed with the centre's key. Enter its "
                       "passphrase."),
                    [this, y, folder, by](const SigningKey& key) {
                        QStringList skipped;
                        const auto written = m_centre->appraisal().exportAllFeedback(y, key, folder, by, &skipped);
                        if (!written) {
                            m_banner->showMessage(tr("The feedback was not written: %1").arg(written.error()),
                                                  MessageBanner::Kind::Error);
                            return;
                        }
                        QString text = tr("%n feedback package(s) written to %1.", nullptr, int(written->size()))
                                           .arg(QDir::toNativeSeparators(folder));
                        if (!skipped.isEmpty())
                            text += QLatin1Char(' ') + tr("Not ready: %1.").arg(skipped.join(QStringLiteral(", ")));
                        m_banner->showMessage(text, skipped.isEmpty() ? MessageBanner::Kind::Information
                                                                      : MessageBanner::Kind::Warning);
                    });
}

} // namespace parindex::ui
