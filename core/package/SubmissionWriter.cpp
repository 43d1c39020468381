#include "core/package/SubmissionWriter.h"

#include "core/common/Clock.h"
#include "core/crypto/Sha256.h"
#include "core/package/PackageEntries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace parindex {

namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kZip64Above = (qint64(1) << 32) - (qint64(1) << 26);

} // namespace

qint64 ExportJob::totalBytes() const
{
    qint64 total = 0;
    for (const ExportFile& f : files)
        total += f.size;
    return total;
}

Result<ExportSummary> SubmissionWriter::write(const ExportJob& job, const SigningKey& key, PendingFile& pending,
                                              const std::function<void(qint64, qint64)>& progress,
                                              const std::atomic_bool* cancel)
{
    using R = Result<ExportSummary>;
    if (!key.hasPrivateKey())
        return R::failure(tr("a private key is needed to sign"));
    package::Manifest m = job.manifest;
    m.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.created = Clock::now();
    m.appVersion = QStringLiteral(PARINDEX_VERSION);
    m.signerAlgorithm = QString::fromLatin1(SigningKey::Algorithm);
    m.signerKeyId = key.keyId();
    m.dataSha256 = Sha256::hexHash(job.data);
    m.dataSize = job.data.size();
    const QByteArray manifest = m.toJson();
    const auto signature = key.sign(package::signedMessage(manifest));
    if (!signature)
        return R::failure(signature.error());
    const qint64 total = job.totalBytes();

    QIODevice& out = *pending.device();
    // When the output itself failed (a full disk, …), say so rather than "writing the package failed".
    auto failed = [&](const QString& what) {
        if (pending.hasWriteError())
            return R::failure(pending.writeFailure());
        const QString disk = pending.diskProblem(); // QuaZip's seeks clear the device's error
        return R::failure(disk.isEmpty() ? what : disk);
    };
    {
        QuaZip zip(&out);
        zip.setUtf8Enabled(true);
        zip.setAutoClose(false); // the pending file is committed by the caller, never closed here
        // Offsets, not only the evidence, must stay below 4 GiB without zip64.
        zip.setZip64Enabled(total + job.data.size() + manifest.size() > kZip64Above);
        if (!zip.open(QuaZip::mdCreate))
            return failed(tr("cannot start the package: error %1").arg(zip.getZipError()));
        if (!writeEntry(zip, package::manifestEntry(), manifest, true) ||
            !writeEntry(zip, package::signatureEntry(), signature.value(), false) ||
            !writeEntry(zip, package::dataEntry(), job.data, true))
            return failed(tr("writing the package failed"));
        qint64 done = 0;
        QByteArray buffer(kChunk, Qt::Uninitialized);
        for (const ExportFile& d : job.files) {
            QFile source(d.path);
            if (!source.open(QIODevice::ReadOnly))
                return R::failure(tr("the evidence file of \"%1\" is missing from the store").arg(d.displayName));
            QuaZipFile entry(&zip);
            QuaZipNewInfo info(package::blobEntry(d.sha256));
            info.dateTime = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
            if (!entry.open(QIODevice::WriteOnly, info, nullptr, 0, 0, 0))
                return failed(tr("writing the package failed"));
            Sha256 hash;
            qint64 copied = 0;
            for (;;) {
                if (cancel && cancel->load())
                    return R::failure(tr("cancelled"));
                const qint64 n = source.read(buffer.data(), kChunk);
                if (n < 0)
                    return R::failure(tr("reading \"%1\" failed: %2").arg(d.displayName, source.errorString()));
                if (n == 0)
                    break;
                hash.add(buffer.constData(), n);
                if (entry.write(buffer.constData(), n) != n)
                    return failed(tr("writing the package failed"));
                copied += n;
                done += n;
                if (progress)
                    progress(done, total);
            }
            entry.close();
            // The store names files by their hash: a file that no longer matches its name was
            // damaged on disk and must not be sent.
            if (hash.hexResult() != d.sha256 || copied != d.size)
                return R::failure(
                    tr("the evidence file of \"%1\" is damaged (its content no longer matches)").arg(d.displayName));
            if (entry.getZipError() != ZIP_OK)
                return failed(tr("writing the package failed"));
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK)
            return failed(tr("writing the package failed: error %1").arg(zip.getZipError()));
    }
    return ExportSummary{m.sequence, Sha256::hexHash(manifest), int(job.files.size()), total};
}

} // namespace parindex
