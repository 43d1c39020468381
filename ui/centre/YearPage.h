#pragma once

#include "core/centre/Centre.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace parindex::ui {

class MessageBanner;

// Opening the year at Sở Nội vụ, on one page: the criteria set of each group, the deadline of each
// stage (self-assessment, round 1, explanation, round 2), the working group with the areas each
// member appraises and how far each has got, and the council's approval. Changing what is already
// set asks for the reason, which the audit log keeps.
class YearPage : public QWidget
{
    Q_OBJECT

public:
    YearPage(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent = nullptr);

    int year() const;
    void setYear(int year);
    void refresh();

    void chooseSet(UnitGroup group, const QString& sha256);
    void saveDeadlines();
    void addAppraiser();
    void editAreas();
    void approve();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct DeadlineRow
    {
        DeadlineStage stage;
        QCheckBox* enabled;
        QDateEdit* date;
    };
    void retranslate();
    // The areas of the year's sets (codes and titles), for assigning them.
    QList<QPair<QString, QString>> areas() const;
    QString selectedAppraiser() const;

    std::shared_ptr<Centre> m_centre;
    MessageBanner* m_banner;
    bool m_dirty = true;

    QLabel* m_yearLabel;
    QSpinBox* m_year;
    QLabel* m_intro;
    QGroupBox* m_setsBox;
    QList<QPair<UnitGroup, QComboBox*>> m_sets;
    QList<QLabel*> m_setLabels;
    QGroupBox* m_deadlinesBox;
    QLabel* m_deadlinesHint;
    QList<DeadlineRow> m_deadlines;
    QPushButton* m_saveDeadlines;
    QGroupBox* m_appraisersBox;
    QTreeWidget* m_appraisers;
    QPushButton* m_addAppraiser;
    QPushButton* m_areas;
    QGroupBox* m_approvalBox;
    QLabel* m_approvalState;
    QPushButton* m_approve;
};

} // namespace parindex::ui
