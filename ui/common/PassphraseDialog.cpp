#include "ui/common/PassphraseDialog.h"

#include "core/crypto/Passphrase.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace parindex::ui {

PassphraseDialog::PassphraseDialog(const QString& title, const QString& explanation, bool confirm, QWidget* parent)
    : QDialog(parent), m_first(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(title);
    m_first->setObjectName(QStringLiteral("passphraseEdit"));
    m_first->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout();
    form->addRow(tr("Passphrase:"), m_first);
    if (confirm) {
        m_second = new QLineEdit(this);
        m_second->setObjectName(QStringLiteral("passphraseConfirmEdit"));
        m_second->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Again:"), m_second);
    }
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#c62828"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

void PassphraseDialog::accept()
{
    if (m_first->text().isEmpty()) {
        m_problem->setText(tr("Enter the passphrase."));
        return;
    }
    if (m_second) {
        if (const auto rules = Passphrase::forNewKey(m_first->text()); !rules) {
            m_problem->setText(rules.error());
            return;
        }
        if (m_first->text() != m_second->text()) {
            m_problem->setText(tr("The two passphrases differ."));
            return;
        }
    }
    if (m_check) {
        QApplication::setOverrideCursor(Qt::WaitCursor); // unlocking a key takes a moment, on purpose
        const QString problem = m_check(m_first->text());
        QApplication::restoreOverrideCursor();
        if (!problem.isEmpty()) {
            m_problem->setText(problem);
            m_first->selectAll();
            m_first->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace parindex::ui
