#include "ui/common/Dialogs.h"

#include <QFileDialog>
#include <QMessageBox>

namespace parindex::ui {

bool Dialogs::s_hasAnswer = false;
QStringList Dialogs::s_answer;
int Dialogs::s_nextAnswer = -1;

bool Dialogs::confirm(QWidget* parent, const QString& title, const QString& text)
{
    if (s_nextAnswer >= 0) {
        const bool yes = s_nextAnswer == 1;
        s_nextAnswer = -1;
        return yes;
    }
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

void Dialogs::setNextAnswer(bool yes)
{
    s_nextAnswer = yes ? 1 : 0;
}

QString Dialogs::openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    if (s_hasAnswer) {
        s_hasAnswer = false;
        return s_answer.value(0);
    }
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QStringList Dialogs::openFileNames(QWidget* parent, const QString& title, const QString& filter)
{
    if (s_hasAnswer) {
        s_hasAnswer = false;
        return s_answer;
    }
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString Dialogs::saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    if (s_hasAnswer) {
        s_hasAnswer = false;
        return s_answer.value(0);
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString Dialogs::existingDirectory(QWidget* parent, const QString& title)
{
    if (s_hasAnswer) {
        s_hasAnswer = false;
        return s_answer.value(0);
    }
    return QFileDialog::getExistingDirectory(parent, title);
}

void Dialogs::setNextFileName(const QString& name)
{
    setNextFileNames(name.isEmpty() ? QStringList() : QStringList{name});
}

void Dialogs::setNextFileNames(const QStringList& names)
{
    s_hasAnswer = true;
    s_answer = names;
}

} // namespace parindex::ui
