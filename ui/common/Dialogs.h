#pragma once

#include <QStringList>

class QFileDialog;
class QWidget;

namespace parindex::ui {

// File dialogs, questions and text prompts behind a facade that tests can answer in advance, so
// no GUI test ever blocks on a modal dialog.
//
// Every file dialog is Qt's own, with an icon provider that tells a file's type by its name only:
// the platform's dialogs and Qt's default provider open each listed file to guess its type, and
// closing any descriptor of an open data file drops the SQLite locks the process holds on it
// (POSIX locks belong to the process, not to the descriptor).
class Dialogs
{
public:
    static QString openFileName(QWidget* parent, const QString& title, const QString& filter);
    static QStringList openFileNames(QWidget* parent, const QString& title, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
    static QString existingDirectory(QWidget* parent, const QString& title);
    // The dialog the functions above show (modal, not yet shown); for tests that look inside.
    static QFileDialog* createFileDialog(QWidget* parent, const QString& title, const QString& directory,
                                         const QString& filter);
    // Tests only: the next file dialog answers with these names instead of opening ("" = cancelled).
    static void setNextFileName(const QString& name);
    static void setNextFileNames(const QStringList& names);
    // A yes/no question; tests answer it in advance with setNextAnswer.
    static bool confirm(QWidget* parent, const QString& title, const QString& text);
    static void setNextAnswer(bool yes);
    // A line of text (empty when cancelled); tests answer it in advance with setNextText.
    static QString text(QWidget* parent, const QString& title, const QString& label);
    static void setNextText(const QString& text);

private:
    static bool s_hasAnswer;
    static QStringList s_answer;
    static int s_nextAnswer; // -1 none, 0 no, 1 yes
    static bool s_hasText;
    static QString s_nextText;
};

} // namespace parindex::ui
