#include "ui/unit/EvidenceDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace parindex::ui {

EvidenceDialog::EvidenceDialog(const EvidenceDocument& doc, QWidget* parent)
    : QDialog(parent), m_doc(doc), m_name(new QLineEdit(doc.displayName, this)),
      m_number(new QLineEdit(doc.number, this)), m_hasDate(new QCheckBox(this)), m_date(new QDateEdit(this)),
      m_summary(new QPlainTextEdit(doc.summary, this))
{
    setObjectName(QStringLiteral("evidenceDialog"));
    setWindowTitle(tr("Document details"));
    m_name->setObjectName(QStringLiteral("documentNameEdit"));
    m_number->setObjectName(QStringLiteral("documentNumberEdit"));
    m_number->setPlaceholderText(tr("e.g. 12/KH-STC"));
    m_hasDate->setObjectName(QStringLiteral("documentHasDate"));
    m_date->setObjectName(QStringLiteral("documentDateEdit"));
    m_summary->setObjectName(QStringLiteral("documentSummaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(80);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setDate(doc.issuedOn.isValid() ? doc.issuedOn : QDate::currentDate());
    m_hasDate->setChecked(doc.issuedOn.isValid());
    m_date->setEnabled(doc.issuedOn.isValid());
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    auto* dateRow = new QHBoxLayout();
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_date, 1);
    auto* form = new QFormLayout();
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Number (số/ký hiệu):"), m_number);
    form->addRow(tr("Date of issue:"), dateRow);
    form->addRow(tr("Summary (trích yếu):"), m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

EvidenceDocument EvidenceDialog::document() const
{
    EvidenceDocument d = m_doc;
    d.displayName = m_name->text();
    d.number = m_number->text();
    d.issuedOn = m_hasDate->isChecked() ? m_date->date() : QDate();
    d.summary = m_summary->toPlainText();
    return d;
}

} // namespace parindex::ui
