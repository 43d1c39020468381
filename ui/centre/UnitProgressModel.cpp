#include "ui/centre/UnitProgressModel.h"

#include "core/common/Text.h"
#include "ui/common/Format.h"

#include <QBrush>
#include <QColor>

namespace parindex::ui {

UnitProgressModel::UnitProgressModel(QObject* parent) : QAbstractTableModel(parent) {}

int UnitProgressModel::currentRound(AppraisalStage stage)
{
    return stage >= AppraisalStage::ResponseReceived ? 2 : 1;
}

void UnitProgressModel::setProgress(const QList<UnitProgress>& progress)
{
    bool sameUnits = progress.size() == m_rows.size();
    for (int i = 0; sameUnits && i < progress.size(); ++i)
        sameUnits = progress.at(i).unit.code == m_rows.at(i).unit.code;
    if (!sameUnits) {
        beginResetModel();
        m_rows = progress;
        endResetModel();
        return;
    }
    m_rows = progress;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const UnitProgress* UnitProgressModel::unitAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int UnitProgressModel::rowOf(const QString& unitCode) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).unit.code == unitCode)
            return i;
    }
    return -1;
}

int UnitProgressModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnitProgressModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitProgressModel::data(const QModelIndex& index, int role) const
{
    const UnitProgress* p = unitAt(index.row());
    if (!p)
        return {};
    const int round = currentRound(p->stage);
    const int done = round == 2 ? p->round2Done : p->round1Done;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UnitColumn:
            return safeForDisplay(p->unit.name);
        case StageColumn:
            return AppraisalTerms::name(p->stage);
        case ProgressColumn:
            if (p->stage == AppraisalStage::NotReceived || p->items == 0)
                return QString();
            return tr("R%1: %2/%3").arg(round).arg(done).arg(p->items);
        case RequestsColumn:
            if (p->requested == 0)
                return p->stage >= AppraisalStage::FeedbackSent ? QStringLiteral("0") : QString();
            return tr("%1/%2").arg(p->answered).arg(p->requested);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case UnitColumn:
            return safeForDisplay(p->unit.name);
        case StageColumn:
            return int(p->stage);
        case ProgressColumn:
            return p->items > 0 ? double(round) + double(done) / double(p->items) : 0.0;
        case RequestsColumn:
            return p->requested * 10000 + p->answered;
        }
        return {};
    case UnitCodeRole:
        return p->unit.code;
    case SearchRole:
        return searchKey(p->unit.name) + QLatin1Char(' ') + searchKey(p->unit.code);
    case Qt::ToolTipRole: {
        QStringList lines{safeForDisplay(p->unit.name) + QStringLiteral(" (") + p->unit.code + QLatin1Char(')'),
                          AppraisalTerms::name(p->stage)};
        if (p->sequence > 0)
            lines << tr("Version %1 in force").arg(p->sequence);
        if (p->items > 0) {
            lines << tr("Round 1: %1 of %2 items appraised").arg(p->round1Done).arg(p->items);
            if (p->stage >= AppraisalStage::ResponseReceived)
                lines << tr("Round 2: %1 of %2 items appraised").arg(p->round2Done).arg(p->items);
        }
        if (p->requested > 0)
            lines << tr("%1 item(s) requested, %2 answered").arg(p->requested).arg(p->answered);
        if (p->selfTotal)
            lines << tr("Self-assessed: %1 points").arg(formatPoints(*p->selfTotal, 2));
        if (p->finalTotal)
            lines << tr("Appraised: %1 points").arg(formatPoints(*p->finalTotal, 2));
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        return index.column() == ProgressColumn || index.column() == RequestsColumn
                   ? int(Qt::AlignRight | Qt::AlignVCenter)
                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == StageColumn) {
            switch (p->stage) {
            case AppraisalStage::NotReceived:
                return QBrush(QColor(0x75, 0x75, 0x75));
            case AppraisalStage::Received:
            case AppraisalStage::ResponseReceived:
                return QBrush(QColor(0x9e, 0x5d, 0x00)); // waiting for the working group
            case AppraisalStage::Appraised:
            case AppraisalStage::Approved:
                return QBrush(QColor(0x2e, 0x7d, 0x32));
            default:
                return {};
            }
        }
        if (index.column() == ProgressColumn && p->items > 0 && done == p->items)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        if (index.column() == RequestsColumn && p->requested > p->answered)
            return QBrush(QColor(0x9e, 0x5d, 0x00));
        return {};
    }
    return {};
}

QVariant UnitProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ProgressColumn:
            return tr("Items appraised in the unit's current round (R1, R2), of the items it scores");
        case RequestsColumn:
            return tr("Requested items the unit has answered, of those requested");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case StageColumn:
        return tr("Stage");
    case ProgressColumn:
        return tr("Progress");
    case RequestsColumn:
        return tr("Requests");
    }
    return {};
}

UnitProgressProxy::UnitProgressProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(UnitProgressModel::SortRole);
    setDynamicSortFilter(true);
}

void UnitProgressProxy::setSearch(const QString& text)
{
    m_search = searchKey(text);
    invalidateRowsFilter();
}

bool UnitProgressProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return compareVietnamese(a.toString(), b.toString()) < 0;
    const auto order = QVariant::compare(a, b);
    if (order != QPartialOrdering::Equivalent)
        return order == QPartialOrdering::Less;
    // Ties in name order, so the list never jumps around.
    return compareVietnamese(left.siblingAtColumn(UnitProgressModel::UnitColumn).data().toString(),
                             right.siblingAtColumn(UnitProgressModel::UnitColumn).data().toString()) < 0;
}

bool UnitProgressProxy::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    if (m_search.isEmpty())
        return true;
    return sourceModel()->index(row, 0, parent).data(UnitProgressModel::SearchRole).toString().contains(m_search);
}

} // namespace parindex::ui
