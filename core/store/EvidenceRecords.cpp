#include "EvidenceRecords.h"

#include "common/Clock.h"
#include "common/Text.h"

#include <QSqlQuery>
#include <QVariant>

namespace parindex {

Result<qint64> EvidenceRecords::add(const EvidenceDocument& doc, const EvidenceStore& store)
{
    using R = Result<qint64>;
    if (!store.contains(doc.sha256))
        return R::failure(tr("the evidence file %1 is not in the store").arg(doc.sha256));
    const QString name = normalized(doc.displayName);
    if (name.isEmpty())
        return R::failure(tr("a document needs a name"));
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("INSERT INTO evidence(assessment_id, sha256, size, media_type, display_name, doc_number, "
                             "issued_on, summary, added_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(doc.assessmentId);
    q.addBindValue(doc.sha256);
    q.addBindValue(doc.size);
    q.addBindValue(normalized(doc.mediaType));
    q.addBindValue(name);
    q.addBindValue(normalized(doc.number));
    q.addBindValue(doc.issuedOn.isValid() ? QVariant(doc.issuedOn.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(normalized(doc.summary));
    q.addBindValue(Clock::now().toUTC().toString(Qt::ISODate));
    if (Status s = execute(q, tr("saving document %1").arg(name)); !s)
        return R::failure(s.error());
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery link(m_file.db());
    link.prepare(QStringLiteral("INSERT OR IGNORE INTO evidence_items(evidence_id, item_code) VALUES(?, ?)"));
    for (const QString& item : doc.items) {
        link.addBindValue(id);
        link.addBindValue(item);
        if (Status s = execute(link, tr("linking document %1 to item %2").arg(name, item)); !s)
            return R::failure(s.error());
    }
    if (Status s = m_file.audit(QStringLiteral("evidence"), QString::number(doc.assessmentId), doc.items.join(u','),
                                QString(), name + QLatin1Char(' ') + doc.sha256);
        !s)
        return R::failure(s.error());
    if (Status s = t.commit(); !s)
        return R::failure(s.error());
    return id;
}

namespace {
const char* kSelectEvidence =
    "SELECT e.id, e.sha256, e.size, e.media_type, e.display_name, e.doc_number, e.issued_on, e.summary, "
    "(SELECT group_concat(item_code, ',') FROM (SELECT item_code FROM evidence_items WHERE evidence_id = e.id "
    "ORDER BY item_code)), e.assessment_id FROM evidence e ";

EvidenceDocument documentFrom(const QSqlQuery& q)
{
    EvidenceDocument d;
    d.id = q.value(0).toLongLong();
    d.sha256 = q.value(1).toString();
    d.size = q.value(2).toLongLong();
    d.mediaType = q.value(3).toString();
    d.displayName = q.value(4).toString();
    d.number = q.value(5).toString();
    d.issuedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    d.summary = q.value(7).toString();
    d.items = q.value(8).toString().split(u',', Qt::SkipEmptyParts);
    d.assessmentId = q.value(9).toLongLong();
    return d;
}
}

std::optional<EvidenceDocument> EvidenceRecords::byId(qint64 id) const
{
    QSqlQuery q(m_file.db());
    q.prepare(QLatin1String(kSelectEvidence) + QStringLiteral("WHERE e.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return documentFrom(q);
    return std::nullopt;
}

Status EvidenceRecords::link(qint64 evidenceId, const QString& itemCode)
{
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO evidence_items(evidence_id, item_code) VALUES(?, ?)"));
    q.addBindValue(evidenceId);
    q.addBindValue(itemCode);
    if (Status s = execute(q, tr("linking a document to item %1").arg(itemCode)); !s)
        return s;
    if (q.numRowsAffected() > 0) {
        if (Status s = m_file.audit(QStringLiteral("evidence-link"), QString::number(evidenceId), itemCode, QString(),
                                    QStringLiteral("linked"));
            !s)
            return s;
    }
    return t.commit();
}

Status EvidenceRecords::unlink(qint64 evidenceId, const QString& itemCode)
{
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("DELETE FROM evidence_items WHERE evidence_id = ? AND item_code = ?"));
    q.addBindValue(evidenceId);
    q.addBindValue(itemCode);
    if (Status s = execute(q, tr("unlinking a document from item %1").arg(itemCode)); !s)
        return s;
    if (q.numRowsAffected() > 0) {
        if (Status s = m_file.audit(QStringLiteral("evidence-link"), QString::number(evidenceId), itemCode,
                                    QStringLiteral("linked"), QString());
            !s)
            return s;
    }
    return t.commit();
}

Status EvidenceRecords::update(const EvidenceDocument& doc)
{
    const auto old = byId(doc.id);
    if (!old)
        return Status::failure(tr("the document no longer exists"));
    const QString name = normalized(doc.displayName);
    if (name.isEmpty())
        return Status::failure(tr("a document needs a name"));
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("UPDATE evidence SET display_name = ?, doc_number = ?, issued_on = ?, summary = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(normalized(doc.number));
    q.addBindValue(doc.issuedOn.isValid() ? QVariant(doc.issuedOn.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(normalized(doc.summary));
    q.addBindValue(doc.id);
    if (Status s = execute(q, tr("saving document %1").arg(name)); !s)
        return s;
    auto describe = [](const EvidenceDocument& d) {
        return QStringLiteral("%1 | %2 | %3 | %4").arg(d.displayName, d.number, d.issuedOn.toString(Qt::ISODate), d.summary);
    };
    EvidenceDocument now = doc;
    now.displayName = name;
    if (Status s = m_file.audit(QStringLiteral("evidence"), QString::number(doc.id), QString(), describe(*old), describe(now)); !s)
        return s;
    return t.commit();
}

Status EvidenceRecords::remove(qint64 evidenceId)
{
    const auto old = byId(evidenceId);
    if (!old)
        return Status::failure(tr("the document no longer exists"));
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("DELETE FROM evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    if (Status s = execute(q, tr("removing document %1").arg(old->displayName)); !s)
        return s;
    if (Status s = m_file.audit(QStringLiteral("evidence"), QString::number(evidenceId), old->items.join(u','),
                                old->displayName + QLatin1Char(' ') + old->sha256, QString());
        !s)
        return s;
    return t.commit();
}

QList<EvidenceDocument> EvidenceRecords::forAssessment(qint64 assessmentId) const
{
    QList<EvidenceDocument> out;
    QSqlQuery q(m_file.db());
    q.prepare(QLatin1String(kSelectEvidence) + QStringLiteral("WHERE e.assessment_id = ? ORDER BY e.id"));
    q.addBindValue(assessmentId);
    q.exec();
    while (q.next())
        out.append(documentFrom(q));
    return out;
}

} // namespace parindex
