#pragma once

#include "core/unit/AssessmentEditor.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace parindex::ui {

// Edits one scored item with the control its rule calls for: levels as option buttons,
// numerator and denominator with the computed percentage, a count with its deduction, a number
// on the item's step; survey items are shown read-only. Beside it: the set's guidance and
// expected evidence, the not-applicable switch with its reason, the explanation and the item's
// documents. Every change goes through AssessmentEditor, so it is saved and undoable.
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
    void apply(const ItemInput& input);
    void applyRatio();
    void applyNotApplicable(bool on);
    void showError(const QString& message);

    AssessmentEditor& m_editor;
    QString m_code;
    bool m_updating = false;

    QLabel* m_heading = nullptr;
    QLabel* m_maxLabel = nullptr;
    QLabel* m_guidance = nullptr;
    QLabel* m_expected = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_optionsPage = nullptr;
    QButtonGroup* m_options = nullptr;
    QLineEdit* m_numerator = nullptr;
    QLineEdit* m_denominator = nullptr;
    QLabel* m_ratioResult = nullptr;
    QSpinBox* m_count = nullptr;
    QLabel* m_countResult = nullptr;
    QSpinBox* m_steps = nullptr;
    QLabel* m_surveyLabel = nullptr;
    QCheckBox* m_notApplicable = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QPlainTextEdit* m_explanation = nullptr;
    QListWidget* m_documents = nullptr;
    QPushButton* m_addFiles = nullptr;
    QPushButton* m_unlink = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace parindex::ui
