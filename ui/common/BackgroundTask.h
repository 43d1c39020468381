#pragma once

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace parindex::ui {

// What the work of a BackgroundTask sees: whether it was cancelled, a way to report progress,
// and a way to run something on the owner's (GUI) thread, in order.
class TaskControl
{
public:
    bool cancelled() const { return m_cancel->load(); }
    const std::atomic_bool* cancelFlag() const { return m_cancel.get(); }
    // Thread-safe; the dialog shows done/total.
    void progress(qint64 done, qint64 total) const;
    void setLabel(const QString& text) const;
    // Runs `f` on the owner's thread, after whatever was posted before; dropped when the
    // task is gone by then.
    void post(std::function<void()> f) const;

private:
    friend class BackgroundTask;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<QObject> m_receiver;
    QPointer<QProgressDialog> m_dialog;
};

// The one way the GUI runs long work: on a worker thread, with a window-modal progress dialog
// (after a short delay) and Cancel. No nested event loop: `finished` runs on the owner's thread
// when the work is over. A task belongs to the page that started it; when the page goes, the
// task cancels its work and waits for it, so the work never outlives what it uses.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    BackgroundTask(QWidget* owner, const QString& label, const QString& objectName = QString());
    ~BackgroundTask() override;

    // Starts `work`; `finished(cancelled)` runs on the owner's thread after every posted call.
    void start(std::function<void(const TaskControl&)> work, std::function<void(bool cancelled)> finished);
    void cancel();
    bool running() const { return m_running; }

signals:
    void done();

private:
    TaskControl m_control;
    QPointer<QProgressDialog> m_dialog;
    QFuture<void> m_future;
    bool m_running = false;
};

} // namespace parindex::ui
