#include "core/store/EvidenceTable.h"

#include "core/common/Clock.h"
#include "core/common/Text.h"

#include <QSqlQuery>
#include <QVariant>

namespace parindex {

Result<qint64> EvidenceTable::add(const EvidenceDocument& doc, const EvidenceStore& store)
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
    "ORDER BY item_code)), e.assessment_id FROM evidence e WHERE e.removed_at IS NULL ";

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
} // namespace

Result<std::optional<EvidenceDocument>> EvidenceTable::byId(qint64 id) const
{
    using R = Result<std::optional<EvidenceDocument>>;
    QSqlQuery q(m_file.db());
    q.prepare(QLatin1String(kSelectEvidence) + QStringLiteral("AND e.id = ?"));
    q.addBindValue(id);
    const QString purpose = tr("reading a document");
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    if (q.next())
        return std::optional(documentFrom(q));
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return std::optional<EvidenceDocument>();
}

Status EvidenceTable::link(qint64 evidenceId, const QString& itemCode)
{
    return setLinked(evidenceId, itemCode, true);
}

Status EvidenceTable::unlink(qint64 evidenceId, const QString& itemCode)
{
    return setLinked(evidenceId, itemCode, false);
}

Status EvidenceTable::setLinked(qint64 evidenceId, const QString& itemCode, bool linked)
{
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(linked ? QStringLiteral("INSERT OR IGNORE INTO evidence_items(evidence_id, item_code) VALUES(?, ?)")
                     : QStringLiteral("DELETE FROM evidence_items WHERE evidence_id = ? AND item_code = ?"));
    q.addBindValue(evidenceId);
    q.addBindValue(itemCode);
    if (Status s = execute(q, linked ? tr("linking a document to item %1").arg(itemCode)
                                     : tr("unlinking a document from item %1").arg(itemCode));
        !s)
        return s;
    // Only a link that changed is audited.
    if (q.numRowsAffected() > 0) {
        const QString state = QStringLiteral("linked");
        if (Status s = m_file.audit(QStringLiteral("evidence-link"), QString::number(evidenceId), itemCode,
                                    linked ? QString() : state, linked ? state : QString());
            !s)
            return s;
    }
    return t.commit();
}

Status EvidenceTable::update(const EvidenceDocument& doc)
{
    // The old value for the audit is read inside the transaction that replaces it.
    Transaction t(m_file);
    const auto found = byId(doc.id);
    if (!found)
        return Status::failure(found.error());
    const std::optional<EvidenceDocument>& old = found.value();
    if (!old)
        return Status::failure(tr("the document no longer exists"));
    const QString name = normalized(doc.displayName);
    if (name.isEmpty())
        return Status::failure(tr("a document needs a name"));
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral(
        "UPDATE evidence SET display_name = ?, doc_number = ?, issued_on = ?, summary = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(normalized(doc.number));
    q.addBindValue(doc.issuedOn.isValid() ? QVariant(doc.issuedOn.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(normalized(doc.summary));
    q.addBindValue(doc.id);
    if (Status s = execute(q, tr("saving document %1").arg(name)); !s)
        return s;
    auto describe = [](const EvidenceDocument& d) {
        return QStringLiteral("%1 | %2 | %3 | %4")
            .arg(d.displayName, d.number, d.issuedOn.toString(Qt::ISODate), d.summary);
    };
    EvidenceDocument now = doc;
    now.displayName = name;
    if (Status s =
            m_file.audit(QStringLiteral("evidence"), QString::number(doc.id), QString(), describe(*old), describe(now));
        !s)
        return s;
    return t.commit();
}

Status EvidenceTable::remove(qint64 evidenceId)
{
    return setRemoved(evidenceId, true);
}

Status EvidenceTable::restore(qint64 evidenceId)
{
    return setRemoved(evidenceId, false);
}

Status EvidenceTable::setRemoved(qint64 evidenceId, bool removed)
{
    // The old value for the audit is read inside the transaction that replaces it.
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT display_name, sha256, (SELECT group_concat(item_code, ',') FROM evidence_items "
                             "WHERE evidence_id = evidence.id), removed_at IS NOT NULL FROM evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    const QString purpose = tr("reading a document");
    if (Status s = execute(q, purpose); !s)
        return s;
    if (!q.next()) {
        if (Status s = finished(q, purpose); !s)
            return s;
        return Status::failure(tr("the document no longer exists"));
    }
    const QString name = q.value(0).toString();
    const QString described = name + QLatin1Char(' ') + q.value(1).toString();
    const QString items = q.value(2).toString();
    if (q.value(3).toBool() == removed)
        return removed ? Status::failure(tr("the document no longer exists")) : Status();
    QSqlQuery change(m_file.db());
    change.prepare(QStringLiteral("UPDATE evidence SET removed_at = ? WHERE id = ?"));
    change.addBindValue(removed ? QVariant(Clock::now().toUTC().toString(Qt::ISODate)) : QVariant());
    change.addBindValue(evidenceId);
    if (Status s =
            execute(change, removed ? tr("removing document %1").arg(name) : tr("restoring document %1").arg(name));
        !s)
        return s;
    if (Status s = m_file.audit(QStringLiteral("evidence"), QString::number(evidenceId), items,
                                removed ? described : QString(), removed ? QString() : described);
        !s)
        return s;
    return t.commit();
}

Result<QList<EvidenceDocument>> EvidenceTable::forAssessment(qint64 assessmentId) const
{
    using R = Result<QList<EvidenceDocument>>;
    QList<EvidenceDocument> out;
    QSqlQuery q(m_file.db());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kSelectEvidence) + QStringLiteral("AND e.assessment_id = ? ORDER BY e.id"));
    q.addBindValue(assessmentId);
    const QString purpose = tr("reading the documents");
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    while (q.next())
        out.append(documentFrom(q));
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

} // namespace parindex
