#pragma once

#include "core/centre/Centre.h"

#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace parindex::ui {

class AppraisalFilterProxy;
class AppraisalItemPane;
class AppraisalTreeModel;
class MessageBanner;
class UnitProgressModel;
class UnitProgressProxy;

// The working group's view (Tổ công tác): the year's units with their stage and progress; the
// selected unit's criteria tree with self | round 1 | round 2 | final and the flags; the selected
// item's input in words with its evidence and the appraiser's editor. Fast to work through: one
// key accepts the unit's score and goes to the next item, filters narrow the tree, "accept all
// remaining" finishes a unit. Rounds are closed and reopened here, and the signed feedback
// exported. Who is working is asked once and remembered on this computer.
class AppraisalPage : public QWidget
{
    Q_OBJECT

public:
    AppraisalPage(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent = nullptr);

    int year() const;
    void setYear(int year);
    void selectUnit(const QString& unitCode);
    QString currentUnit() const;
    void selectItem(const QString& code);
    QString currentItem() const;
    AppraisalItemPane* itemPane() const { return m_pane; }
    QTreeView* tree() const { return m_tree; }

    // Who is working: a registered appraiser, remembered on this computer.
    QString appraiser() const { return m_appraiser; }
    void setAppraiser(const QString& name);
    static QString rememberedAppraiser();

    void acceptAndNext();
    void acceptRemaining();
    void closeRound();
    void reopenRound();
    void exportFeedback();
    void exportAllFeedback();
    // Saves a comment being typed.
    void commitPendingEdits();
    void reloadYears();

signals:
    // The user asked to register appraisers (on the year's page).
    void yearPlanRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void reloadAppraisers();
    void reloadProgress();
    void queueProgress();
    void reloadUnit();
    void showCurrentItem();
    void updateActions();
    void unitChanged(int year, const QString& unitCode);
    QString nextItem(const QString& after) const;
    // The centre's key unlocked with a passphrase, then `use` runs with it.
    void withUnlockedKey(const QString& why, std::function<void(const SigningKey&)> use);
    bool requireAppraiser();
    int closedRound() const;

    std::shared_ptr<Centre> m_centre;
    MessageBanner* m_banner;
    QString m_appraiser;
    bool m_progressQueued = false;

    QLabel* m_yearLabel = nullptr;
    QComboBox* m_year = nullptr;
    QStackedWidget* m_who = nullptr;
    QLabel* m_whoQuestion = nullptr;
    QComboBox* m_appraiserCombo = nullptr;
    QPushButton* m_appraiserStart = nullptr;
    QLabel* m_whoNone = nullptr;
    QPushButton* m_openYear = nullptr;
    QLabel* m_whoCurrent = nullptr;
    QPushButton* m_appraiserChange = nullptr;
    MessageBanner* m_lockBanner = nullptr;

    QLineEdit* m_unitSearch = nullptr;
    UnitProgressModel* m_units = nullptr;
    UnitProgressProxy* m_unitsSorted = nullptr;
    QTableView* m_unitsView = nullptr;
    QLabel* m_unitsSummary = nullptr;

    QLabel* m_unitHeading = nullptr;
    QComboBox* m_filter = nullptr;
    QLineEdit* m_itemSearch = nullptr;
    AppraisalTreeModel* m_model = nullptr;
    AppraisalFilterProxy* m_proxy = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_legend = nullptr;
    QPushButton* m_acceptRest = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_export = nullptr;
    QAction* m_acceptNextAction = nullptr;

    AppraisalItemPane* m_pane = nullptr;
};

} // namespace parindex::ui
