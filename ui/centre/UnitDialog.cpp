#include "ui/centre/UnitDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace parindex::ui {

UnitDialog::UnitDialog(const QString& title, const UnitDraft& initial, std::function<QString(const UnitDraft&)> save,
                       QWidget* parent)
    : QDialog(parent), m_save(std::move(save)), m_name(new QLineEdit(this)), m_code(new QLineEdit(this)),
      m_group(new QComboBox(this)), m_ranked(new QCheckBox(tr("Ranked with the other units of its group"), this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("unitDialog"));
    setWindowTitle(title);
    m_name->setObjectName(QStringLiteral("unitNameEdit"));
    m_code->setObjectName(QStringLiteral("unitCodeEdit"));
    m_group->setObjectName(QStringLiteral("unitGroupCombo"));
    m_ranked->setObjectName(QStringLiteral("unitRankedCheck"));
    m_problem->setObjectName(QStringLiteral("unitProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#c62828"));
    m_name->setMinimumWidth(380);
    for (UnitGroup g : UnitGroups::all())
        m_group->addItem(UnitGroups::displayName(g), int(g));
    m_name->setText(initial.name);
    m_code->setText(initial.code);
    m_group->setCurrentIndex(qMax(0, m_group->findData(int(initial.group))));
    m_ranked->setChecked(initial.ranked);
    connect(m_name, &QLineEdit::textChanged, this, &UnitDialog::updateCodeHint);
    updateCodeHint();

    auto* form = new QFormLayout();
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Group:"), m_group);
    form->addRow(QString(), m_ranked);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void UnitDialog::updateCodeHint()
{
    const QString derived = codeFromName(m_name->text());
    m_code->setPlaceholderText(derived.isEmpty() ? tr("e.g. SO-TAI-CHINH") : tr("%1 (from the name)").arg(derived));
}

UnitDraft UnitDialog::draft() const
{
    return {m_code->text(), m_name->text(), UnitGroup(m_group->currentData().toInt()), m_ranked->isChecked()};
}

void UnitDialog::accept()
{
    const QString problem = m_save(draft());
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    QDialog::accept();
}

} // namespace parindex::ui
