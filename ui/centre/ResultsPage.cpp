#include "ui/centre/ResultsPage.h"

#include "core/common/Text.h"
#include "ui/centre/AreaBreakdownModel.h"
#include "ui/centre/ResultsSortProxy.h"
#include "ui/centre/ResultsTableModel.h"
#include "ui/common/Format.h"
#include "ui/common/MessageBanner.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace parindex::ui {

namespace {
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

ResultsPage::ResultsPage(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent)
    : QWidget(parent), m_centre(std::move(centre)), m_banner(banner), m_results(new ResultsTableModel(this)),
      m_sorted(new ResultsSortProxy(this)), m_breakdown(new AreaBreakdownModel(this)), m_yearLabel(new QLabel(this)),
      m_year(new QComboBox(this)), m_groupLabel(new QLabel(this)), m_group(new QComboBox(this))
{
    setObjectName(QStringLiteral("resultsPage"));
    m_sorted->setSourceModel(m_results);
    m_year->setObjectName(QStringLiteral("yearCombo"));
    m_year->setMinimumContentsLength(6);
    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* filters = new QHBoxLayout();
    filters->addWidget(m_yearLabel);
    filters->addWidget(m_year);
    filters->addSpacing(12);
    filters->addWidget(m_groupLabel);
    filters->addWidget(m_group);
    filters->addStretch();

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("resultsSplitter"));
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
    m_groupAverage->setWordWrap(true);
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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &ResultsPage::reloadResults);
    connect(m_group, &QComboBox::currentIndexChanged, this, &ResultsPage::reloadResults);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResultsPage::showSelectedUnit);
    connect(m_centre.get(), &Centre::resultsChanged, this, &ResultsPage::reloadYears);
    connect(m_centre.get(), &Centre::unitsChanged, this, &ResultsPage::reloadResults);
    retranslate();
    reloadYears();
}

bool ResultsPage::hasResults() const
{
    return m_year->count() > 0;
}

int ResultsPage::year() const
{
    return m_year->currentIndex() >= 0 ? m_year->currentData().toInt() : 0;
}

QString ResultsPage::selectedUnit() const
{
    return m_resultsView->currentIndex().data(ResultsTableModel::UnitCodeRole).toString();
}

void ResultsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResultsPage::retranslate()
{
    m_yearLabel->setText(tr("Year:"));
    m_groupLabel->setText(tr("Group:"));
    const QVariant group = m_group->currentData();
    {
        const QSignalBlocker block(m_group);
        m_group->clear();
        m_group->addItem(tr("All groups"), QString());
        for (UnitGroup g : UnitGroups::all())
            m_group->addItem(UnitGroups::displayName(g), UnitGroups::code(g));
        m_group->setCurrentIndex(qMax(0, m_group->findData(group)));
    }
    reloadResults();
}

void ResultsPage::reloadYears()
{
    const QVariant current = m_year->currentData();
    {
        const QSignalBlocker block(m_year);
        m_year->clear();
        const auto years = m_centre->resultYears();
        if (!years)
            m_banner->showMessage(years.error(), MessageBanner::Kind::Error);
        for (int year : years ? years.value() : QList<int>())
            m_year->addItem(QString::number(year), year);
        m_year->setCurrentIndex(qMax(0, m_year->findData(current)));
    }
    reloadResults();
}

void ResultsPage::reloadResults()
{
    if (m_year->currentIndex() < 0) {
        m_results->setResults({});
        m_breakdown->setUnit(nullptr);
        m_groupAverage->clear();
        m_unitHeading->setText(tr("No results yet."));
        m_unitSummary->setText(tr("Import the units' packages in the Inbox, or earlier years' results with "
                                  "parindex-cli import-results."));
        return;
    }
    const int year = m_year->currentData().toInt();
    std::optional<UnitGroup> group;
    if (const QString code = m_group->currentData().toString(); !code.isEmpty())
        group = UnitGroups::parse(code);
    auto results = m_centre->results(year, group);
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
    QString averageText = averages.join(QStringLiteral("   ·   "));
    int notFinal = 0;
    for (const UnitYearResult& u : m_results->results().units)
        notFinal += u.provisional ? 1 : 0;
    if (notFinal > 0)
        averageText += QStringLiteral("<br/>") +
                       tr("<b>Not final:</b> %n unit(s) follow their appraisal, which the council has not approved "
                          "yet; their points and ranks may still change.",
                          nullptr, notFinal);
    m_groupAverage->setText(averageText);

    int row = 0;
    for (int r = 0; r < m_sorted->rowCount(); ++r) {
        if (m_sorted->index(r, 0).data(ResultsTableModel::UnitCodeRole).toString() == selected)
            row = r;
    }
    if (m_sorted->rowCount() > 0)
        m_resultsView->setCurrentIndex(m_sorted->index(row, ResultsTableModel::UnitColumn));
    showSelectedUnit();
}

void ResultsPage::showSelectedUnit()
{
    const QModelIndex current = m_sorted->mapToSource(m_resultsView->currentIndex());
    const UnitYearResult* unit = m_results->unitAt(current.row());
    m_breakdown->setUnit(unit);
    if (!unit) {
        m_unitHeading->setText(tr("No results for this year and group."));
        m_unitSummary->clear();
        return;
    }
    const ResultRow& r = unit->row;
    m_unitHeading->setText(safeForDisplay(r.unitName));
    QStringList parts;
    parts << (r.rank > 0 ? tr("Rank %1 in %2").arg(r.rank).arg(UnitGroups::shortName(r.group))
                         : tr("Not ranked (%1)").arg(UnitGroups::shortName(r.group)));
    parts << tr("Total %1 of %2 points").arg(formatPoints(r.total, 2), formatPoints(r.max));
    parts << tr("Index %1%").arg(formatPoints(r.publishedIndex(), r.indexDecimals));
    if (!r.band.isEmpty())
        parts << r.band;
    if (unit->provisional)
        parts << tr("not final (%1)").arg(AppraisalTerms::name(*unit->provisional));
    m_unitSummary->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace parindex::ui
