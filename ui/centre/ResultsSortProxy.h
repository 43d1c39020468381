#pragma once

#include <QSortFilterProxyModel>

namespace parindex::ui {

// Sorts by the source's SortRole: numbers numerically, text in Vietnamese collation.
class ResultsSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ResultsSortProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace parindex::ui
