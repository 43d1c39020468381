#include "Dialogs.h"

#include <QFileDialog>

namespace parindex::ui {

bool Dialogs::s_hasAnswer = false;
QString Dialogs::s_answer;

QString Dialogs::openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    if (s_hasAnswer) {
        s_hasAnswer = false;
        return s_answer;
    }
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

void Dialogs::setNextFileName(const QString& name)
{
    s_hasAnswer = true;
    s_answer = name;
}

} // namespace parindex::ui
