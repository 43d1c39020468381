#include "core/evidence/EvidenceStore.h"

#include "core/crypto/Sha256.h"
#include "core/files/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <filesystem>

namespace parindex {

namespace {
constexpr qint64 kChunk = 1 << 20;
const QString kTempPattern = QStringLiteral(".incoming-XXXXXX");
} // namespace

EvidenceStore::EvidenceStore(QString folder) : m_folder(std::move(folder)) {}

bool EvidenceStore::isValidName(const QString& sha256)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(sha256).hasMatch();
}

QString EvidenceStore::pathFor(const QString& sha256) const
{
    return m_folder + QLatin1Char('/') + sha256;
}

bool EvidenceStore::contains(const QString& sha256) const
{
    return isValidName(sha256) && QFile::exists(pathFor(sha256));
}

Result<StoredBlob> EvidenceStore::add(QIODevice* source, const std::function<void(qint64)>& progress,
                                      const std::atomic_bool* cancel)
{
    using R = Result<StoredBlob>;
    if (!QDir().mkpath(m_folder))
        return R::failure(tr("cannot create the evidence folder %1").arg(QDir::toNativeSeparators(m_folder)));
    QTemporaryFile temp(m_folder + QLatin1Char('/') + kTempPattern);
    if (!temp.open())
        return R::failure(describeWriteProblem(m_folder, temp.errorString()));

    Sha256 hash;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        if (cancel && cancel->load())
            return R::failure(tr("cancelled"));
        const qint64 n = source->read(buffer.data(), kChunk);
        if (n < 0)
            return R::failure(tr("reading the document failed: %1").arg(source->errorString()));
        if (n == 0)
            break;
        hash.add(buffer.constData(), n);
        if (temp.write(buffer.constData(), n) != n)
            return R::failure(describeWriteProblem(m_folder, temp.errorString()));
        total += n;
        if (progress)
            progress(total);
    }
    if (!flushToDisk(temp))
        return R::failure(describeWriteProblem(m_folder, temp.errorString()));

    StoredBlob blob{hash.hexResult(), total};
    // Already stored and intact: the temporary copy is removed with `temp`. A stored copy that no
    // longer matches its name was damaged on disk; the good bytes just copied replace it.
    if (verify(blob.sha256) == Integrity::Intact)
        return blob;
    if (Status s = putInPlace(temp.fileName(), blob.sha256); !s)
        return R::failure(s.error());
    temp.setAutoRemove(false);
    return blob;
}

Result<StoredBlob> EvidenceStore::addFile(const QString& path, const std::function<void(qint64)>& progress,
                                          const std::atomic_bool* cancel)
{
    if (Status s = FileGuard::checkDocument(path); !s)
        return Result<StoredBlob>::failure(s.error());
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<StoredBlob>::failure(
            tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    if (f.isSequential()) // replaced by a pipe or a device since the check
        return Result<StoredBlob>::failure(tr("%1 is not a regular file").arg(QDir::toNativeSeparators(path)));
    return add(&f, progress, cancel);
}

EvidenceStore::Integrity EvidenceStore::verify(const QString& sha256) const
{
    if (!isValidName(sha256))
        return Integrity::Missing;
    QFile f(pathFor(sha256));
    if (!f.open(QIODevice::ReadOnly))
        return f.exists() ? Integrity::Damaged : Integrity::Missing;
    Sha256 hash;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buffer.data(), kChunk);
        if (n < 0)
            return Integrity::Damaged;
        if (n == 0)
            break;
        hash.add(buffer.constData(), n);
    }
    return hash.hexResult() == sha256 ? Integrity::Intact : Integrity::Damaged;
}

Status EvidenceStore::putInPlace(const QString& synced, const QString& sha256)
{
    // Replaces a damaged copy in one step; the new name reaches the disk with the folder.
    const QString target = pathFor(sha256);
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(synced.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), error);
    if (error)
        return Status::failure(tr("storing the evidence file failed: %1").arg(QString::fromStdString(error.message())));
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    syncFolder(m_folder);
    return {};
}

void EvidenceStore::sweepTemporaries() const
{
    QDir dir(m_folder);
    for (const QString& name : dir.entryList({QStringLiteral(".incoming-*")}, QDir::Files | QDir::Hidden))
        dir.remove(name);
}

} // namespace parindex
