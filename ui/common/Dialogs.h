#pragma once

#include <QStringList>

class QWidget;

namespace parindex::ui {

// File dialogs behind a facade that tests can answer in advance, so no GUI test ever blocks on
// a modal dialog.
class Dialogs
{
public:
    static QString openFileName(QWidget* parent, const QString& title, const QString& filter);
    static QStringList openFileNames(QWidget* parent, const QString& title, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
    static QString existingDirectory(QWidget* parent, const QString& title);
    // Tests only: the next file dialog answers with these names instead of opening ("" = cancelled).
    static void setNextFileName(const QString& name);
    static void setNextFileNames(const QStringList& names);
    // A yes/no question; tests answer it in advance with setNextAnswer.
    static bool confirm(QWidget* parent, const QString& title, const QString& text);
    static void setNextAnswer(bool yes);

private:
    static bool s_hasAnswer;
    static QStringList s_answer;
    static int s_nextAnswer; // -1 none, 0 no, 1 yes
};

} // namespace parindex::ui
