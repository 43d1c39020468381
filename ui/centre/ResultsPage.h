#pragma once

#include "core/centre/Centre.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace parindex::ui {

class AreaBreakdownModel;
class MessageBanner;
class ResultsSortProxy;
class ResultsTableModel;

// The centre's results of a year: the ranking per group (sortable, names in Vietnamese order),
// the group averages, and the selected unit's points and index per area.
class ResultsPage : public QWidget
{
    Q_OBJECT

public:
    ResultsPage(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent = nullptr);

    void reloadYears();
    void reloadResults();
    bool hasResults() const;
    // The year shown (0 when none) and the unit selected (its code; empty when none).
    int year() const;
    QString selectedUnit() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showSelectedUnit();

    std::shared_ptr<Centre> m_centre;
    MessageBanner* m_banner;
    ResultsTableModel* m_results;
    ResultsSortProxy* m_sorted;
    AreaBreakdownModel* m_breakdown;
    QLabel* m_yearLabel;
    QComboBox* m_year;
    QLabel* m_groupLabel;
    QComboBox* m_group;
    QTableView* m_resultsView;
    QLabel* m_groupAverage;
    QLabel* m_unitHeading;
    QLabel* m_unitSummary;
    QTableView* m_breakdownView;
};

} // namespace parindex::ui
