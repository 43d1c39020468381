#pragma once

#include "core/unit/AssessmentEditor.h"

#include <QWidget>

class QComboBox;
class QTabWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTreeView;

namespace parindex::ui {

class AssessmentFilterProxy;
class BackgroundTask;
class AssessmentTreeModel;
class EvidencePane;
class ItemEditor;
class MessageBanner;

// A unit's self-assessment: the tree of the criteria set with the item editor beside it, the
// unit's total and index always in view, the pre-submission check and the report's free texts.
// Once Sở Nội vụ's feedback is in: its appraised points and comments in the tree, the requested
// items highlighted (and a filter for them), and a banner saying what to do and by when.
class AssessmentPage : public QWidget
{
    Q_OBJECT

public:
    AssessmentPage(std::shared_ptr<UnitAssessment> assessment, MessageBanner* banner, QWidget* parent = nullptr);

    AssessmentEditor& editor() const { return *m_editor; }
    UnitAssessment& assessment() const { return *m_assessment; }
    ItemEditor* itemEditor() const { return m_itemEditor; }
    void selectItem(const QString& code);
    QString currentItem() const;

    // Copies files into the evidence store on a worker thread (progress, cancel), then records
    // them for the items through the editor (undoable).
    void attachFiles(const QStringList& paths, const QStringList& items);
    bool attaching() const;
    void cancelAttaching();
    // Saves what is being typed (an explanation, the report texts) as undoable edits.
    void commitPendingEdits();
    QTabWidget* tabs() const { return m_tabs; }
    void chooseFilesFor(const QString& code);
    void openDocument(qint64 evidenceId);
    // Recomputes the totals line and announces it (totalsChanged).
    void refreshTotals();
    void editDocument(qint64 evidenceId);
    QTreeView* tree() const { return m_tree; }
    // Shows only the items Sở Nội vụ asks about.
    void showRequested();

signals:
    void totalsChanged(const QString& summary);

private:
    void buildUi();
    void refreshChecks();
    void runChecks();
    void refreshLock();
    void refreshFeedback();
    void feedbackArrived();

    std::shared_ptr<UnitAssessment> m_assessment;
    AssessmentEditor* m_editor;
    MessageBanner* m_banner;
    MessageBanner* m_feedbackBanner = nullptr;
    AssessmentTreeModel* m_model = nullptr;
    AssessmentFilterProxy* m_proxy = nullptr;
    QTreeView* m_tree = nullptr;
    ItemEditor* m_itemEditor = nullptr;
    QLabel* m_totals = nullptr;
    QComboBox* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_checks = nullptr;
    QLabel* m_checksHeading = nullptr;
    EvidencePane* m_evidence = nullptr;
    QPlainTextEdit* m_difficulties = nullptr;
    QPlainTextEdit* m_proposals = nullptr;
    QTabWidget* m_tabs = nullptr;
    BackgroundTask* m_attachTask = nullptr;
    bool m_checksQueued = false;
};

} // namespace parindex::ui
