#pragma once

#include "core/unit/AssessmentEditor.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace parindex::ui {

class RuleInputEditor;

// Edits one scored item with the control its rule calls for (RuleInputEditor: levels as option
// buttons, numerator and denominator with the computed percentage, a count with its deduction, a
// number on the item's step; survey items read-only). Beside it: the set's guidance and expected
// evidence, the not-applicable switch with its reason, the explanation and the item's documents,
// and once Sở Nội vụ's feedback is in, its appraisal of the item. Every change goes through
// AssessmentEditor, so it is saved and undoable. After the feedback the self-score is read-only
// and only the requested items take explanations and documents.
class ItemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ItemEditor(AssessmentEditor& editor, QWidget* parent = nullptr);

    void showItem(const QString& code);
    QString currentCode() const { return m_code; }
    // Saves a pending explanation (called before moving to another item).
    void commitExplanation();

signals:
    void attachRequested(const QStringList& paths, const QString& code);
    void addFilesRequested(const QString& code);
    void openDocumentRequested(qint64 evidenceId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    void refresh();
    void refreshEvidence();
    void refreshAppraisal();
    void apply(const ItemInput& input);
    void showError(const QString& message);
    // Explanations and documents can be changed for the current item now.
    bool answerable() const;

    AssessmentEditor& m_editor;
    QString m_code;
    bool m_updating = false;

    QLabel* m_heading = nullptr;
    QLabel* m_maxLabel = nullptr;
    QLabel* m_guidance = nullptr;
    QLabel* m_expected = nullptr;
    QGroupBox* m_scoreBox = nullptr;
    RuleInputEditor* m_input = nullptr;
    QLabel* m_scoreLocked = nullptr;
    QGroupBox* m_appraisalBox = nullptr;
    QLabel* m_appraisal = nullptr;
    QPlainTextEdit* m_explanation = nullptr;
    QListWidget* m_documents = nullptr;
    QPushButton* m_addFiles = nullptr;
    QPushButton* m_unlink = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace parindex::ui
