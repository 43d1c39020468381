#include "ui/centre/HeatMapModel.h"

#include "core/common/Text.h"
#include "ui/common/Format.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace parindex::ui {

HeatMapModel::HeatMapModel(QObject* parent) : QAbstractTableModel(parent) {}

void HeatMapModel::reset(const YearResults& results, UnitGroup group, NodeLevel level)
{
    beginResetModel();
    m_nodes.clear();
    m_rows.clear();
    for (const NodeAnalysis& n : Analysis(results).nodes(level)) {
        if (n.group == group)
            m_nodes.append(n);
    }
    for (const UnitYearResult& u : results.units) {
        if (u.row.group != group || !u.evaluation)
            continue;
        Row row{u.row.unitCode, u.row.unitName, u.row.rank, {}};
        for (const NodeAnalysis& n : m_nodes) {
            const auto it = n.byUnit.constFind(u.row.unitCode);
            row.values.append(it != n.byUnit.cend() && it->isDefined() ? std::optional(it->percent(2)) : std::nullopt);
        }
        m_rows.append(row);
    }
    if (!m_rows.isEmpty()) {
        Row average{QString(), tr("Group average"), 0, {}};
        for (const NodeAnalysis& n : m_nodes)
            average.values.append(n.average);
        m_rows.append(average);
    }
    endResetModel();
}

QColor HeatMapModel::colourOf(Points percent)
{
    // 50 % and below red, 75 % amber, 100 % green, blended between.
    const double t = qBound(0.0, (double(percent.thousandths()) / 1000.0 - 50.0) / 50.0, 1.0);
    const QColor red(0xef, 0x9a, 0x9a);
    const QColor amber(0xff, 0xe0, 0x82);
    const QColor green(0xa5, 0xd6, 0xa7);
    auto mix = [](const QColor& a, const QColor& b, double f) {
        return QColor(int(a.red() + (b.red() - a.red()) * f), int(a.green() + (b.green() - a.green()) * f),
                      int(a.blue() + (b.blue() - a.blue()) * f));
    };
    return t < 0.5 ? mix(red, amber, t * 2) : mix(amber, green, (t - 0.5) * 2);
}

int HeatMapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeatMapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size()) + 1;
}

QVariant HeatMapModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const bool average = row.code.isEmpty();
    if (role == UnitCodeRole)
        return row.code;
    if (role == Qt::FontRole && average) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return row.rank > 0 ? QStringLiteral("%1. %2").arg(row.rank).arg(safeForDisplay(row.name))
                                : safeForDisplay(row.name);
        case SortRole:
            // The average stays last whichever way the column is sorted.
            return average ? 1000000 : (row.rank > 0 ? row.rank : 999999);
        default:
            return {};
        }
    }
    const NodeAnalysis& node = m_nodes.at(index.column() - 1);
    const std::optional<Points> value = row.values.value(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return value ? formatPoints(*value, 2) : QStringLiteral("—");
    case SortRole:
        return value ? value->thousandths() : -1;
    case NodeCodeRole:
        return node.code;
    case Qt::BackgroundRole:
        return value ? QBrush(colourOf(*value)) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return value ? tr("%1\n%2 %3\nIndex %4%")
                           .arg(safeForDisplay(row.name), node.code, node.title, formatPoints(*value, 2))
                     : tr("%1\n%2 %3\nNot scored").arg(safeForDisplay(row.name), node.code, node.title);
    default:
        return {};
    }
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Unit")) : QVariant();
    const NodeAnalysis& node = m_nodes.value(section - 1);
    if (role == Qt::DisplayRole)
        return node.code;
    if (role == Qt::ToolTipRole)
        return tr("%1 %2 (max %3)").arg(node.code, node.title, formatPoints(node.max));
    return {};
}

} // namespace parindex::ui
