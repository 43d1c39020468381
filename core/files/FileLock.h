#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

class QLockFile;

namespace parindex {

// The lock that keeps a data file open in one place at a time: a lock file beside it
// ("U.parindex.lock") naming the process, host and application that hold it. It is a file of its
// own, so no descriptor of the data file — SQLite's or anyone's — can release it by closing.
// A lock left by a process that no longer runs on this machine is taken over; one held by a
// running process (this one included) refuses with who holds it and since when.
class FileLock
{
    Q_DECLARE_TR_FUNCTIONS(FileLock)

public:
    static Result<std::unique_ptr<FileLock>> acquire(const QString& dataFile);
    // Whether a running process (this one included) holds the file now.
    static bool isHeld(const QString& dataFile);
    static QString lockPath(const QString& dataFile);
    // The data files this process holds now, as absolute paths.
    static QStringList heldHere();
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    FileLock(std::unique_ptr<QLockFile> lock, QString dataFile);
    std::unique_ptr<QLockFile> m_lock;
    QString m_dataFile;
};

} // namespace parindex
