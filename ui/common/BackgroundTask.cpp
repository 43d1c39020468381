#include "ui/common/BackgroundTask.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

namespace parindex::ui {

void TaskControl::progress(qint64 done, qint64 total) const
{
    QPointer<QProgressDialog> dialog = m_dialog;
    QMetaObject::invokeMethod(
        dialog,
        [dialog, done, total] {
            if (!dialog || total <= 0)
                return;
            dialog->setMaximum(1000);
            dialog->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
        },
        Qt::QueuedConnection);
}

void TaskControl::setLabel(const QString& text) const
{
    QPointer<QProgressDialog> dialog = m_dialog;
    QMetaObject::invokeMethod(
        dialog,
        [dialog, text] {
            if (dialog)
                dialog->setLabelText(text);
        },
        Qt::QueuedConnection);
}

void TaskControl::post(std::function<void()> f) const
{
    QPointer<QObject> receiver = m_receiver;
    QMetaObject::invokeMethod(
        receiver,
        [receiver, f = std::move(f)] {
            if (receiver)
                f();
        },
        Qt::QueuedConnection);
}

BackgroundTask::BackgroundTask(QWidget* owner, const QString& label, const QString& objectName)
    : QObject(owner), m_dialog(new QProgressDialog(label, tr("Cancel"), 0, 0, owner))
{
    m_dialog->setObjectName(objectName.isEmpty() ? QStringLiteral("taskProgress") : objectName);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->reset(); // not shown until the work runs long enough
    m_control.m_receiver = this;
    m_control.m_dialog = m_dialog;
    connect(m_dialog, &QProgressDialog::canceled, this, &BackgroundTask::cancel);
}

BackgroundTask::~BackgroundTask()
{
    // The owner is going: stop the work and wait, so nothing it uses disappears under it.
    m_control.m_cancel->store(true);
    m_future.waitForFinished();
    delete m_dialog;
}

void BackgroundTask::start(std::function<void(const TaskControl&)> work, std::function<void(bool)> finished)
{
    m_running = true;
    m_control.m_cancel->store(false);
    m_dialog->setValue(0); // starts the dialog's delay
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, finished = std::move(finished)] {
        watcher->deleteLater();
        m_running = false;
        if (m_dialog) {
            m_dialog->reset();
            m_dialog->hide();
        }
        if (finished)
            finished(m_control.cancelled());
        emit done();
    });
    const TaskControl control = m_control;
    m_future = QtConcurrent::run([control, work = std::move(work)] { work(control); });
    watcher->setFuture(m_future);
}

void BackgroundTask::cancel()
{
    m_control.m_cancel->store(true);
}

} // namespace parindex::ui
