#pragma once

#include "core/results/YearResults.h"

#include <QAbstractTableModel>

namespace parindex::ui {

// A year's results as a table: rank, unit, group, appraised and survey points, total, max, index, its
// change from last year, band, and whether the points are final (until the council approves, a unit's points follow its
// appraisal and may change). The sort role gives numbers as numbers and names in Vietnamese collation.
class ResultsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RankColumn,
        UnitColumn,
        GroupColumn,
        AppraisedColumn,
        SurveyColumn,
        TotalColumn,
        MaxColumn,
        IndexColumn,
        ChangeColumn, // the index's change from last year
        BandColumn,
        FinalColumn, // empty when final; the appraisal's stage while the council has not approved
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int UnitCodeRole = Qt::UserRole + 2;

    explicit ResultsTableModel(QObject* parent = nullptr);

    void setResults(YearResults results);
    const YearResults& results() const { return m_results; }
    const UnitYearResult* unitAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    YearResults m_results;
};

} // namespace parindex::ui
