#pragma once

#include "core/criteria/CriteriaSet.h"
#include "core/scoring/ItemInput.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace parindex::ui {

// The control a scored item's rule calls for: levels as option buttons, numerator and
// denominator with the computed percentage and points, a count with its deduction, points on the
// item's step; survey items read-only; the not-applicable switch with its reason where the set
// allows it. It only shows and edits: each change the user makes is announced with inputEdited,
// and whoever owns the input (the unit's assessment, the centre's appraisal) saves it and shows
// the stored value again with setInput. Used by the unit's item editor and the appraisal view.
class RuleInputEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RuleInputEditor(QWidget* parent = nullptr);

    // Shows `input` for `node` (a leaf of `set`); announces nothing. A null node shows nothing.
    void setItem(const CriteriaSet* set, const CriteriaNode* node, const ItemInput& input);
    // The same item with another stored input (after a save, or an undo).
    void setInput(const ItemInput& input);
    const ItemInput& input() const { return m_input; }
    const CriteriaNode* node() const { return m_node; }
    // Read-only when false: the value stays visible.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    void showError(const QString& message);
    void clearError();
    QString error() const;

signals:
    void inputEdited(const ItemInput& input);

private:
    void refresh();
    void rebuildOptions();
    void applyRatio();
    void applyNotApplicable(bool on);
    void edited(const ItemInput& input);

    const CriteriaSet* m_set = nullptr;
    const CriteriaNode* m_node = nullptr;
    ItemInput m_input;
    bool m_editable = true;
    bool m_updating = false;

    QStackedWidget* m_stack = nullptr;
    QWidget* m_optionsPage = nullptr;
    QButtonGroup* m_options = nullptr;
    const CriteriaNode* m_optionsNode = nullptr; // the node the option buttons were built for
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
};

} // namespace parindex::ui
