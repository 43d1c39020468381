#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QFile;
class QIODevice;

namespace parindex {

// The checks every file ParIndex writes or reads on a user's behalf passes first, so that no
// output lands on a data file and no data file is read as a document:
// - an output path may not be a ParIndex data file (by its content, so also through a link),
//   nor a data file's SQLite sidecars (-wal, -shm, -journal) or lock, nor lie inside its
//   evidence, staging or backups folder, nor be a folder, device or pipe;
// - a document to read must be a regular file and none of the above.
// Data files open in this process are recognised by device and inode before anything opens
// the path: opening and closing any descriptor of an open SQLite file would drop the locks the
// process holds on it.
class FileGuard
{
    Q_DECLARE_TR_FUNCTIONS(FileGuard)

public:
    static Status checkOutput(const QString& path);
    static Status checkDocument(const QString& path);
    // Whether `path` starts like a ParIndex data file (SQLite with ParIndex's application id).
    // Never opens a file that one of this process's data files is.
    static bool isDataFile(const QString& path);
    // The folders kept beside a data file, named after it: "U.parindex" has "U.evidence" etc.
    static QString besideFolder(const QString& dataFile, const QString& suffix);
};

// A whole file being written: the bytes go to a temporary file beside the target and reach the
// disk; the target appears, replacing any older file of that name in one step, only on commit().
// Destroyed without commit, it leaves nothing behind. The target is checked by FileGuard when
// the file is created and again just before it is put in place.
class PendingFile
{
    Q_DECLARE_TR_FUNCTIONS(PendingFile)

public:
    static Result<std::unique_ptr<PendingFile>> create(const QString& target);
    ~PendingFile();
    PendingFile(const PendingFile&) = delete;
    PendingFile& operator=(const PendingFile&) = delete;

    QIODevice* device();
    const QString& target() const { return m_target; }
    // A message for a failed write of the temporary file that says what happened (a full disk, a
    // folder that refuses writing, …) rather than the system's often empty reason.
    QString writeFailure() const;
    bool hasWriteError() const;
    // A full or read-only disk under the target, in words; empty when none is seen.
    QString diskProblem() const;
    Status commit();

private:
    PendingFile(QString target, std::unique_ptr<QFile> file);
    QString m_target;
    std::unique_ptr<QFile> m_file;
    bool m_committed = false;
};

// Flushes a file's buffers and makes the system write its bytes to the disk.
bool flushToDisk(QFile& file);
// Makes the names in a folder (a file just renamed into it) durable.
void syncFolder(const QString& folder);
// Removes a folder and everything in it without following links: a link, at the top or inside,
// is removed itself, never what it points to.
bool removeTree(const QString& path);

// Reads a whole small file the user chose (a table, a key, a set), after FileGuard::checkDocument;
// refuses files larger than `limit` bytes.
Result<QByteArray> readSmallFile(const QString& path, qint64 limit);

// Writes `bytes` to `path` through a PendingFile: all or nothing.
Status writeWholeFile(const QString& path, const QByteArray& bytes);

// What went wrong writing in `folder`, in words: full disk, no permission, read-only medium,
// else the system's reason.
QString describeWriteProblem(const QString& path, const QString& systemReason);
// Only what can be seen of the disk and folder (full, read-only, no permission); empty when
// nothing is wrong there.
QString diskProblem(const QString& path);

} // namespace parindex
