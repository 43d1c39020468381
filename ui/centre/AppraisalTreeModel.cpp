#include "ui/centre/AppraisalTreeModel.h"

#include "core/common/Text.h"
#include "ui/common/Format.h"
#include "ui/common/InputText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>
#include <utility>

namespace parindex::ui {

namespace {
const QColor kRequested(0xff, 0xe0, 0xb2);
const QColor kAnswered(0xc8, 0xe6, 0xc9);
const QColor kChanged(0xe3, 0xf2, 0xfd);
const QColor kDiffers(0xb7, 0x4c, 0x00);
const QColor kMuted(0x75, 0x75, 0x75);
} // namespace

AppraisalTreeModel::AppraisalTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

int AppraisalTreeModel::add(const CriteriaNode* node, const QString& code, const QString& title, int parent)
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

void AppraisalTreeModel::addTree(const CriteriaNode& node, int parent)
{
    const int id = add(&node, node.code, node.title, parent);
    for (const CriteriaNode& child : node.children)
        addTree(child, id);
}

void AppraisalTreeModel::build()
{
    m_entries.clear();
    m_byCode.clear();
    add(nullptr, QString(), QString(), -1);
    if (!m_appraisal || !m_appraisal->set)
        return;
    const CriteriaSet& set = *m_appraisal->set;
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
}

void AppraisalTreeModel::count(int id)
{
    Entry& e = m_entries[id];
    e.leaves = e.round1Done = e.round2Done = 0;
    if (e.node && e.node->isLeaf()) {
        if (const AppraisalItem* i = item(e.code)) {
            e.leaves = 1;
            e.round1Done = i->round1 ? 1 : 0;
            e.round2Done = i->round2 ? 1 : 0;
        }
        return;
    }
    for (int child : e.children) {
        count(child);
        e.leaves += m_entries.at(child).leaves;
        e.round1Done += m_entries.at(child).round1Done;
        e.round2Done += m_entries.at(child).round2Done;
    }
}

namespace {
// Whether a row shows anything different: a round's decision changes its version.
bool sameItem(const AppraisalItem& a, const AppraisalItem& b)
{
    auto version = [](const std::optional<ItemAppraisal>& r) { return r ? r->version : qint64(0); };
    return version(a.round1) == version(b.round1) && version(a.round2) == version(b.round2) &&
           a.selfPoints == b.selfPoints && a.finalPoints == b.finalPoints && a.changed == b.changed &&
           a.requested == b.requested && a.answered == b.answered && a.differs == b.differs;
}
} // namespace

void AppraisalTreeModel::setAppraisal(std::shared_ptr<const UnitAppraisal> appraisal)
{
    // The same unit again (after a change): the rows stay, so do the view's selection and expansion.
    const QString sha = appraisal && appraisal->set ? appraisal->set->sha256 : QString();
    const bool sameRows = m_appraisal && appraisal && sha == m_setSha256 && !sha.isEmpty() &&
                          m_appraisal->unit.code == appraisal->unit.code;
    if (!sameRows)
        beginResetModel();
    const std::shared_ptr<const UnitAppraisal> old = std::exchange(m_appraisal, std::move(appraisal));
    const QHash<QString, int> oldItems = std::exchange(m_items, {});
    m_setSha256 = sha;
    if (m_appraisal) {
        for (int i = 0; i < m_appraisal->items.size(); ++i) {
            if (const CriteriaNode* n = m_appraisal->items.at(i).node)
                m_items.insert(n->code, i);
        }
    }
    if (!sameRows)
        build();
    count(0);
    if (!sameRows) {
        endResetModel();
        return;
    }
    if (old->editableRound != m_appraisal->editableRound || old->stage != m_appraisal->stage) {
        // Another round: every row may read differently. One signal per group of siblings.
        for (int id = 0; id < m_entries.size(); ++id) {
            const QList<int>& children = m_entries.at(id).children;
            if (!children.isEmpty())
                emit dataChanged(createIndex(0, 0, quintptr(children.first())),
                                 createIndex(int(children.size()) - 1, ColumnCount - 1, quintptr(children.last())));
        }
        return;
    }
    // Only the items that changed and the groups above them: each signal costs the view a relayout
    // of its columns.
    QSet<int> rows;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const int before = oldItems.value(it.key(), -1);
        if (before >= 0 && sameItem(old->items.at(before), m_appraisal->items.at(it.value())))
            continue;
        for (int id = m_byCode.value(it.key(), -1); id > 0; id = m_entries.at(id).parent)
            rows.insert(id);
    }
    for (int id : std::as_const(rows)) {
        const Entry& e = m_entries.at(id);
        emit dataChanged(createIndex(e.row, 0, quintptr(id)), createIndex(e.row, ColumnCount - 1, quintptr(id)));
    }
}

const AppraisalItem* AppraisalTreeModel::item(const QString& code) const
{
    const int i = m_items.value(code, -1);
    return i < 0 ? nullptr : &m_appraisal->items.at(i);
}

QModelIndex AppraisalTreeModel::indexForCode(const QString& code) const
{
    const int id = m_byCode.value(code, -1);
    return id < 0 ? QModelIndex() : createIndex(m_entries.at(id).row, 0, quintptr(id));
}

int AppraisalTreeModel::currentRound() const
{
    if (!m_appraisal)
        return 1;
    if (m_appraisal->editableRound > 0)
        return m_appraisal->editableRound;
    return m_appraisal->stage >= AppraisalStage::ResponseReceived ? 2 : 1;
}

bool AppraisalTreeModel::notAppraised(const AppraisalItem& item) const
{
    return currentRound() == 2 ? !item.round2 : !item.round1;
}

int AppraisalTreeModel::notAppraisedCount() const
{
    int n = 0;
    if (m_appraisal) {
        for (const AppraisalItem& i : m_appraisal->items)
            n += notAppraised(i) ? 1 : 0;
    }
    return n;
}

QModelIndex AppraisalTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const int p = parent.isValid() ? int(parent.internalId()) : 0;
    if (m_entries.isEmpty() || column < 0 || column >= ColumnCount || row < 0 || row >= m_entries.at(p).children.size())
        return {};
    return createIndex(row, column, quintptr(m_entries.at(p).children.at(row)));
}

QModelIndex AppraisalTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int p = m_entries.at(int(child.internalId())).parent;
    if (p <= 0)
        return {};
    return createIndex(m_entries.at(p).row, 0, quintptr(p));
}

int AppraisalTreeModel::rowCount(const QModelIndex& parent) const
{
    if (m_entries.isEmpty() || (parent.isValid() && parent.column() != 0))
        return 0;
    return int(m_entries.at(parent.isValid() ? int(parent.internalId()) : 0).children.size());
}

int AppraisalTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString AppraisalTreeModel::flags(const AppraisalItem& item) const
{
    QStringList out;
    if (item.changed)
        out << QStringLiteral("✎");
    if (item.requested)
        out << QStringLiteral("?");
    if (item.answered)
        out << QStringLiteral("✓");
    return out.join(u' ');
}

QString AppraisalTreeModel::flagsTip(const AppraisalItem& item) const
{
    QStringList out;
    if (item.changed)
        out << tr("✎ The unit changed this item since its previous version.");
    if (item.request() == RequestKind::Explanation)
        out << tr("? Round 1 asked for an explanation.");
    else if (item.request() == RequestKind::Evidence)
        out << tr("? Round 1 asked for evidence.");
    if (item.answered)
        out << tr("✓ The unit answered in its response.");
    if (item.differs)
        out << tr("The final points differ from the self-score.");
    return out.join(u'\n');
}

QVariant AppraisalTreeModel::display(const Entry& e, int column) const
{
    const UnitAppraisal& a = *m_appraisal;
    switch (column) {
    case CodeColumn:
        return e.code;
    case TitleColumn:
        return e.title;
    case MaxColumn:
        return e.node ? formatPoints(e.node->max) : QString();
    default:
        break;
    }
    if (!e.node) {
        // The bonus and penalty group rows: the capped sums.
        if (!e.section)
            return QString();
        const bool bonus = e.section == 1;
        switch (column) {
        case SelfColumn:
            return formatPoints(bonus ? a.selfEvaluation.bonus : a.selfEvaluation.penalty, 2);
        case FinalColumn:
            return formatPoints(bonus ? a.finalEvaluation.bonus : a.finalEvaluation.penalty, 2);
        case Round1Column:
            return e.leaves ? QStringLiteral("%1/%2").arg(e.round1Done).arg(e.leaves) : QString();
        case Round2Column:
            return e.leaves && currentRound() == 2 ? QStringLiteral("%1/%2").arg(e.round2Done).arg(e.leaves)
                                                   : QString();
        }
        return QString();
    }
    if (!e.node->isLeaf()) {
        switch (column) {
        case SelfColumn:
            if (const NodeResult* r = a.selfEvaluation.node(e.code))
                return formatPoints(r->achieved, 2);
            return QString();
        case FinalColumn:
            if (const NodeResult* r = a.finalEvaluation.node(e.code))
                return formatPoints(r->achieved, 2);
            return QString();
        case Round1Column:
            return e.leaves ? QStringLiteral("%1/%2").arg(e.round1Done).arg(e.leaves) : QString();
        case Round2Column:
            return e.leaves && currentRound() == 2 ? QStringLiteral("%1/%2").arg(e.round2Done).arg(e.leaves)
                                                   : QString();
        }
        return QString();
    }
    const AppraisalItem* i = item(e.code);
    if (!i)
        return column == FlagsColumn && e.node->isSurvey() ? tr("survey") : QString();
    const bool selfNa = i->self && i->self->input.kind == ItemInput::Kind::NotApplicable;
    switch (column) {
    case SelfColumn:
        return i->selfPoints ? formatPoints(*i->selfPoints) : selfNa ? QStringLiteral("—") : QString();
    case Round1Column:
        if (!i->round1)
            return QString();
        return i->round1Points                                           ? formatPoints(*i->round1Points)
               : i->round1->input.kind == ItemInput::Kind::NotApplicable ? QStringLiteral("—")
                                                                         : QStringLiteral("0");
    case Round2Column:
        if (!i->round2)
            return QString();
        return i->round2Points                                           ? formatPoints(*i->round2Points)
               : i->round2->input.kind == ItemInput::Kind::NotApplicable ? QStringLiteral("—")
                                                                         : QStringLiteral("0");
    case FinalColumn:
        return i->finalPoints             ? formatPoints(*i->finalPoints)
               : (i->round1 || i->round2) ? QStringLiteral("—")
                                          : QString();
    case FlagsColumn:
        return flags(*i);
    }
    return QString();
}

QVariant AppraisalTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_appraisal)
        return {};
    const Entry& e = m_entries.at(int(index.internalId()));
    const AppraisalItem* i = e.node && e.node->isLeaf() ? item(e.code) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return e.title;
        if (i && (index.column() == FlagsColumn || index.column() == FinalColumn))
            return flagsTip(*i);
        return {};
    case CodeRole:
        return e.code;
    case IsLeafRole:
        return e.node && e.node->isLeaf();
    case AppraisableRole:
        return i != nullptr;
    case NotAppraisedRole:
        return i && notAppraised(*i);
    case DiffersRole:
        return i && i->differs;
    case RequestedRole:
        return i && i->requested;
    case AnsweredRole:
        return i && i->answered;
    case ChangedRole:
        return i && i->changed;
    case Qt::TextAlignmentRole:
        return index.column() >= MaxColumn && index.column() <= FinalColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
               : index.column() == FlagsColumn                              ? int(Qt::AlignCenter)
                                                                            : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (!e.node || e.node->level == NodeLevel::Area || (i && index.column() == FinalColumn && i->differs)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (e.node && e.node->isLeaf() && !i)
            return QBrush(kMuted); // scored by the survey
        if (i && index.column() == FinalColumn && i->differs)
            return QBrush(kDiffers);
        if (i && index.column() == FinalColumn && notAppraised(*i))
            return QBrush(kMuted); // provisional until the round appraises it
        return {};
    case Qt::BackgroundRole:
        if (!i)
            return {};
        if (index.column() == FlagsColumn || index.column() == CodeColumn) {
            if (i->requested && !i->answered)
                return QBrush(kRequested);
            if (i->answered)
                return QBrush(kAnswered);
            if (i->changed)
                return QBrush(kChanged);
        }
        return {};
    }
    return {};
}

QVariant AppraisalTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SelfColumn:
            return tr("The unit's own points, as submitted");
        case FinalColumn:
            return tr("Round 2 where given, else round 1, else the unit's own");
        case FlagsColumn:
            return tr("✎ changed by the unit since its previous version · ? explanation or evidence requested · "
                      "✓ answered in the unit's response");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Content");
    case MaxColumn:
        return tr("Max");
    case SelfColumn:
        return tr("Self");
    case Round1Column:
        return tr("Round 1");
    case Round2Column:
        return tr("Round 2");
    case FinalColumn:
        return tr("Final");
    case FlagsColumn:
        return tr("Flags");
    }
    return {};
}

AppraisalFilterProxy::AppraisalFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    // Filtered again when asked (another filter, unit or item), not on every change: an item just
    // appraised stays in view until the appraiser moves on, and a change costs no re-filtering.
    setDynamicSortFilter(false);
}

void AppraisalFilterProxy::refilter()
{
    invalidateRowsFilter();
}

void AppraisalFilterProxy::setMode(Mode mode)
{
    m_mode = mode;
    invalidateRowsFilter();
}

void AppraisalFilterProxy::setSearch(const QString& text)
{
    m_search = searchKey(text);
    invalidateRowsFilter();
}

bool AppraisalFilterProxy::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    if (!index.data(AppraisalTreeModel::IsLeafRole).toBool())
        return m_mode == Mode::All && m_search.isEmpty();
    bool ok = true;
    switch (m_mode) {
    case Mode::All:
        break;
    case Mode::NotAppraised:
        ok = index.data(AppraisalTreeModel::NotAppraisedRole).toBool();
        break;
    case Mode::Differs:
        ok = index.data(AppraisalTreeModel::DiffersRole).toBool();
        break;
    case Mode::Changed:
        ok = index.data(AppraisalTreeModel::ChangedRole).toBool();
        break;
    case Mode::Requested:
        ok = index.data(AppraisalTreeModel::RequestedRole).toBool();
        break;
    case Mode::Answered:
        ok = index.data(AppraisalTreeModel::AnsweredRole).toBool();
        break;
    }
    if (ok && !m_search.isEmpty()) {
        const QString code = index.data(AppraisalTreeModel::CodeRole).toString();
        const QString title = sourceModel()->index(row, AppraisalTreeModel::TitleColumn, parent).data().toString();
        ok = code.startsWith(m_search) || searchKey(title).contains(m_search);
    }
    return ok;
}

} // namespace parindex::ui
