#pragma once

#include "core/centre/Appraisal.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace parindex::ui {

// The appraisal overview of a year: every unit with its stage and how far the working group has
// got (items appraised in each round, requests and answers). The sort role gives stages in their
// order, progress as a fraction and names in Vietnamese collation.
class UnitProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UnitColumn,
        StageColumn,
        ProgressColumn, // appraised in the unit's current round, of its items
        RequestsColumn, // answered of requested
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int UnitCodeRole = Qt::UserRole + 2;
    static constexpr int SearchRole = Qt::UserRole + 3;

    explicit UnitProgressModel(QObject* parent = nullptr);

    // Rows that stay keep their place (so a selection survives a refresh).
    void setProgress(const QList<UnitProgress>& progress);
    const UnitProgress* unitAt(int row) const;
    int rowOf(const QString& unitCode) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The round the unit's work is in, for the progress column: 2 once its response is in.
    static int currentRound(AppraisalStage stage);

private:
    QList<UnitProgress> m_rows;
};

// Sorts the overview (Vietnamese names, stages in order) and filters it by a name or code typed
// without diacritics.
class UnitProgressProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UnitProgressProxy(QObject* parent = nullptr);
    void setSearch(const QString& text);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    QString m_search;
};

} // namespace parindex::ui
