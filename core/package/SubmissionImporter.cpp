#include "SubmissionImporter.h"

#include "SubmissionWriter.h"
#include "common/Clock.h"
#include "criteria/CriteriaCatalog.h"
#include "crypto/Sha256.h"
#include "crypto/SigningKey.h"
#include "evidence/EvidenceStore.h"
#include "store/Assessments.h"
#include "store/Keys.h"
#include "store/Units.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>

#include <zlib.h>

namespace parindex {

namespace {

struct Reject
{
    QString rule;
    QString detail;
};

// Reads an entry's bytes: stored entries straight, deflated ones inflated, never more than the
// declared size (one more byte of output is a lie about the size). Each chunk goes to `sink`.
std::optional<Reject> readEntry(QIODevice& zip, const ZipEntry& e, const std::function<bool(const char*, qint64)>& sink,
                                const std::atomic_bool* cancel)
{
    if (!zip.seek(qint64(e.dataOffset)))
        return Reject{QCoreApplication::translate("SubmissionImporter", "truncated"), e.name};
    QByteArray in(1 << 20, Qt::Uninitialized);
    QByteArray out(1 << 20, Qt::Uninitialized);
    quint64 remaining = e.compressedSize;
    quint64 produced = 0;
    quint32 crc = crc32(0, nullptr, 0);
    z_stream z{};
    if (e.method == 8 && inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return Reject{QCoreApplication::translate("SubmissionImporter", "zip"), e.name};
    bool finished = e.method == 0;
    std::optional<Reject> failure;
    while (remaining > 0 && !failure) {
        if (cancel && cancel->load()) {
            failure = Reject{QCoreApplication::translate("SubmissionImporter", "cancelled"), e.name};
            break;
        }
        const qint64 n = zip.read(in.data(), qint64(qMin<quint64>(remaining, quint64(in.size()))));
        if (n <= 0) {
            failure = Reject{QCoreApplication::translate("SubmissionImporter", "truncated"), e.name};
            break;
        }
        remaining -= quint64(n);
        if (e.method == 0) {
            produced += quint64(n);
            crc = crc32(crc, reinterpret_cast<const Bytef*>(in.constData()), uInt(n));
            if (!sink(in.constData(), n))
                failure = Reject{QCoreApplication::translate("SubmissionImporter", "storage"), e.name};
            continue;
        }
        z.next_in = reinterpret_cast<Bytef*>(in.data());
        z.avail_in = uInt(n);
        while (z.avail_in > 0 && !failure && !finished) {
            z.next_out = reinterpret_cast<Bytef*>(out.data());
            z.avail_out = uInt(out.size());
            const int rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END) {
                failure = Reject{QCoreApplication::translate("SubmissionImporter", "corrupt data"), e.name};
                break;
            }
            const qint64 got = out.size() - qint64(z.avail_out);
            produced += quint64(got);
            if (produced > e.size) {
                failure = Reject{QCoreApplication::translate("SubmissionImporter", "size lie"), e.name};
                break;
            }
            crc = crc32(crc, reinterpret_cast<const Bytef*>(out.constData()), uInt(got));
            if (got > 0 && !sink(out.constData(), got))
                failure = Reject{QCoreApplication::translate("SubmissionImporter", "storage"), e.name};
            finished = rc == Z_STREAM_END;
        }
    }
    if (e.method == 8)
        inflateEnd(&z);
    if (failure)
        return failure;
    if (!finished || produced != e.size)
        return Reject{QCoreApplication::translate("SubmissionImporter", "size lie"), e.name};
    if (crc != e.crc32)
        return Reject{QCoreApplication::translate("SubmissionImporter", "crc"), e.name};
    return std::nullopt;
}

std::optional<Reject> readSmall(QIODevice& zip, const ZipEntry& e, qint64 cap, QByteArray& out)
{
    if (qint64(e.size) > cap)
        return Reject{QCoreApplication::translate("SubmissionImporter", "limits"), e.name};
    out.clear();
    out.reserve(qsizetype(e.size));
    return readEntry(zip, e, [&](const char* p, qint64 n) {
        out.append(p, n);
        return true;
    }, nullptr);
}

bool isHex64(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

std::optional<qint64> positiveInteger(const QJsonValue& v)
{
    bool ok = false;
    const qint64 n = v.isString() ? v.toString().toLongLong(&ok) : 0;
    return ok && n >= 0 && v.toString() == QString::number(n) ? std::optional(n) : std::nullopt;
}

} // namespace

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

SubmissionImporter::SubmissionImporter(DataFile& centre, ImportLimits limits) : m_centre(centre), m_limits(limits)
{
    // Whatever an interrupted import left behind goes at start-up.
    QDir(stagingFolder()).removeRecursively();
}

QString SubmissionImporter::stagingFolder() const
{
    const QFileInfo fi(m_centre.path());
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".staging");
}

ImportOutcome SubmissionImporter::importFile(const QString& path, const std::atomic_bool* cancel)
{
    ImportOutcome outcome;
    auto reject = [&](const QString& rule, const QString& detail) {
        outcome.kind = ImportOutcome::Kind::Rejected;
        outcome.rule = rule;
        outcome.detail = detail;
        return outcome;
    };
    QFile zip(path);
    if (!zip.open(QIODevice::ReadOnly))
        return reject(tr("unreadable"), zip.errorString());

    // 1. Structure, names and limits, before any byte is decompressed.
    const auto scanned = ZipScanner::scan(zip, m_limits.zip);
    if (!scanned)
        return reject(tr("zip structure"), scanned.error());
    static const QRegularExpression allowed(QStringLiteral("^(manifest\\.json|manifest\\.sig|data/assessment\\.json|blobs/[0-9a-f]{64})$"));
    QHash<QString, const ZipEntry*> byName;
    QSet<QString> folded;
    for (const ZipEntry& e : scanned.value()) {
        if (!allowed.match(e.name).hasMatch())
            return reject(tr("name not allowed"), e.name);
        if (byName.contains(e.name) || folded.contains(e.name.toCaseFolded()))
            return reject(tr("duplicate entry"), e.name);
        byName.insert(e.name, &e);
        folded.insert(e.name.toCaseFolded());
        if (e.name.startsWith(QLatin1String("blobs/")) && e.method != 0)
            return reject(tr("evidence must be stored"), e.name);
    }
    if (scanned->first().name != QLatin1String("manifest.json"))
        return reject(tr("manifest not first"), scanned->first().name);
    for (const char* required : {"manifest.json", "manifest.sig", "data/assessment.json"}) {
        if (!byName.contains(QLatin1String(required)))
            return reject(tr("missing entry"), QLatin1String(required));
    }

    // 2. The signature, before the manifest is parsed: it must verify with a key enrolled for a unit.
    QByteArray manifest;
    QByteArray signature;
    if (auto r = readSmall(zip, *byName.value(QStringLiteral("manifest.json")), m_limits.maxManifest, manifest))
        return reject(r->rule, r->detail);
    if (auto r = readSmall(zip, *byName.value(QStringLiteral("manifest.sig")), 1024, signature))
        return reject(r->rule, r->detail);
    const QByteArray message = SubmissionWriter::signedMessage(manifest);
    qint64 unitId = 0;
    QString signerKeyId;
    bool revokedSigner = false;
    {
        QSqlQuery q(m_centre.db());
        q.exec(QStringLiteral("SELECT unit_id, key_id, public_pem, revoked_at FROM unit_keys"));
        while (q.next()) {
            const auto key = SigningKey::fromPublicPem(q.value(2).toString().toLatin1());
            if (!key || !key->verify(message, signature))
                continue;
            if (!q.value(3).isNull()) {
                revokedSigner = true;
                continue;
            }
            unitId = q.value(0).toLongLong();
            signerKeyId = q.value(1).toString();
            break;
        }
    }
    if (unitId == 0)
        return revokedSigner ? reject(tr("revoked key"), tr("signed with a key that was revoked"))
                             : reject(tr("signature"), tr("no enrolled key verifies the signature"));

    // 3. The manifest's promises.
    QJsonParseError pe;
    const QJsonObject m = QJsonDocument::fromJson(manifest, &pe).object();
    if (pe.error != QJsonParseError::NoError || m.value(QLatin1String("format")).toString() != QLatin1String("parindex.submission") ||
        m.value(QLatin1String("format_version")).toInt() != 1)
        return reject(tr("manifest"), tr("not a version 1 submission manifest"));
    const auto unit = [&]() -> std::optional<Unit> {
        for (const Unit& u : Units(m_centre).all()) {
            if (u.id == unitId)
                return u;
        }
        return std::nullopt;
    }();
    outcome.unitCode = unit ? unit->code : QString();
    if (!unit || m.value(QLatin1String("unit")).toObject().value(QLatin1String("code")).toString() != unit->code)
        return reject(tr("signer is not this unit"), tr("the key is enrolled for %1").arg(outcome.unitCode));
    if (m.value(QLatin1String("signer")).toObject().value(QLatin1String("key_id")).toString() != signerKeyId)
        return reject(tr("manifest"), tr("the signer named in the manifest is not the key that signed it"));
    const int year = m.value(QLatin1String("year")).toInt();
    const QString setSha = m.value(QLatin1String("criteria_set")).toObject().value(QLatin1String("sha256")).toString();
    CriteriaSetPtr set;
    for (const auto& s : CriteriaCatalog::shipped()) {
        if (s->sha256 == setSha)
            set = s;
    }
    if (!set)
        set = Assessments(m_centre).storedSet(setSha);
    if (!set || set->year != year || set->group != unit->group)
        return reject(tr("unknown year or criteria set"), tr("%1 for %2").arg(setSha.left(12)).arg(year));
    const auto sequence = positiveInteger(m.value(QLatin1String("sequence")));
    if (!sequence || *sequence < 1)
        return reject(tr("manifest"), tr("no valid sequence number"));
    outcome.sequence = *sequence;
    const QJsonObject dataInfo = m.value(QLatin1String("data")).toObject();
    const ZipEntry* dataEntry = byName.value(QStringLiteral("data/assessment.json"));
    if (dataInfo.value(QLatin1String("path")).toString() != dataEntry->name ||
        positiveInteger(dataInfo.value(QLatin1String("size"))) != qint64(dataEntry->size) ||
        !isHex64(dataInfo.value(QLatin1String("sha256")).toString()))
        return reject(tr("size or hash mismatch"), dataEntry->name);
    QSet<QString> listed;
    qint64 blobBytes = 0;
    for (const QJsonValue& v : m.value(QLatin1String("evidence")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString sha = o.value(QLatin1String("sha256")).toString();
        const QString name = QStringLiteral("blobs/") + sha;
        const ZipEntry* e = byName.value(name);
        if (!isHex64(sha) || o.value(QLatin1String("path")).toString() != name || listed.contains(name))
            return reject(tr("manifest"), tr("evidence entry %1").arg(name));
        if (!e)
            return reject(tr("missing entry"), name);
        if (positiveInteger(o.value(QLatin1String("size"))) != qint64(e->size))
            return reject(tr("size or hash mismatch"), name);
        listed.insert(name);
        blobBytes += qint64(e->size);
    }
    for (const ZipEntry& e : scanned.value()) {
        if (e.name.startsWith(QLatin1String("blobs/")) && !listed.contains(e.name))
            return reject(tr("extra entry"), e.name);
    }

    // 4. Freshness: newer than what was accepted for this unit, year and set.
    const QString manifestSha = Sha256::hexHash(manifest);
    qint64 accepted = 0;
    QString acceptedSha;
    {
        QSqlQuery q(m_centre.db());
        q.prepare(QStringLiteral("SELECT sequence, manifest_sha256 FROM submissions WHERE unit_id = ? AND year = ? AND set_sha256 = ? "
                                 "ORDER BY sequence DESC LIMIT 1"));
        q.addBindValue(unitId);
        q.addBindValue(year);
        q.addBindValue(setSha);
        if (q.exec() && q.next()) {
            accepted = q.value(0).toLongLong();
            acceptedSha = q.value(1).toString();
        }
    }
    if (*sequence < accepted)
        return reject(tr("older version"), tr("older than the accepted version %1").arg(accepted));
    if (*sequence == accepted && manifestSha == acceptedSha) {
        outcome.kind = ImportOutcome::Kind::AlreadyImported;
        return outcome;
    }
    if (*sequence == accepted) {
        QSqlQuery q(m_centre.db());
        q.prepare(QStringLiteral("INSERT INTO submission_alerts(unit_id, year, sequence, manifest_sha256, at, reason) VALUES(?, ?, ?, ?, ?, ?)"));
        q.addBindValue(unitId);
        q.addBindValue(year);
        q.addBindValue(*sequence);
        q.addBindValue(manifestSha);
        q.addBindValue(Clock::now().toUTC().toString(Qt::ISODate));
        q.addBindValue(QStringLiteral("two different packages with one sequence number"));
        q.exec();
        return reject(tr("fork"), tr("another package was accepted as version %1").arg(accepted));
    }

    // 5. Room on disk, then every byte streamed into staging while hashed; CRCs after each entry.
    const QString staging = stagingFolder() + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QDir().mkpath(staging))
        return reject(tr("storage"), tr("cannot create %1").arg(staging));
    struct Cleanup
    {
        QString dir;
        ~Cleanup()
        {
            QDir(dir).removeRecursively();
            QDir().rmdir(QFileInfo(dir).absolutePath()); // the staging folder itself, when empty
        }
    } cleanup{staging};
    if (QStorageInfo(staging).bytesAvailable() < blobBytes + qint64(dataEntry->size) + m_limits.spareDisk)
        return reject(tr("low disk space"), tr("%1 MiB needed").arg((blobBytes >> 20) + 1));
    QByteArray data;
    if (auto r = readSmall(zip, *dataEntry, m_limits.maxData, data))
        return reject(r->rule, r->detail);
    if (Sha256::hexHash(data) != dataInfo.value(QLatin1String("sha256")).toString())
        return reject(tr("size or hash mismatch"), dataEntry->name);
    for (const QString& name : listed) {
        const ZipEntry& e = *byName.value(name);
        QFile out(staging + QLatin1Char('/') + name.mid(6));
        if (!out.open(QIODevice::WriteOnly))
            return reject(tr("storage"), out.errorString());
        Sha256 hash;
        const auto r = readEntry(zip, e, [&](const char* p, qint64 n) {
            hash.add(p, n);
            return out.write(p, n) == n;
        }, cancel);
        if (r)
            return reject(r->rule, r->detail);
        if (!out.flush())
            return reject(tr("storage"), out.errorString());
        out.close();
        if (hash.hexResult() != name.mid(6))
            return reject(tr("size or hash mismatch"), name);
    }

    // 6. All checks passed: evidence into the store, then one transaction for the rows.
    EvidenceStore store(m_centre.evidenceFolder());
    if (!QDir().mkpath(store.folder()))
        return reject(tr("storage"), store.folder());
    for (const QString& name : listed) {
        const QString sha = name.mid(6);
        const QString staged = staging + QLatin1Char('/') + sha;
        if (store.contains(sha))
            continue;
        if (!QFile::rename(staged, store.pathFor(sha)))
            return reject(tr("storage"), tr("cannot move %1 into the evidence store").arg(sha));
    }
    Transaction t(m_centre);
    QSqlQuery q(m_centre.db());
    q.prepare(QStringLiteral("INSERT INTO submissions(unit_id, year, set_sha256, sequence, manifest_sha256, package_id, signer_key_id, "
                             "received_at, package_size, manifest, signature, data) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    q.addBindValue(setSha);
    q.addBindValue(*sequence);
    q.addBindValue(manifestSha);
    q.addBindValue(m.value(QLatin1String("package_id")).toString());
    q.addBindValue(signerKeyId);
    q.addBindValue(Clock::now().toUTC().toString(Qt::ISODate));
    q.addBindValue(zip.size());
    q.addBindValue(manifest);
    q.addBindValue(signature);
    q.addBindValue(data);
    if (Status s = execute(q, tr("storing the package")); !s)
        return reject(tr("storage"), s.error());
    const qint64 submissionId = q.lastInsertId().toLongLong();
    QSqlQuery ev(m_centre.db());
    ev.prepare(QStringLiteral("INSERT INTO submission_evidence(submission_id, sha256, size) VALUES(?, ?, ?)"));
    for (const QString& name : listed) {
        ev.addBindValue(submissionId);
        ev.addBindValue(name.mid(6));
        ev.addBindValue(qint64(byName.value(name)->size));
        if (Status s = execute(ev, tr("storing the package")); !s)
            return reject(tr("storage"), s.error());
    }
    if (Status s = m_centre.audit(QStringLiteral("submission"), unit->code, QString::number(*sequence), acceptedSha, manifestSha); !s)
        return reject(tr("storage"), s.error());
    if (Status s = t.commit(); !s)
        return reject(tr("storage"), s.error());
    outcome.kind = ImportOutcome::Kind::Accepted;
    return outcome;
}

} // namespace parindex
