#pragma once

#include <QString>

class QWidget;

namespace parindex::ui {

// File dialogs behind a facade that tests can answer in advance, so no GUI test ever blocks on
// a modal dialog.
class Dialogs
{
public:
    static QString openFileName(QWidget* parent, const QString& title, const QString& filter);
    static void setNextFileName(const QString& name); // tests only; "" answers "cancelled"

private:
    static bool s_hasAnswer;
    static QString s_answer;
};

} // namespace parindex::ui
