#include "ui/centre/SurveyGridModel.h"

#include "core/common/Text.h"
#include "ui/common/Format.h"

#include <QBrush>
#include <QColor>

namespace parindex::ui {

SurveyGridModel::SurveyGridModel(QObject* parent) : QAbstractTableModel(parent) {}

void SurveyGridModel::reset(const QList<SurveyUnit>& units, const QList<SurveyPoint>& points, bool editable)
{
    beginResetModel();
    m_units = units;
    m_items.clear();
    m_titles.clear();
    m_values = QList<QHash<QString, QString>>(units.size());
    m_editable = editable;
    for (const SurveyUnit& u : units) {
        if (!u.set)
            continue;
        for (const CriteriaNode* leaf : u.set->surveyLeaves()) {
            if (!m_titles.contains(leaf->code)) {
                m_items.append(leaf->code);
                m_titles.insert(leaf->code, leaf->title);
            }
        }
    }
    QHash<QString, qsizetype> row;
    for (qsizetype i = 0; i < units.size(); ++i)
        row.insert(units.at(i).code, i);
    for (const SurveyPoint& p : points) {
        if (const auto r = row.constFind(p.unitCode); r != row.cend())
            m_values[*r].insert(p.item, formatPoints(p.points));
    }
    endResetModel();
    if (m_modified) {
        m_modified = false;
        emit modifiedChanged(false);
    }
}

QList<SurveyPoint> SurveyGridModel::points(QStringList& problems) const
{
    QList<SurveyPoint> out;
    for (qsizetype r = 0; r < m_units.size(); ++r) {
        for (const QString& item : m_items) {
            const QString text = m_values.at(r).value(item).trimmed();
            if (text.isEmpty())
                continue;
            const auto p = Points::parse(text);
            if (!p) {
                problems.append(tr("%1, item %2: \"%3\" is not a number").arg(m_units.at(r).name, item, text));
                continue;
            }
            out.append({m_units.at(r).code, item, *p, 0});
        }
    }
    return out;
}

const CriteriaNode* SurveyGridModel::node(int row, int column) const
{
    if (row < 0 || row >= m_units.size() || column < 1 || column > m_items.size() || !m_units.at(row).set)
        return nullptr;
    const CriteriaNode* n = m_units.at(row).set->find(m_items.at(column - 1));
    return n && n->isSurvey() ? n : nullptr;
}

int SurveyGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int SurveyGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size()) + 1;
}

QVariant SurveyGridModel::data(const QModelIndex& index, int role) const
{
    const int r = index.row();
    if (r < 0 || r >= m_units.size())
        return {};
    const SurveyUnit& u = m_units.at(r);
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == SortRole)
            return safeForDisplay(u.name);
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1 (%2)").arg(safeForDisplay(u.name), u.code);
        return {};
    }
    const CriteriaNode* n = node(r, index.column());
    const QString text = m_values.at(r).value(m_items.value(index.column() - 1));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text;
    case SortRole:
        if (const auto p = Points::parse(text))
            return p->thousandths();
        return -1;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (!n)
            return QBrush(QColor(0xee, 0xee, 0xee));
        if (!text.isEmpty()) {
            const auto p = Points::parse(text);
            if (!p || p->isNegative() || *p > n->max)
                return QBrush(QColor(0xff, 0xcd, 0xd2));
        }
        return {};
    case Qt::ToolTipRole:
        if (!n)
            return tr("Not an item of this unit's criteria set");
        return tr("%1 %2 (max %3)").arg(n->code, n->title, formatPoints(n->max));
    default:
        return {};
    }
}

bool SurveyGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString item = m_items.at(index.column() - 1);
    const QString text = normalized(value.toString());
    if (m_values[index.row()].value(item) == text)
        return false;
    m_values[index.row()].insert(item, text);
    emit dataChanged(index, index);
    if (!m_modified) {
        m_modified = true;
        emit modifiedChanged(true);
    }
    return true;
}

Qt::ItemFlags SurveyGridModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && node(index.row(), index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SurveyGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Unit")) : QVariant();
    const QString item = m_items.value(section - 1);
    if (role == Qt::DisplayRole)
        return item;
    if (role == Qt::ToolTipRole)
        return m_titles.value(item);
    return {};
}

} // namespace parindex::ui
