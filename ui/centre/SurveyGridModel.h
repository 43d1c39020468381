#pragma once

#include "core/importing/SurveyImport.h"

#include <QAbstractTableModel>
#include <QHash>

namespace parindex::ui {

// The year's survey points as a grid of units × survey items, for reading and for typing in the
// points received on paper. A cell of an item that is not in the unit's set is greyed out and not
// editable. Typed values are kept as text until saved, so that a mistake stays visible.
class SurveyGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SurveyGridModel(QObject* parent = nullptr);

    void reset(const QList<SurveyUnit>& units, const QList<SurveyPoint>& points, bool editable);
    bool modified() const { return m_modified; }
    // The grid as points; every cell that is not a number of points is listed in `problems`
    // (unit, item and text). Empty cells are left out.
    QList<SurveyPoint> points(QStringList& problems) const;
    QStringList items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void modifiedChanged(bool modified);

private:
    const CriteriaNode* node(int row, int column) const;

    QList<SurveyUnit> m_units;
    QStringList m_items;                     // every survey item of the units' sets, in set order
    QHash<QString, QString> m_titles;        // item -> title
    QList<QHash<QString, QString>> m_values; // per unit: item -> text as typed or stored
    bool m_editable = false;
    bool m_modified = false;
};

} // namespace parindex::ui
