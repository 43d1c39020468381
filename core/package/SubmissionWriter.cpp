#include "SubmissionWriter.h"

#include "common/Clock.h"
#include "crypto/Sha256.h"
#include "unit/UnitAssessment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace parindex {

namespace {

const QString kSequenceKey = QStringLiteral("submission/sequence");
const QString kLastManifestKey = QStringLiteral("submission/last_manifest_sha256");
constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kZip64Above = (qint64(1) << 32) - (qint64(1) << 24);

QString str(Points p)
{
    return p.toString();
}

QJsonArray items(const QStringList& codes)
{
    QJsonArray a;
    for (const QString& c : codes)
        a.append(c);
    return a;
}

QByteArray assessmentJson(const UnitAssessment& unit, const QList<EvidenceDocument>& documents)
{
    const CriteriaSet& set = unit.set();
    const Evaluation& e = unit.evaluation();
    QJsonArray scores;
    for (const CriteriaNode* node : set.allNodes()) {
        if (!node->isLeaf())
            continue;
        const StoredInput& s = unit.stored(node->code);
        if (s.input.kind == ItemInput::Kind::None && s.explanation.isEmpty())
            continue;
        const NodeResult* r = e.node(node->code);
        QJsonObject o{{QStringLiteral("item"), node->code}, {QStringLiteral("input"), s.input.encode()}};
        if (!s.input.reason.isEmpty())
            o.insert(QStringLiteral("reason"), s.input.reason);
        if (!s.explanation.isEmpty())
            o.insert(QStringLiteral("explanation"), s.explanation);
        if (r && r->item.state == ItemScore::State::Scored)
            o.insert(QStringLiteral("points"), str(r->achieved));
        scores.append(o);
    }
    QJsonArray docs;
    for (const EvidenceDocument& d : documents) {
        docs.append(QJsonObject{{QStringLiteral("sha256"), d.sha256},
                                {QStringLiteral("display_name"), d.displayName},
                                {QStringLiteral("number"), d.number},
                                {QStringLiteral("issued_on"), d.issuedOn.isValid() ? d.issuedOn.toString(Qt::ISODate) : QString()},
                                {QStringLiteral("summary"), d.summary},
                                {QStringLiteral("items"), items(d.items)}});
    }
    const QJsonObject root{
        {QStringLiteral("unit"), QJsonObject{{QStringLiteral("code"), unit.unit().code}, {QStringLiteral("name"), unit.unit().name},
                                             {QStringLiteral("group"), UnitGroups::code(unit.unit().group)}}},
        {QStringLiteral("year"), unit.year()},
        {QStringLiteral("criteria_set"), QJsonObject{{QStringLiteral("id"), set.id}, {QStringLiteral("sha256"), set.sha256}}},
        {QStringLiteral("scores"), scores},
        {QStringLiteral("evidence"), docs},
        {QStringLiteral("report"), QJsonObject{{QStringLiteral("difficulties"), unit.reportText(ReportSection::Difficulties)},
                                               {QStringLiteral("proposals"), unit.reportText(ReportSection::Proposals)}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool writeEntry(QuaZip& zip, const QString& name, const QByteArray& bytes, bool compress)
{
    QuaZipFile f(&zip);
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(1980, 1, 1), QTime(0, 0)); // no clock in the package but the manifest's
    if (!f.open(QIODevice::WriteOnly, info, nullptr, 0, compress ? Z_DEFLATED : 0, compress ? Z_DEFAULT_COMPRESSION : 0))
        return false;
    const bool ok = f.write(bytes) == bytes.size();
    f.close();
    return ok && f.getZipError() == ZIP_OK;
}

} // namespace

QByteArray SubmissionWriter::signedMessage(const QByteArray& manifest)
{
    QByteArray m(SubmissionSignatureContext);
    m.append('\0');
    m.append(manifest);
    return m;
}

Result<ExportSummary> SubmissionWriter::write(UnitAssessment& unit, const SigningKey& key, const QString& target,
                                              const std::function<void(qint64, qint64)>& progress,
                                              const std::atomic_bool* cancel)
{
    using R = Result<ExportSummary>;
    if (!key.hasPrivateKey())
        return R::failure(tr("a private key is needed to sign"));
    DataFile& file = unit.file();
    const qint64 sequence = file.meta(kSequenceKey).toLongLong() + 1;
    const QString previous = file.meta(kLastManifestKey);
    const QList<EvidenceDocument> documents = unit.evidence();
    const QByteArray data = assessmentJson(unit, documents);

    qint64 total = 0;
    QJsonArray evidence;
    for (const EvidenceDocument& d : documents) {
        total += d.size;
        evidence.append(QJsonObject{{QStringLiteral("path"), QStringLiteral("blobs/") + d.sha256},
                                    {QStringLiteral("sha256"), d.sha256},
                                    {QStringLiteral("size"), QString::number(d.size)},
                                    {QStringLiteral("media_type"), d.mediaType},
                                    {QStringLiteral("display_name"), d.displayName},
                                    {QStringLiteral("items"), items(d.items)}});
    }
    const Evaluation& e = unit.evaluation();
    const QJsonObject manifestObject{
        {QStringLiteral("format"), QStringLiteral("parindex.submission")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("package_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("unit"), QJsonObject{{QStringLiteral("code"), unit.unit().code}, {QStringLiteral("name"), unit.unit().name}}},
        {QStringLiteral("year"), unit.year()},
        {QStringLiteral("round"), QStringLiteral("self-assessment")},
        {QStringLiteral("criteria_set"), QJsonObject{{QStringLiteral("id"), unit.set().id},
                                                     {QStringLiteral("version"), unit.set().version},
                                                     {QStringLiteral("sha256"), unit.set().sha256}}},
        {QStringLiteral("sequence"), QString::number(sequence)},
        {QStringLiteral("previous_manifest_sha256"), previous.isEmpty() ? QJsonValue() : QJsonValue(previous)},
        {QStringLiteral("created"), Clock::now().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("app_version"), QStringLiteral(PARINDEX_VERSION)},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("path"), QStringLiteral("data/assessment.json")},
                                             {QStringLiteral("sha256"), Sha256::hexHash(data)},
                                             {QStringLiteral("size"), QString::number(data.size())}}},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("self_total"), str(e.selfTotal())},
                                               {QStringLiteral("self_possible"), str(e.selfPossible())},
                                               {QStringLiteral("bonus"), str(e.bonus)},
                                               {QStringLiteral("penalty"), str(e.penalty)}}},
        {QStringLiteral("signer"), QJsonObject{{QStringLiteral("algorithm"), QString::fromLatin1(SigningKey::Algorithm)},
                                               {QStringLiteral("key_id"), key.keyId()}}},
    };
    const QByteArray manifest = QJsonDocument(manifestObject).toJson(QJsonDocument::Indented);
    const auto signature = key.sign(signedMessage(manifest));
    if (!signature)
        return R::failure(signature.error());

    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return R::failure(tr("cannot write %1: %2").arg(target, out.errorString()));
    {
        QuaZip zip(&out);
        zip.setUtf8Enabled(true);
        zip.setAutoClose(false); // QSaveFile is committed, never closed
        zip.setZip64Enabled(total > kZip64Above);
        if (!zip.open(QuaZip::mdCreate))
            return R::failure(tr("cannot start the package: error %1").arg(zip.getZipError()));
        if (!writeEntry(zip, QStringLiteral("manifest.json"), manifest, true) ||
            !writeEntry(zip, QStringLiteral("manifest.sig"), signature.value(), false) ||
            !writeEntry(zip, QStringLiteral("data/assessment.json"), data, true))
            return R::failure(tr("writing the package failed"));
        qint64 done = 0;
        QByteArray buffer(kChunk, Qt::Uninitialized);
        for (const EvidenceDocument& d : documents) {
            QFile source(unit.evidenceStore().pathFor(d.sha256));
            if (!source.open(QIODevice::ReadOnly))
                return R::failure(tr("the evidence file of \"%1\" is missing from the store").arg(d.displayName));
            QuaZipFile entry(&zip);
            QuaZipNewInfo info(QStringLiteral("blobs/") + d.sha256);
            info.dateTime = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
            if (!entry.open(QIODevice::WriteOnly, info, nullptr, 0, 0, 0))
                return R::failure(tr("writing the package failed"));
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
                    return R::failure(tr("writing the package failed: %1").arg(out.errorString()));
                copied += n;
                done += n;
                if (progress)
                    progress(done, total);
            }
            entry.close();
            // The store names files by their hash: a file that no longer matches its name was
            // damaged on disk and must not be sent.
            if (hash.hexResult() != d.sha256 || copied != d.size)
                return R::failure(tr("the evidence file of \"%1\" is damaged (its content no longer matches)").arg(d.displayName));
            if (entry.getZipError() != ZIP_OK)
                return R::failure(tr("writing the package failed"));
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK)
            return R::failure(tr("writing the package failed: error %1").arg(zip.getZipError()));
    }
    if (!out.commit())
        return R::failure(tr("cannot write %1: %2").arg(target, out.errorString()));

    ExportSummary summary{sequence, Sha256::hexHash(manifest), int(documents.size()), total};
    Transaction t(file);
    if (Status s = file.setMeta(kSequenceKey, QString::number(sequence)); !s)
        return R::failure(s.error());
    if (Status s = file.setMeta(kLastManifestKey, summary.manifestSha256); !s)
        return R::failure(s.error());
    if (Status s = file.audit(QStringLiteral("export"), target, QString(), previous, summary.manifestSha256); !s)
        return R::failure(s.error());
    if (Status s = t.commit(); !s)
        return R::failure(s.error());
    return summary;
}

} // namespace parindex
