#include "ui/centre/AreaBreakdownModel.h"

#include "ui/common/Format.h"

#include <QFont>

namespace parindex::ui {

AreaBreakdownModel::AreaBreakdownModel(QObject* parent) : QAbstractTableModel(parent) {}

void AreaBreakdownModel::setUnit(const UnitYearResult* unit)
{
    beginResetModel();
    m_lines.clear();
    if (unit && unit->set && unit->evaluation) {
        const CriteriaSet& set = *unit->set;
        const Evaluation& e = *unit->evaluation;
        m_indexDecimals = set.indexDecimals;
        for (const CriteriaNode& area : set.areas) {
            const NodeResult* r = e.node(area.code);
            if (!r)
                continue;
            m_lines.append({area.code, area.title, r->possible, r->achieved, r->index(), true, false, false});
        }
        if (!set.bonus.items.isEmpty())
            m_lines.append({QString(), tr("Bonus points (capped at %1)").arg(formatPoints(set.bonus.cap)),
                            set.bonus.cap, e.bonus, Ratio(), false, false, true});
        if (!set.penalty.items.isEmpty())
            m_lines.append({QString(), tr("Penalty points (capped at %1)").arg(formatPoints(set.penalty.cap)),
                            set.penalty.cap, -e.penalty, Ratio(), false, false, true});
        m_lines.append({QString(), tr("Total"), e.possible, e.total, e.index(), true, true, false});
    } else if (unit) {
        m_lines.append({QString(), tr("Total (imported result, no breakdown by area)"), unit->row.max, unit->row.total,
                        unit->row.index(), true, true, false});
    }
    endResetModel();
}

int AreaBreakdownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AreaBreakdownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AreaBreakdownModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= m_lines.size())
        return {};
    const Line& l = m_lines.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CodeColumn:
            return l.code;
        case TitleColumn:
            return l.title;
        case MaxColumn:
            return formatPoints(l.max);
        case PointsColumn:
            return formatPoints(l.points, 2);
        case IndexColumn:
            return l.hasIndex && l.index.isDefined() ? formatPoints(l.index.percent(m_indexDecimals), m_indexDecimals)
                                                     : QString();
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= MaxColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                           : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::FontRole && l.emphasised) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return l.title;
    return {};
}

QVariant AreaBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Area");
    case MaxColumn:
        return tr("Max");
    case PointsColumn:
        return tr("Points");
    case IndexColumn:
        return tr("Index (%)");
    }
    return {};
}

} // namespace parindex::ui
