#include "ui/unit/AssessmentTreeModel.h"

#include "core/common/Text.h"
#include "ui/common/Format.h"
#include "ui/common/InputText.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

namespace parindex::ui {

AssessmentTreeModel::AssessmentTreeModel(std::shared_ptr<UnitAssessment> assessment, QObject* parent)
    : QAbstractItemModel(parent), m_assessment(std::move(assessment))
{
    add(nullptr, QString(), QString(), -1);
    const CriteriaSet& set = m_assessment->set();
    for (const CriteriaNode& area : set.areas)
        addTree(area, 0);
    const std::pair<const Adjustment*, QString> sections[] = {{&set.bonus, tr("Bonus points")},
                                                              {&set.penalty, tr("Penalty points")}};
    for (const auto& [section, title] : sections) {
        if (section->items.isEmpty())
            continue;
        const int group = add(nullptr, QString(), tr("%1 (at most %2)").arg(title, formatPoints(section->cap)), 0);
        m_entries[group].section = section == &set.bonus ? 1 : 2;
        for (const CriteriaNode& item : section->items)
            addTree(item, group);
    }
    countLeaves(0);
    connect(m_assessment.get(), &UnitAssessment::itemChanged, this, &AssessmentTreeModel::itemChanged);
    connect(m_assessment.get(), &UnitAssessment::evidenceChanged, this, &AssessmentTreeModel::evidenceChanged);
    connect(m_assessment.get(), &UnitAssessment::feedbackChanged, this, &AssessmentTreeModel::feedbackChanged);
}

int AssessmentTreeModel::add(const CriteriaNode* node, const QString& code, const QString& title, int parent)
{
    Entry e;
    e.node = node;
    e.code = code;
    e.title = title;
    e.parent = parent;
    const int id = int(m_entries.size());
    if (parent >= 0) {
        e.row = int(m_entries[parent].children.size());
        m_entries[parent].children.append(id);
    }
    m_entries.append(e);
    if (!code.isEmpty())
        m_byCode.insert(code, id);
    return id;
}

void AssessmentTreeModel::addTree(const CriteriaNode& node, int parent)
{
    const int id = add(&node, node.code, node.title, parent);
    for (const CriteriaNode& child : node.children)
        addTree(child, id);
}

void AssessmentTreeModel::countLeaves(int id)
{
    Entry& e = m_entries[id];
    if (e.node && e.node->isLeaf()) {
        (e.node->isSurvey() ? e.surveyLeaves : e.selfLeaves) = 1;
        return;
    }
    for (int child : e.children) {
        countLeaves(child);
        e.selfLeaves += m_entries.at(child).selfLeaves;
        e.surveyLeaves += m_entries.at(child).surveyLeaves;
    }
}

QModelIndex AssessmentTreeModel::indexForCode(const QString& code) const
{
    const int id = m_byCode.value(code, -1);
    return id < 0 ? QModelIndex() : createIndex(m_entries.at(id).row, 0, quintptr(id));
}

QModelIndex AssessmentTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const int p = parent.isValid() ? int(parent.internalId()) : 0;
    if (column < 0 || column >= ColumnCount || row < 0 || row >= m_entries.at(p).children.size())
        return {};
    return createIndex(row, column, quintptr(m_entries.at(p).children.at(row)));
}

QModelIndex AssessmentTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int p = m_entries.at(int(child.internalId())).parent;
    if (p <= 0)
        return {};
    return createIndex(m_entries.at(p).row, 0, quintptr(p));
}

int AssessmentTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_entries.at(parent.isValid() ? int(parent.internalId()) : 0).children.size());
}

int AssessmentTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString AssessmentTreeModel::statusText(ItemStatus s)
{
    switch (s) {
    case ItemStatus::NotScored:
        return tr("not scored");
    case ItemStatus::Scored:
        return tr("scored");
    case ItemStatus::NotApplicable:
        return tr("not applicable");
    case ItemStatus::NotApplicableWithoutReason:
        return tr("reason missing");
    case ItemStatus::NeedsEvidence:
        return tr("needs evidence");
    case ItemStatus::ExplainedWithoutEvidence:
        return tr("explained, no evidence");
    case ItemStatus::Invalid:
        return tr("invalid value");
    case ItemStatus::Survey:
        return tr("by survey");
    case ItemStatus::Group:
        return QString();
    }
    return QString();
}

QVariant AssessmentTreeModel::display(const Entry& e, int column) const
{
    const NodeResult* r = e.code.isEmpty() ? nullptr : m_assessment->evaluation().node(e.code);
    switch (column) {
    case CodeColumn:
        return e.code;
    case TitleColumn:
        return e.title;
    case MaxColumn:
        return e.node ? formatPoints(e.node->max) : QString();
    case PointsColumn: {
        if (!e.node) {
            const Evaluation& ev = m_assessment->evaluation();
            return e.section == 0 ? QString() : formatPoints(e.section == 1 ? ev.bonus : ev.penalty, 2);
        }
        if (!r)
            return QString();
        if (!e.node->isLeaf())
            return formatPoints(r->achieved, 2);
        switch (r->item.state) {
        case ItemScore::State::Scored:
            return formatPoints(r->achieved);
        case ItemScore::State::NotApplicable:
            return QStringLiteral("—");
        default:
            return QString();
        }
    }
    case StatusColumn:
        if (e.node && !e.node->isLeaf() && r && e.selfLeaves == 0)
            return statusText(ItemStatus::Survey);
        if (e.node && !e.node->isLeaf() && r) {
            // Survey leaves stay unscored in a unit's file; they are not the unit's to score.
            const int open = qMax(0, r->unscored - e.surveyLeaves);
            return tr("%1 of %2 scored").arg(e.selfLeaves - qMin(open, e.selfLeaves)).arg(e.selfLeaves);
        }
        return e.node ? statusText(statusOf(e.code)) : QString();
    case Round1Column:
    case Round2Column:
    case CommentColumn:
        return appraised(e, column);
    }
    return {};
}

QVariant AssessmentTreeModel::appraised(const Entry& e, int column) const
{
    const auto& feedback = m_assessment->feedback();
    if (!feedback)
        return QString();
    if (!e.node) {
        // The totals beside the unit's own, on the top rows of bonus and penalty stay empty.
        return QString();
    }
    if (!e.node->isLeaf()) {
        if (column == CommentColumn)
            return QString();
        // The sum of the appraised leaves below, where the round appraised any.
        Points sum;
        bool any = false;
        QList<const CriteriaNode*> stack{e.node};
        while (!stack.isEmpty()) {
            const CriteriaNode* n = stack.takeLast();
            if (!n->isLeaf()) {
                for (const CriteriaNode& c : n->children)
                    stack.append(&c);
                continue;
            }
            if (const package::FeedbackItem* item = feedback->item(n->code)) {
                const auto& p = column == Round1Column ? item->round1Points : item->round2Points;
                if (p) {
                    sum += *p;
                    any = true;
                }
            }
        }
        return any ? formatPoints(sum, 2) : QString();
    }
    const package::FeedbackItem* item = feedback->item(e.code);
    if (!item)
        return QString();
    switch (column) {
    case Round1Column:
        return item->round1 ? InputText::points(item->round1Points, QStringLiteral("0")) : QString();
    case Round2Column:
        return item->round2 ? InputText::points(item->round2Points, QStringLiteral("0")) : QString();
    case CommentColumn:
        return safeForDisplay(item->round2Comment.isEmpty() ? item->round1Comment : item->round2Comment).simplified();
    }
    return QString();
}

QVariant AssessmentTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Entry& e = m_entries.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return e.title;
        if (index.column() == CommentColumn || (index.column() == CodeColumn && m_assessment->isRequested(e.code))) {
            const package::FeedbackItem* item = m_assessment->feedbackFor(e.code);
            if (!item)
                return {};
            QStringList lines;
            if (item->request == RequestKind::Explanation)
                lines << tr("Sở Nội vụ asks for an explanation.");
            else if (item->request == RequestKind::Evidence)
                lines << tr("Sở Nội vụ asks for evidence.");
            for (const QString& c : {item->round1Comment, item->round2Comment}) {
                if (!c.isEmpty())
                    lines << safeForDisplay(c);
            }
            return lines.join(u'\n');
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == CodeColumn && e.node && e.node->isLeaf() && m_assessment->isRequested(e.code))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::BackgroundRole:
        if (e.node && e.node->isLeaf() && m_assessment->isRequested(e.code))
            return QBrush(QColor(0xff, 0xe0, 0xb2));
        return {};
    case RequestedRole:
        return e.node && e.node->isLeaf() && m_assessment->isRequested(e.code);
    case CodeRole:
        return e.code;
    case IsLeafRole:
        return e.node && e.node->isLeaf();
    case StatusRole:
        return int(e.node ? statusOf(e.code) : ItemStatus::Group);
    case Qt::TextAlignmentRole:
        return index.column() == MaxColumn || index.column() == PointsColumn || index.column() == Round1Column ||
                       index.column() == Round2Column
                   ? int(Qt::AlignRight | Qt::AlignVCenter)
                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (!e.node || e.node->level == NodeLevel::Area) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && e.node && e.node->isLeaf()) {
            switch (statusOf(e.code)) {
            case ItemStatus::NotScored:
            case ItemStatus::ExplainedWithoutEvidence:
                return QBrush(QColor(0x9e, 0x5d, 0x00));
            case ItemStatus::NeedsEvidence:
            case ItemStatus::NotApplicableWithoutReason:
            case ItemStatus::Invalid:
                return QBrush(QColor(0xc6, 0x28, 0x28));
            case ItemStatus::Scored:
                return QBrush(QColor(0x2e, 0x7d, 0x32));
            default:
                return QBrush(QColor(0x61, 0x61, 0x61));
            }
        }
        return {};
    }
    return {};
}

QVariant AssessmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Content");
    case MaxColumn:
        return tr("Max");
    case PointsColumn:
        return tr("Self score");
    case StatusColumn:
        return tr("Status");
    case Round1Column:
        return tr("Round 1");
    case Round2Column:
        return tr("Round 2 (final)");
    case CommentColumn:
        return tr("Sở Nội vụ's comment");
    }
    return {};
}

void AssessmentTreeModel::itemChanged(const QString& code)
{
    int id = m_byCode.value(code, -1);
    // The item, its ancestors and the bonus/penalty group rows whose sums may move.
    while (id > 0) {
        const Entry& e = m_entries.at(id);
        emit dataChanged(createIndex(e.row, PointsColumn, quintptr(id)),
                         createIndex(e.row, StatusColumn, quintptr(id)));
        id = e.parent;
    }
    for (int top : m_entries.at(0).children) {
        if (!m_entries.at(top).node)
            emit dataChanged(createIndex(m_entries.at(top).row, PointsColumn, quintptr(top)),
                             createIndex(m_entries.at(top).row, StatusColumn, quintptr(top)));
    }
}

void AssessmentTreeModel::feedbackChanged()
{
    // Every row may change (its points, colour and flags): one signal per group of siblings.
    for (int id = 0; id < m_entries.size(); ++id) {
        const QList<int>& children = m_entries.at(id).children;
        if (!children.isEmpty())
            emit dataChanged(createIndex(0, 0, quintptr(children.first())),
                             createIndex(int(children.size()) - 1, ColumnCount - 1, quintptr(children.last())));
    }
}

void AssessmentTreeModel::evidenceChanged()
{
    for (int id = 1; id < m_entries.size(); ++id) {
        const Entry& e = m_entries.at(id);
        if (e.node && e.node->isLeaf())
            emit dataChanged(createIndex(e.row, StatusColumn, quintptr(id)),
                             createIndex(e.row, StatusColumn, quintptr(id)));
    }
}

} // namespace parindex::ui
