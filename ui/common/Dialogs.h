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
    // Tests only: the next file dialog answers with these names instead of opening ("" = cancelled).
    static void setNextFileName(const QString& name);
    static void setNextFileNames(const QStringList& names);

private:
    static bool s_hasAnswer;
    static QStringList s_answer;
};

} // namespace parindex::ui
