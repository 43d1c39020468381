#include "core/files/FileLock.h"

#include "core/files/SafeFile.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QMutex>

namespace parindex {

namespace {
QMutex s_heldMutex;
QStringList s_held; // guarded by s_heldMutex
} // namespace

FileLock::FileLock(std::unique_ptr<QLockFile> lock, QString dataFile)
    : m_lock(std::move(lock)), m_dataFile(std::move(dataFile))
{
    const QMutexLocker locker(&s_heldMutex);
    s_held.append(m_dataFile);
}

FileLock::~FileLock()
{
    {
        const QMutexLocker locker(&s_heldMutex);
        s_held.removeOne(m_dataFile);
    }
    if (m_lock)
        m_lock->unlock();
}

QStringList FileLock::heldHere()
{
    const QMutexLocker locker(&s_heldMutex);
    return s_held;
}

bool FileLock::isHeld(const QString& dataFile)
{
    QLockFile lock(lockPath(dataFile));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

QString FileLock::lockPath(const QString& dataFile)
{
    return QFileInfo(dataFile).absoluteFilePath() + QStringLiteral(".lock");
}

Result<std::unique_ptr<FileLock>> FileLock::acquire(const QString& dataFile)
{
    using R = Result<std::unique_ptr<FileLock>>;
    const QString path = lockPath(dataFile);
    const QString shown = QDir::toNativeSeparators(QFileInfo(dataFile).absoluteFilePath());
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0); // a lock is never stale by age: only when its process is gone
    if (lock->tryLock(0))
        return std::unique_ptr<FileLock>(new FileLock(std::move(lock), QFileInfo(dataFile).absoluteFilePath()));
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        if (!lock->getLockInfo(&pid, &host, &application))
            return R::failure(tr("%1 is open in another ParIndex (its lock file %2 cannot be read)")
                                  .arg(shown, QDir::toNativeSeparators(path)));
        const QDateTime since = QFileInfo(path).lastModified();
        return R::failure(tr("%1 is already open in %2 (process %3 on %4) since %5; close it there first")
                              .arg(shown, application.isEmpty() ? QStringLiteral("ParIndex") : application)
                              .arg(pid)
                              .arg(host.isEmpty() ? tr("this computer") : host)
                              .arg(QLocale().toString(since, QLocale::ShortFormat)));
    }
    case QLockFile::PermissionError:
        return R::failure(tr("cannot open %1: ParIndex needs to write beside it (its lock file %2) and the folder "
                             "does not allow it")
                              .arg(shown, QDir::toNativeSeparators(path)));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return R::failure(describeWriteProblem(path, tr("its lock file cannot be made")));
}

} // namespace parindex
