#include "core/files/FileLock.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>

namespace parindex {

FileLock::FileLock(std::unique_ptr<QLockFile> lock) : m_lock(std::move(lock)) {}

FileLock::~FileLock()
{
    if (m_lock)
        m_lock->unlock();
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
        return std::unique_ptr<FileLock>(new FileLock(std::move(lock)));
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
    return R::failure(tr("cannot lock %1 for this program").arg(shown));
}

} // namespace parindex
