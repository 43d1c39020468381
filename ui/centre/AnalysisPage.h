#pragma once

#include "core/centre/Centre.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace parindex::ui {

class HeatMapModel;
class MessageBanner;

// The analysis the announcement conference asks for: a heat map of units × areas or criteria
// (colour by index, sortable, values on hover; double-click opens the unit's item in the
// appraisal), the group's weakest criteria and the items the appraisal cut most.
class AnalysisPage : public QWidget
{
    Q_OBJECT

public:
    AnalysisPage(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent = nullptr);

    void reload();
    QTableView* heatMap() const { return m_view; }

signals:
    void itemRequested(int year, const QString& unitCode, const QString& itemCode);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reloadYears();

    std::shared_ptr<Centre> m_centre;
    MessageBanner* m_banner;
    HeatMapModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QLabel* m_yearLabel;
    QComboBox* m_year;
    QLabel* m_groupLabel;
    QComboBox* m_group;
    QLabel* m_levelLabel;
    QComboBox* m_level;
    QTableView* m_view;
    QLabel* m_weakestLabel;
    QTreeWidget* m_weakest;
    QLabel* m_cutLabel;
    QTreeWidget* m_cut;
};

} // namespace parindex::ui
