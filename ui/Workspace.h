#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QMenu;

namespace parindex::ui {

class MessageBanner;

// What the main window shows for an open data file: the pages of its role, with the menus and
// toolbar actions that belong to them. The main window is only the shell around it.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    Workspace(MessageBanner* banner, QWidget* parent) : QWidget(parent), m_banner(banner) {}
    ~Workspace() override
    {
        for (const QPointer<QWidget>& w : std::as_const(m_statusWidgets))
            delete w.data(); // they live in the main window's status bar
    }

    virtual QString filePath() const = 0;
    // Menus placed between File and View, in order.
    virtual QList<QMenu*> menus() const = 0;
    virtual QList<QAction*> toolBarActions() const = 0;
    QList<QWidget*> statusWidgets() const
    {
        QList<QWidget*> out;
        for (const QPointer<QWidget>& w : m_statusWidgets)
            out.append(w.data());
        return out;
    }
    // Before the workspace goes: saves what is being typed and stops its background work.
    virtual void prepareToClose() {}
    // Work running in the background (an import, an export) that closing would cancel.
    virtual bool busy() const { return false; }

protected:
    MessageBanner* banner() const { return m_banner; }
    // Widgets the main window shows at the right of its status bar while this workspace is open.
    void addStatusWidget(QWidget* w) { m_statusWidgets.append(w); }

private:
    MessageBanner* m_banner;
    QList<QPointer<QWidget>> m_statusWidgets;
};

} // namespace parindex::ui
