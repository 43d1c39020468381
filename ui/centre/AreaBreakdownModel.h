#pragma once

#include "core/results/YearResults.h"

#include <QAbstractTableModel>

namespace parindex::ui {

// The per-area figures of one unit: code, area, max, points and index per area, then the
// bonus, penalty and total rows.
class AreaBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        MaxColumn,
        PointsColumn,
        IndexColumn,
        ColumnCount
    };

    explicit AreaBreakdownModel(QObject* parent = nullptr);

    void setUnit(const UnitYearResult* unit);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        QString code;
        QString title;
        Points max;
        Points points;
        Ratio index;
        bool hasIndex = true;
        bool emphasised = false;
        bool adjustment = false;
    };
    QList<Line> m_lines;
    int m_indexDecimals = 2;
};

} // namespace parindex::ui
