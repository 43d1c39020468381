#include "Dialogs.h"

#include <QFileDialog>

namespace parindex::ui {

bool Dialogs::s_hasAnswer = false;
QStringList Dialogs::s_answer;

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
