#include "ui/centre/AnalysisPage.h"

#include "core/results/Analysis.h"
#include "ui/centre/HeatMapModel.h"
#include "ui/common/Format.h"
#include "ui/common/MessageBanner.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parindex::ui {

AnalysisPage::AnalysisPage(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent)
    : QWidget(parent), m_centre(std::move(centre)), m_banner(banner), m_model(new HeatMapModel(this)),
      m_sorted(new QSortFilterProxyModel(this)), m_yearLabel(new QLabel(this)), m_year(new QComboBox(this)),
      m_groupLabel(new QLabel(this)), m_group(new QComboBox(this)), m_levelLabel(new QLabel(this)),
      m_level(new QComboBox(this)), m_view(new QTableView(this)), m_weakestLabel(new QLabel(this)),
      m_weakest(new QTreeWidget(this)), m_cutLabel(new QLabel(this)), m_cut(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("analysisPage"));
    m_year->setObjectName(QStringLiteral("analysisYear"));
    m_year->setMinimumContentsLength(6);
    m_group->setObjectName(QStringLiteral("analysisGroup"));
    m_level->setObjectName(QStringLiteral("analysisLevel"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(HeatMapModel::SortRole);
    m_view->setObjectName(QStringLiteral("heatMap"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setMouseTracking(true);
    for (QTreeWidget* t : {m_weakest, m_cut}) {
        t->setRootIsDecorated(false);
        t->setWordWrap(true);
    }
    m_weakest->setObjectName(QStringLiteral("weakestCriteria"));
    m_cut->setObjectName(QStringLiteral("mostCut"));

    auto* top = new QHBoxLayout();
    for (QWidget* w :
         {static_cast<QWidget*>(m_yearLabel), static_cast<QWidget*>(m_year), static_cast<QWidget*>(m_groupLabel),
          static_cast<QWidget*>(m_group), static_cast<QWidget*>(m_levelLabel), static_cast<QWidget*>(m_level)})
        top->addWidget(w);
    top->addStretch();
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    sideLayout->addWidget(m_weakestLabel);
    sideLayout->addWidget(m_weakest, 1);
    sideLayout->addWidget(m_cutLabel);
    sideLayout->addWidget(m_cut, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &AnalysisPage::reload);
    connect(m_group, &QComboBox::currentIndexChanged, this, &AnalysisPage::reload);
    connect(m_level, &QComboBox::currentIndexChanged, this, &AnalysisPage::reload);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString unit = index.data(HeatMapModel::UnitCodeRole).toString();
        const QString node = index.data(HeatMapModel::NodeCodeRole).toString();
        if (!unit.isEmpty() && !node.isEmpty())
            emit itemRequested(m_year->currentData().toInt(), unit, node);
    });
    connect(m_centre.get(), &Centre::resultsChanged, this, &AnalysisPage::reloadYears);
    retranslate();
    reloadYears();
}

void AnalysisPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AnalysisPage::retranslate()
{
    m_yearLabel->setText(tr("Year:"));
    m_groupLabel->setText(tr("Group:"));
    m_levelLabel->setText(tr("Show:"));
    const QSignalBlocker blockGroup(m_group);
    const QVariant group = m_group->currentData();
    m_group->clear();
    for (UnitGroup g : UnitGroups::all())
        m_group->addItem(UnitGroups::displayName(g), int(g));
    m_group->setCurrentIndex(qMax(0, m_group->findData(group)));
    const QSignalBlocker blockLevel(m_level);
    const QVariant level = m_level->currentData();
    m_level->clear();
    m_level->addItem(tr("Areas"), int(NodeLevel::Area));
    m_level->addItem(tr("Criteria"), int(NodeLevel::Criterion));
    m_level->setCurrentIndex(qMax(0, m_level->findData(level)));
    m_weakestLabel->setText(tr("<b>Weakest criteria</b> (group average)"));
    m_weakest->setHeaderLabels({tr("Criterion"), tr("Average")});
    m_cutLabel->setText(tr("<b>Items the appraisal cut most</b>"));
    m_cut->setHeaderLabels({tr("Item"), tr("Units"), tr("Points")});
    reload();
}

void AnalysisPage::reloadYears()
{
    const QVariant current = m_year->currentData();
    {
        const QSignalBlocker block(m_year);
        m_year->clear();
        if (const auto years = m_centre->resultYears(); years) {
            for (int y : years.value())
                m_year->addItem(QString::number(y), y);
        }
        m_year->setCurrentIndex(qMax(0, m_year->findData(current)));
    }
    reload();
}

void AnalysisPage::reload()
{
    if (m_year->currentIndex() < 0) {
        m_model->reset({}, UnitGroup::So, NodeLevel::Area);
        return;
    }
    const auto results = m_centre->results(m_year->currentData().toInt());
    if (!results) {
        m_banner->showMessage(results.error(), MessageBanner::Kind::Error);
        return;
    }
    // The group shown is one that has results, if the chosen one has none.
    QList<UnitGroup> present;
    for (const GroupSummary& g : results->groups)
        present.append(g.group);
    UnitGroup group = UnitGroup(m_group->currentData().toInt());
    if (!present.contains(group) && !present.isEmpty()) {
        group = present.first();
        const QSignalBlocker block(m_group);
        m_group->setCurrentIndex(qMax(0, m_group->findData(int(group))));
    }
    m_model->reset(results.value(), group, NodeLevel(m_level->currentData().toInt()));

    const Analysis analysis(results.value());
    m_weakest->clear();
    for (const NodeAnalysis& n : analysis.weakestCriteria(group, 8)) {
        auto* item = new QTreeWidgetItem(
            m_weakest, {n.code + QStringLiteral(" ") + n.title, formatPoints(*n.average, 2) + QStringLiteral("%")});
        item->setToolTip(0, n.title);
        item->setBackground(1, HeatMapModel::colourOf(*n.average));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_cut->clear();
    for (const ItemCut& c : analysis.mostCut(10)) {
        if (c.group != group)
            continue;
        auto* item = new QTreeWidgetItem(
            m_cut, {c.code + QStringLiteral(" ") + c.title, QString::number(c.units), formatPoints(c.points, 2)});
        item->setToolTip(0, c.title);
    }
    for (QTreeWidget* t : {m_weakest, m_cut}) {
        t->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int c = 1; c < t->columnCount(); ++c)
            t->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
}

} // namespace parindex::ui
