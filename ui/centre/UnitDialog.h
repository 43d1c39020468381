#pragma once

#include "core/records/Unit.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace parindex::ui {

// Registers a unit or changes one: name, code, group, ranked. The code is derived from the name
// (shown as a hint) unless one is typed; whatever is typed replaces the hint, never adds to it.
// The dialog stays open with the reason when the centre refuses.
class UnitDialog : public QDialog
{
    Q_OBJECT

public:
    // `save` applies the draft and returns an error message, empty on success.
    UnitDialog(const QString& title, const UnitDraft& initial, std::function<QString(const UnitDraft&)> save,
               QWidget* parent = nullptr);

    UnitDraft draft() const;
    void accept() override;

private:
    void updateCodeHint();

    std::function<QString(const UnitDraft&)> m_save;
    QLineEdit* m_name;
    QLineEdit* m_code;
    QComboBox* m_group;
    QCheckBox* m_ranked;
    QLabel* m_problem;
};

} // namespace parindex::ui
