#include "ui/centre/ResultsSortProxy.h"

#include "core/common/Text.h"
#include "ui/centre/ResultsTableModel.h"

namespace parindex::ui {

ResultsSortProxy::ResultsSortProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ResultsTableModel::SortRole);
}

bool ResultsSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return compareVietnamese(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace parindex::ui
