#include "core/evidence/EvidenceStore.h"

#include "core/crypto/Sha256.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <unistd.h>

namespace parindex {

namespace {
constexpr qint64 kChunk = 1 << 20;
const QString kTempPattern = QStringLiteral(".incoming-XXXXXX");

bool syncToDisk(QFile& f)
{
    return f.flush() && ::fsync(f.handle()) == 0;
}
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
        return R::failure(tr("cannot write in the evidence folder: %1").arg(temp.errorString()));

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
            return R::failure(tr("writing the evidence copy failed: %1").arg(temp.errorString()));
        total += n;
        if (progress)
            progress(total);
    }
    if (!syncToDisk(temp))
        return R::failure(tr("writing the evidence copy failed: %1").arg(temp.errorString()));

    StoredBlob blob{hash.hexResult(), total};
    const QString target = pathFor(blob.sha256);
    if (QFile::exists(target))
        return blob; // already stored: the temporary copy is removed with `temp`
    if (!temp.rename(target))
        return R::failure(tr("storing the evidence file failed: %1").arg(temp.errorString()));
    temp.setAutoRemove(false);
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    return blob;
}

Result<StoredBlob> EvidenceStore::addFile(const QString& path, const std::function<void(qint64)>& progress,
                                          const std::atomic_bool* cancel)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<StoredBlob>::failure(
            tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return add(&f, progress, cancel);
}

void EvidenceStore::sweepTemporaries() const
{
    QDir dir(m_folder);
    for (const QString& name : dir.entryList({QStringLiteral(".incoming-*")}, QDir::Files | QDir::Hidden))
        dir.remove(name);
}

} // namespace parindex
