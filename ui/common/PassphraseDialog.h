#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace parindex::ui {

// Asks for a passphrase; with `confirm`, twice, and at least 8 characters.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    PassphraseDialog(const QString& title, const QString& explanation, bool confirm, QWidget* parent = nullptr);
    QByteArray passphrase() const;
    void accept() override;

private:
    QLineEdit* m_first;
    QLineEdit* m_second = nullptr;
    QLabel* m_problem;
};

} // namespace parindex::ui
