#include "ui/centre/ApprovalDialog.h"

#include "core/common/Clock.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parindex::ui {

ApprovalDialog::ApprovalDialog(int year, std::function<QString(const Approval&)> save, QWidget* parent)
    : QDialog(parent), m_save(std::move(save)), m_decision(new QLineEdit(this)), m_date(new QDateEdit(this)),
      m_members(new QSpinBox(this)), m_inFavour(new QSpinBox(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Approve the results of %1").arg(year));
    m_decision->setObjectName(QStringLiteral("decisionEdit"));
    m_decision->setPlaceholderText(tr("e.g. 123/QĐ-UBND"));
    m_decision->setMinimumWidth(280);
    m_date->setObjectName(QStringLiteral("decisionDateEdit"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setDate(Clock::now().toLocalTime().date());
    m_members->setObjectName(QStringLiteral("membersSpin"));
    m_members->setRange(0, 99);
    m_members->setSpecialValueText(tr("not recorded"));
    m_inFavour->setObjectName(QStringLiteral("inFavourSpin"));
    m_inFavour->setRange(0, 99);
    m_inFavour->setSpecialValueText(tr("not recorded"));
    m_problem->setObjectName(QStringLiteral("approvalProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#c62828"));

    auto* text = new QLabel(tr("The appraisal council (Hội đồng thẩm định) approves the appraised points of every "
                               "unit together with the survey results, by more than half of its members. After "
                               "this, the year's appraisal is read-only and the results are final."),
                            this);
    text->setWordWrap(true);
    auto* form = new QFormLayout();
    form->addRow(tr("Decision number:"), m_decision);
    form->addRow(tr("Date of the decision:"), m_date);
    form->addRow(tr("Council members:"), m_members);
    form->addRow(tr("Votes in favour:"), m_inFavour);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Approve"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

Approval ApprovalDialog::approval() const
{
    Approval a;
    a.decision = m_decision->text().trimmed();
    a.date = m_date->date();
    a.members = m_members->value();
    a.inFavour = m_inFavour->value();
    return a;
}

void ApprovalDialog::accept()
{
    const Approval a = approval();
    if (a.decision.isEmpty()) {
        m_problem->setText(tr("Give the number of the decision."));
        m_decision->setFocus();
        return;
    }
    const QString problem = m_save(a);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    QDialog::accept();
}

} // namespace parindex::ui
