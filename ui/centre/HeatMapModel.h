#pragma once

#include "core/results/Analysis.h"

#include <QAbstractTableModel>

namespace parindex::ui {

// Units × areas (or criteria) of one group, each cell the unit's index on the node, coloured from
// red (low) to green (high); the last row is the group average. The sort role gives numbers.
class HeatMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int UnitCodeRole = Qt::UserRole + 2;
    static constexpr int NodeCodeRole = Qt::UserRole + 3;

    explicit HeatMapModel(QObject* parent = nullptr);

    void reset(const YearResults& results, UnitGroup group, NodeLevel level);
    // The colour of an index (percent) on the red–amber–green scale.
    static QColor colourOf(Points percent);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString code;
        QString name;
        int rank = 0;
        QList<std::optional<Points>> values;
    };
    QList<NodeAnalysis> m_nodes;
    QList<Row> m_rows;
};

} // namespace parindex::ui
