#include "core/package/FeedbackPackage.h"

#include "core/common/Clock.h"
#include "core/crypto/Sha256.h"
#include "core/package/PackageEntries.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QUuid>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace parindex {

namespace {

constexpr qint64 kMaxManifest = 256 * 1024;
constexpr qint64 kMaxData = 32 * 1024 * 1024;

} // namespace

Result<QString> FeedbackPackage::write(package::FeedbackManifest m, const QByteArray& data, const SigningKey& key,
                                       PendingFile& out)
{
    using R = Result<QString>;
    if (!key.hasPrivateKey())
        return R::failure(tr("a private key is needed to sign"));
    m.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.created = Clock::now();
    m.appVersion = QStringLiteral(PARINDEX_VERSION);
    m.signerAlgorithm = QString::fromLatin1(SigningKey::Algorithm);
    m.signerKeyId = key.keyId();
    m.dataSha256 = Sha256::hexHash(data);
    m.dataSize = data.size();
    const QByteArray manifest = m.toJson();
    const auto signature = key.sign(package::signedFeedbackMessage(manifest));
    if (!signature)
        return R::failure(signature.error());
    auto failed = [&](const QString& what) {
        if (out.hasWriteError())
            return R::failure(out.writeFailure());
        const QString disk = out.diskProblem();
        return R::failure(disk.isEmpty() ? what : disk);
    };
    {
        QuaZip zip(out.device());
        zip.setUtf8Enabled(true);
        zip.setAutoClose(false);
        if (!zip.open(QuaZip::mdCreate))
            return failed(tr("cannot start the package: error %1").arg(zip.getZipError()));
        if (!writeEntry(zip, package::manifestEntry(), manifest, true) ||
            !writeEntry(zip, package::signatureEntry(), signature.value(), false) ||
            !writeEntry(zip, package::feedbackDataEntry(), data, true))
            return failed(tr("writing the package failed"));
        zip.close();
        if (zip.getZipError() != ZIP_OK)
            return failed(tr("writing the package failed: error %1").arg(zip.getZipError()));
    }
    return Sha256::hexHash(manifest);
}

FeedbackVerdict FeedbackPackage::read(const QString& path, const SigningKey& centreKey, const ZipLimits& limits)
{
    FeedbackVerdict verdict;
    auto reject = [&](const QString& rule, const QString& detail) {
        verdict.outcome.kind = ImportOutcome::Kind::Rejected;
        verdict.outcome.rule = rule;
        verdict.outcome.detail = detail;
        return verdict;
    };
    if (Status s = FileGuard::checkDocument(path); !s)
        return reject(tr("unreadable"), s.error());
    QFile zip(path);
    if (!zip.open(QIODevice::ReadOnly))
        return reject(tr("unreadable"), zip.errorString());

    // 1. Structure and names: exactly the three entries, nothing else.
    const auto scanned = ZipScanner::scan(zip, limits);
    if (!scanned)
        return reject(tr("zip structure"), scanned.error());
    QHash<QString, const ZipEntry*> byName;
    if (auto r =
            indexEntries(scanned.value(), package::isAllowedFeedbackEntryName,
                         {package::manifestEntry(), package::signatureEntry(), package::feedbackDataEntry()}, byName))
        return reject(r->rule, r->detail);

    // 2. The signature with the centre's key, before the manifest is parsed.
    if (auto r = readSmall(zip, *byName.value(package::manifestEntry()), kMaxManifest, verdict.manifestBytes))
        return reject(r->rule, r->detail);
    if (auto r = readSmall(zip, *byName.value(package::signatureEntry()), 1024, verdict.signature))
        return reject(r->rule, r->detail);
    if (!centreKey.verify(package::signedFeedbackMessage(verdict.manifestBytes), verdict.signature))
        return reject(tr("signature"), tr("the centre's enrolled key does not verify the signature"));

    // 3. The manifest, then the data against it.
    const auto manifest = package::FeedbackManifest::parse(verdict.manifestBytes);
    if (!manifest)
        return reject(tr("manifest"), manifest.error());
    verdict.manifest = manifest.value();
    verdict.manifestSha256 = Sha256::hexHash(verdict.manifestBytes);
    verdict.outcome.unitCode = verdict.manifest.unitCode;
    verdict.outcome.sequence = verdict.manifest.sequence;
    if (verdict.manifest.signerKeyId != centreKey.keyId())
        return reject(tr("manifest"), tr("the signer named in the manifest is not the key that signed it"));
    const ZipEntry* dataEntry = byName.value(package::feedbackDataEntry());
    if (verdict.manifest.dataSize != qint64(dataEntry->size))
        return reject(tr("size or hash mismatch"), dataEntry->name);
    if (auto r = readSmall(zip, *dataEntry, kMaxData, verdict.dataBytes))
        return reject(r->rule, r->detail);
    if (Sha256::hexHash(verdict.dataBytes) != verdict.manifest.dataSha256)
        return reject(tr("size or hash mismatch"), dataEntry->name);
    const auto data = package::FeedbackData::parse(verdict.dataBytes);
    if (!data)
        return reject(tr("data"), data.error());
    verdict.data = data.value();
    if (verdict.data.unitCode != verdict.manifest.unitCode || verdict.data.year != verdict.manifest.year ||
        verdict.data.setSha256 != verdict.manifest.setSha256 || verdict.data.round != verdict.manifest.round)
        return reject(tr("data"), tr("the data is for another unit, year, set or round than the manifest"));
    verdict.outcome.kind = ImportOutcome::Kind::Accepted;
    return verdict;
}

} // namespace parindex
