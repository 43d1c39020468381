#pragma once

#include "core/records/Appraisal.h"

#include <QDialog>
#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace parindex::ui {

// Records the appraisal council's decision that approves a year's results: the decision's number
// and date, and optionally the council's members and the votes in favour (more than half are
// needed). The dialog stays open with the reason when the centre refuses.
class ApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    // `save` records the approval and returns an error message, empty on success.
    ApprovalDialog(int year, std::function<QString(const Approval&)> save, QWidget* parent = nullptr);

    Approval approval() const;
    void accept() override;

private:
    std::function<QString(const Approval&)> m_save;
    QLineEdit* m_decision;
    QDateEdit* m_date;
    QSpinBox* m_members;
    QSpinBox* m_inFavour;
    QLabel* m_problem;
};

} // namespace parindex::ui
