#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;

namespace parindex::ui {

// Asks for a passphrase. With `confirm` (a new key), twice, and by the rules of Passphrase.
// A check set with setCheck runs on OK (e.g. unlocking the key): when it fails, the dialog stays
// open with the reason, so that a mistyped passphrase is simply typed again.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    PassphraseDialog(const QString& title, const QString& explanation, bool confirm, QWidget* parent = nullptr);
    QString passphrase() const;
    // `check` returns why the passphrase cannot be used, or an empty string.
    void setCheck(std::function<QString(const QString&)> check) { m_check = std::move(check); }
    void accept() override;

private:
    std::function<QString(const QString&)> m_check;
    QLineEdit* m_first;
    QLineEdit* m_second = nullptr;
    QLabel* m_problem;
};

} // namespace parindex::ui
