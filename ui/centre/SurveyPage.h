#pragma once

#include "core/centre/Centre.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace parindex::ui {

class MessageBanner;
class SurveyGridModel;

// The year's sociological survey at the centre: the points in force as a grid of units × survey
// items (typed in where they came on paper), the import of the survey institute's table, and
// every version kept. Read-only once the council has approved the year.
class SurveyPage : public QWidget
{
    Q_OBJECT

public:
    SurveyPage(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent = nullptr);

    void reload();
    int year() const;
    // Opens the import of a table for the year shown (asks for the file when `path` is empty).
    void importTable(const QString& path = QString());
    SurveyGridModel* grid() const { return m_grid; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reloadYears();
    void save();

    std::shared_ptr<Centre> m_centre;
    MessageBanner* m_banner;
    SurveyGridModel* m_grid;
    QSortFilterProxyModel* m_sorted;
    QLabel* m_yearLabel;
    QComboBox* m_year;
    QLabel* m_status;
    QPushButton* m_importButton;
    QPushButton* m_saveButton;
    QTableView* m_view;
    QLabel* m_versionsLabel;
    QTreeWidget* m_versions;
};

} // namespace parindex::ui
