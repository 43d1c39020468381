#include "ui/centre/ResultsTableModel.h"

#include "core/common/Text.h"
#include "ui/common/Format.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <limits>

namespace parindex::ui {

namespace {
// The published index's change from last year's, when last year is known.
std::optional<Points> change(const ResultRow& r)
{
    return r.previousIndex ? std::optional(r.publishedIndex() - *r.previousIndex) : std::nullopt;
}
} // namespace

ResultsTableModel::ResultsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ResultsTableModel::setResults(YearResults results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

const UnitYearResult* ResultsTableModel::unitAt(int row) const
{
    return row >= 0 && row < m_results.units.size() ? &m_results.units.at(row) : nullptr;
}

int ResultsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.units.size());
}

int ResultsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsTableModel::data(const QModelIndex& index, int role) const
{
    const UnitYearResult* u = unitAt(index.row());
    if (!u || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const ResultRow& r = u->row;
    if (role == UnitCodeRole)
        return r.unitCode;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RankColumn:
            return r.rank > 0 ? QString::number(r.rank) : tr("not ranked");
        case UnitColumn:
            return safeForDisplay(r.unitName);
        case GroupColumn:
            return UnitGroups::shortName(r.group);
        case AppraisedColumn:
            return formatPoints(r.appraised, 2);
        case SurveyColumn:
            return u->awaitingSurvey ? tr("awaiting") : formatPoints(r.survey, 2);
        case ChangeColumn:
            return change(r) ? (change(r)->isNegative() ? QString() : QStringLiteral("+")) + formatPoints(*change(r), 2)
                             : QString();
        case TotalColumn:
            return formatPoints(r.total, 2);
        case MaxColumn:
            return formatPoints(r.max);
        case IndexColumn:
            return formatPoints(r.publishedIndex(), r.indexDecimals);
        case BandColumn:
            return r.band;
        case FinalColumn:
            return u->provisional ? tr("not yet") : QString();
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case RankColumn:
            // Ranks only mean something within a group: group first, unranked units last in it.
            return int(r.group) * 1000000 + (r.rank > 0 ? r.rank : 999999);
        case UnitColumn:
            return r.unitName;
        case GroupColumn:
            return int(r.group);
        case AppraisedColumn:
            return r.appraised.thousandths();
        case SurveyColumn:
            return r.survey.thousandths();
        case ChangeColumn:
            return change(r) ? change(r)->thousandths() : std::numeric_limits<qint64>::min();
        case TotalColumn:
            return r.total.thousandths();
        case MaxColumn:
            return r.max.thousandths();
        case IndexColumn:
            return r.index().percent(3).thousandths();
        case BandColumn:
            return r.band;
        case FinalColumn:
            return u->provisional ? int(*u->provisional) : 100;
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == UnitColumn || index.column() == GroupColumn || index.column() == BandColumn ||
            index.column() == FinalColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && index.column() == ChangeColumn && change(r))
        return QBrush(change(r)->isNegative() ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x1b, 0x5e, 0x20));
    if (role == Qt::ForegroundRole && index.column() == SurveyColumn && u->awaitingSurvey)
        return QBrush(QColor(0x9e, 0x5d, 0x00));
    if (role == Qt::ToolTipRole && index.column() == ChangeColumn && r.previousIndex)
        return r.previousRank > 0
                   ? tr("Last year: index %1%, rank %2").arg(formatPoints(*r.previousIndex, 2)).arg(r.previousRank)
                   : tr("Last year: index %1%").arg(formatPoints(*r.previousIndex, 2));
    if (role == Qt::ToolTipRole && index.column() == SurveyColumn && u->awaitingSurvey)
        return tr("The year's survey has no points for this unit yet (Survey tab).");
    if (role == Qt::ForegroundRole && index.column() == FinalColumn)
        return QBrush(QColor(0x9e, 0x5d, 0x00));
    if (role == Qt::ForegroundRole && r.rank == 0)
        return QBrush(QColor(0x75, 0x75, 0x75));
    if (role == Qt::FontRole && index.column() == IndexColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == FinalColumn && u->provisional)
        return tr("Not final: the appraisal is at \"%1\" and the council has not approved the year.")
            .arg(AppraisalTerms::name(*u->provisional));
    if (role == Qt::ToolTipRole && index.column() == UnitColumn)
        return QStringLiteral("%1 (%2)").arg(safeForDisplay(r.unitName), r.unitCode);
    return {};
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case UnitColumn:
        return tr("Unit");
    case GroupColumn:
        return tr("Group");
    case AppraisedColumn:
        return tr("Appraised");
    case SurveyColumn:
        return tr("Survey");
    case ChangeColumn:
        return tr("± last year");
    case TotalColumn:
        return tr("Total points");
    case MaxColumn:
        return tr("Max");
    case IndexColumn:
        return tr("Index (%)");
    case BandColumn:
        return tr("Band");
    case FinalColumn:
        return tr("Final");
    }
    return {};
}

} // namespace parindex::ui
