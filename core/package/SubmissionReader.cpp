#include "core/package/SubmissionReader.h"

#include "core/crypto/Sha256.h"
#include "core/crypto/SigningKey.h"
#include "core/files/SafeFile.h"
#include "core/package/PackageEntries.h"
#include "core/scoring/Evaluation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QUuid>
#include <zlib.h>

namespace parindex {

QString ImportOutcome::text() const
{
    switch (kind) {
    case Kind::Accepted:
        return QCoreApplication::translate("SubmissionImporter", "accepted");
    case Kind::AlreadyImported:
        return QCoreApplication::translate("SubmissionImporter", "already imported");
    case Kind::Rejected:
        break;
    }
    return QCoreApplication::translate("SubmissionImporter", "rejected: %1 (%2)").arg(rule, detail);
}

Freshness freshness(qint64 sequence, const QString& manifestSha256, const std::optional<AcceptedVersion>& accepted)
{
    const qint64 s = accepted ? accepted->sequence : 0;
    if (sequence < s)
        return Freshness::Older;
    if (sequence > s)
        return Freshness::Newer;
    return accepted && accepted->manifestSha256 == manifestSha256 ? Freshness::Same : Freshness::Fork;
}

StagedFiles::~StagedFiles()
{
    removeTree(m_folder);
    QDir().rmdir(QFileInfo(m_folder).absolutePath()); // the staging root too, once empty
}

SubmissionReader::SubmissionReader(TrustSnapshot trust, QString stagingRoot, ImportLimits limits)
    : m_trust(std::move(trust)), m_stagingRoot(std::move(stagingRoot)), m_limits(limits)
{}

PackageVerdict SubmissionReader::verify(const QString& path, const std::atomic_bool* cancel) const
{
    PackageVerdict verdict;
    ImportOutcome& outcome = verdict.outcome;
    auto reject = [&](const QString& rule, const QString& detail) {
        outcome.kind = ImportOutcome::Kind::Rejected;
        outcome.rule = rule;
        outcome.detail = detail;
        verdict.staged.reset();
        return verdict;
    };
    if (Status s = FileGuard::checkDocument(path); !s)
        return reject(tr("unreadable"), s.error());
    QFile zip(path);
    if (!zip.open(QIODevice::ReadOnly))
        return reject(tr("unreadable"), zip.errorString());

    // 1. Structure, names and limits, before any byte is decompressed.
    const auto scanned = ZipScanner::scan(zip, m_limits.zip);
    if (!scanned)
        return reject(tr("zip structure"), scanned.error());
    QHash<QString, const ZipEntry*> byName;
    if (auto r = indexEntries(scanned.value(), package::isAllowedEntryName,
                              {package::manifestEntry(), package::signatureEntry(), package::dataEntry()}, byName))
        return reject(r->rule, r->detail);
    for (const ZipEntry& e : scanned.value()) {
        if (package::isBlobEntry(e.name) && e.method != 0)
            return reject(tr("evidence must be stored"), e.name);
    }

    // 2. The signature, before the manifest is parsed: it must verify with a key enrolled for a unit.
    QByteArray manifestBytes;
    QByteArray signature;
    if (auto r = readSmall(zip, *byName.value(package::manifestEntry()), m_limits.maxManifest, manifestBytes))
        return reject(r->rule, r->detail);
    if (auto r = readSmall(zip, *byName.value(package::signatureEntry()), 1024, signature))
        return reject(r->rule, r->detail);
    const QByteArray message = package::signedMessage(manifestBytes);
    const EnrolledKey* signer = nullptr;
    bool revokedSigner = false;
    for (const EnrolledKey& k : m_trust.keys) {
        const auto key = SigningKey::fromPublicPem(k.publicPem);
        if (!key || !key->verify(message, signature))
            continue;
        if (!k.active()) {
            revokedSigner = true;
            continue;
        }
        signer = &k;
        break;
    }
    if (!signer)
        return revokedSigner ? reject(tr("revoked key"), tr("signed with a key that was revoked"))
                             : reject(tr("signature"), tr("no enrolled key verifies the signature"));

    // 3. The manifest's promises.
    const auto parsed = package::Manifest::parse(manifestBytes);
    if (!parsed)
        return reject(tr("manifest"), parsed.error());
    const package::Manifest& m = parsed.value();
    verdict.manifest = m;
    const auto unitIt = m_trust.units.constFind(signer->unitId);
    if (unitIt == m_trust.units.cend())
        return reject(tr("signer is not this unit"), tr("the key's unit is no longer registered"));
    const Unit& unit = *unitIt;
    outcome.unitCode = unit.code;
    if (m.unitCode != unit.code)
        return reject(tr("signer is not this unit"), tr("the key is enrolled for %1").arg(unit.code));
    if (m.signerKeyId != signer->keyId)
        return reject(tr("manifest"), tr("the signer named in the manifest is not the key that signed it"));
    if (m.round != QLatin1String(package::SelfAssessmentRound))
        return reject(tr("manifest"), tr("unknown round \"%1\"").arg(m.round));
    const CriteriaSetPtr set = m_trust.sets.value(m.setSha256);
    if (!set || set->year != m.year || set->group != unit.group)
        return reject(tr("unknown year or criteria set"), tr("%1 for %2").arg(m.setSha256.left(12)).arg(m.year));
    outcome.sequence = m.sequence;
    const ZipEntry* dataEntry = byName.value(package::dataEntry());
    if (m.dataSize != qint64(dataEntry->size))
        return reject(tr("size or hash mismatch"), dataEntry->name);
    QSet<QString> listed;
    qint64 blobBytes = 0;
    for (const package::ManifestEvidence& e : m.evidence) {
        const QString name = package::blobEntry(e.sha256);
        const ZipEntry* entry = byName.value(name);
        if (!entry)
            return reject(tr("missing entry"), name);
        if (e.size != qint64(entry->size))
            return reject(tr("size or hash mismatch"), name);
        listed.insert(name);
        blobBytes += qint64(entry->size);
    }
    for (const ZipEntry& e : scanned.value()) {
        if (package::isBlobEntry(e.name) && !listed.contains(e.name))
            return reject(tr("extra entry"), e.name);
    }

    // 4. Freshness: newer than what was accepted for this unit, year and set.
    const QString manifestSha = Sha256::hexHash(manifestBytes);
    StoredSubmission& stored = verdict.submission;
    stored.unitId = unit.id;
    stored.year = m.year;
    stored.setSha256 = m.setSha256;
    stored.sequence = m.sequence;
    stored.manifestSha256 = manifestSha;
    stored.packageId = m.packageId;
    stored.signerKeyId = signer->keyId;
    stored.packageSize = zip.size();
    stored.manifest = manifestBytes;
    stored.signature = signature;
    const auto accepted = m_trust.accepted.value(acceptedVersionKey(unit.id, m.year, m.setSha256));
    const std::optional<AcceptedVersion> inForce =
        m_trust.accepted.contains(acceptedVersionKey(unit.id, m.year, m.setSha256)) ? std::optional(accepted)
                                                                                    : std::nullopt;
    switch (freshness(m.sequence, manifestSha, inForce)) {
    case Freshness::Older:
        return reject(tr("older version"), tr("older than the accepted version %1").arg(accepted.sequence));
    case Freshness::Same:
        outcome.kind = ImportOutcome::Kind::AlreadyImported;
        return verdict;
    case Freshness::Fork:
        verdict.forkAlert = true;
        return reject(tr("fork"), tr("another package was accepted as version %1").arg(accepted.sequence));
    case Freshness::Newer:
        if (m.sequence > accepted.sequence + MaxSequenceStep)
            return reject(tr("manifest"), tr("version %1 jumps more than %2 past the accepted version %3")
                                              .arg(m.sequence)
                                              .arg(MaxSequenceStep)
                                              .arg(accepted.sequence));
        if (m_trust.withdrawn.contains(manifestSha))
            return reject(tr("withdrawn"), tr("this package was withdrawn by the centre"));
        break;
    }

    // 5. The unit's data: its hash, then what it says against the manifest and the criteria set.
    QByteArray data;
    if (auto r = readSmall(zip, *dataEntry, m_limits.maxData, data))
        return reject(r->rule, r->detail);
    if (Sha256::hexHash(data) != m.dataSha256)
        return reject(tr("size or hash mismatch"), dataEntry->name);
    const auto content = package::SubmissionData::parse(data);
    if (!content)
        return reject(tr("data"), content.error());
    if (content->unitCode != m.unitCode || content->year != m.year || content->setSha256 != m.setSha256)
        return reject(tr("data"), tr("the data is for another unit, year or criteria set than the manifest"));
    // Every score follows from its input by the set's rule, as the centre computes it; the
    // unit's totals in the manifest follow from them.
    ItemInputs inputs;
    for (const package::SubmittedScore& score : content->scores) {
        const CriteriaNode* node = set->find(score.item);
        if (!node || !node->isLeaf())
            return reject(tr("data"), tr("the criteria set has no scored item %1").arg(score.item));
        if (inputs.contains(score.item))
            return reject(tr("data"), tr("item %1 is scored twice").arg(score.item));
        if (node->isSurvey() && score.input.kind != ItemInput::Kind::None)
            return reject(tr("data"), tr("item %1 is scored by the survey, not by the unit").arg(score.item));
        const ItemScore computed = Scorer::score(*set, *node, score.input);
        if (computed.state == ItemScore::State::Invalid)
            return reject(tr("data"), computed.error);
        const bool scored = computed.state == ItemScore::State::Scored;
        if (score.points.has_value() != scored || (scored && *score.points != computed.points))
            return reject(tr("data"), tr("item %1: the points %2 do not follow from the input (%3)")
                                          .arg(score.item, score.points ? score.points->toString() : tr("none"),
                                               scored ? computed.points.toString() : tr("none")));
        inputs.insert(score.item, score.input);
    }
    const Evaluation totals = evaluate(*set, inputs);
    if (m.selfTotal != totals.selfTotal() || m.selfPossible != totals.selfPossible() || m.bonus != totals.bonus ||
        m.penalty != totals.penalty)
        return reject(tr("manifest"), tr("the totals (%1 of %2) do not follow from the scores (%3 of %4)")
                                          .arg(m.selfTotal.toString(), m.selfPossible.toString(),
                                               totals.selfTotal().toString(), totals.selfPossible().toString()));
    for (const package::SubmittedDocument& d : content->documents) {
        if (!listed.contains(package::blobEntry(d.sha256)))
            return reject(tr("data"), tr("document %1 has no file in the package").arg(d.displayName));
        for (const QString& item : d.items) {
            if (!set->find(item))
                return reject(tr("data"),
                              tr("document %1 supports an item the set does not have: %2").arg(d.displayName, item));
        }
    }
    stored.data = data;

    // 6. Room on disk, then every byte streamed into staging while hashed; CRCs after each entry.
    // Staging is a folder beside the centre's file, never reached through a link, and each
    // import stages in a fresh folder of its own (made with mkdtemp's guarantees).
    const QFileInfo root(m_stagingRoot);
    if (root.isSymLink() || (root.exists() && !root.isDir()))
        return reject(tr("storage"), tr("%1 is a link or a file, not the centre's staging folder; move it away")
                                         .arg(QDir::toNativeSeparators(m_stagingRoot)));
    if (!root.exists() && !QDir().mkdir(m_stagingRoot))
        return reject(tr("storage"), tr("cannot create %1").arg(QDir::toNativeSeparators(m_stagingRoot)));
    QTemporaryDir own(m_stagingRoot + QStringLiteral("/import-XXXXXX"));
    if (!own.isValid())
        return reject(
            tr("storage"),
            tr("cannot create a folder in %1: %2").arg(QDir::toNativeSeparators(m_stagingRoot), own.errorString()));
    own.setAutoRemove(false); // removed by StagedFiles
    verdict.staged = std::make_shared<StagedFiles>(own.path());
    const QString staging = verdict.staged->folder();
    if (QStorageInfo(staging).bytesAvailable() < blobBytes + m_limits.spareDisk)
        return reject(tr("low disk space"), tr("%1 MiB needed").arg(((blobBytes + m_limits.spareDisk) >> 20) + 1));
    for (const package::ManifestEvidence& e : m.evidence) {
        const ZipEntry& entry = *byName.value(package::blobEntry(e.sha256));
        QFile out(verdict.staged->pathFor(e.sha256));
        if (!out.open(QIODevice::WriteOnly))
            return reject(tr("storage"), out.errorString());
        Sha256 hash;
        const auto r = readEntry(
            zip, entry,
            [&](const char* p, qint64 n) {
                hash.add(p, n);
                return out.write(p, n) == n;
            },
            cancel);
        if (r)
            return reject(r->rule, r->detail);
        if (!flushToDisk(out)) // on the disk before the database says the file is there
            return reject(tr("storage"), describeWriteProblem(out.fileName(), out.errorString()));
        out.close();
        if (hash.hexResult() != e.sha256)
            return reject(tr("size or hash mismatch"), entry.name);
        stored.evidence.append({e.sha256, e.size});
    }
    outcome.kind = ImportOutcome::Kind::Accepted;
    return verdict;
}

} // namespace parindex
