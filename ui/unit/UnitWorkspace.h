#pragma once

#include "core/unit/UnitAssessment.h"
#include "ui/Workspace.h"

class QLabel;

namespace parindex::ui {

class AssessmentPage;
class FeedbackActions;
class KeyPage;
class SubmissionActions;

// A unit's data file: the self-assessment editor and the signing key, with the Edit, Report and
// Submission menus, the totals and the deadline in the status bar.
class UnitWorkspace : public Workspace
{
    Q_OBJECT

public:
    UnitWorkspace(std::shared_ptr<UnitAssessment> unit, MessageBanner* banner, QWidget* parent = nullptr);

    QString filePath() const override;
    QList<QMenu*> menus() const override { return {m_editMenu, m_reportMenu, m_submissionMenu}; }
    QList<QAction*> toolBarActions() const override;
    void prepareToClose() override;
    bool busy() const override;

    AssessmentPage* assessmentPage() const { return m_page; }
    KeyPage* keyPage() const { return m_keyPage; }
    SubmissionActions* submissionActions() const { return m_submission; }
    FeedbackActions* feedbackActions() const { return m_feedback; }
    void exportReport();
    void printPreview();
    void showKeyPage();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateUndoActions();
    void updateDeadline();

    AssessmentPage* m_page;
    SubmissionActions* m_submission;
    FeedbackActions* m_feedback;
    KeyPage* m_keyPage;
    QMenu* m_editMenu;
    QMenu* m_reportMenu;
    QMenu* m_submissionMenu;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_exportReport;
    QAction* m_printPreview;
    QAction* m_createKey;
    QAction* m_showKey;
    QAction* m_exportPackage;
    QAction* m_enrolCentreKey;
    QAction* m_importFeedback;
    QLabel* m_totals;
    QLabel* m_deadline;
};

} // namespace parindex::ui
