#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>

class QIODevice;

namespace parindex {

struct StoredBlob
{
    QString sha256; // lowercase hex, also the file's name in the store
    qint64 size = 0;
};

// A content-addressed folder of evidence files: each file is named by the SHA-256 of its bytes,
// so the same document added twice is kept once and a name can never be a path. Files are
// written to a temporary name, flushed to disk and renamed into place, always before any
// database row refers to them.
class EvidenceStore
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceStore)

public:
    explicit EvidenceStore(QString folder);

    const QString& folder() const { return m_folder; }
    QString pathFor(const QString& sha256) const;
    bool contains(const QString& sha256) const;

    // Copies `source` into the store, hashing while copying (each byte read once). `progress`
    // receives the bytes copied so far; `cancel` stops the copy and leaves nothing behind.
    Result<StoredBlob> add(QIODevice* source, const std::function<void(qint64)>& progress = {},
                           const std::atomic_bool* cancel = nullptr);
    Result<StoredBlob> addFile(const QString& path, const std::function<void(qint64)>& progress = {},
                               const std::atomic_bool* cancel = nullptr);

    // Whether the stored copy of a file still has the bytes its name says.
    enum class Integrity
    {
        Intact,
        Damaged,
        Missing
    };
    Integrity verify(const QString& sha256) const;

    // Moves a file already flushed to disk (on the same disk) into the store as `sha256`,
    // replacing a damaged copy, and makes the new name durable.
    Status putInPlace(const QString& synced, const QString& sha256);

    // Removes temporary files left by an interrupted copy.
    void sweepTemporaries() const;

    static bool isValidName(const QString& sha256);

private:
    QString m_folder;
};

} // namespace parindex
