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

QList<EvidenceDocument> EvidenceRecords::forAssessment(qint64 assessmentId) const
{
    QList<EvidenceDocument> out;
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT e.id, e.sha256, e.size, e.media_type, e.display_name, e.doc_number, e.issued_on, "
                             "e.summary, (SELECT group_concat(item_code, ',') FROM evidence_items WHERE evidence_id = e.id) "
                             "FROM evidence e WHERE e.assessment_id = ? ORDER BY e.id"));
    q.addBindValue(assessmentId);
    q.exec();
    while (q.next()) {
        EvidenceDocument d;
        d.id = q.value(0).toLongLong();
        d.assessmentId = assessmentId;
        d.sha256 = q.value(1).toString();
        d.size = q.value(2).toLongLong();
        d.mediaType = q.value(3).toString();
        d.displayName = q.value(4).toString();
        d.number = q.value(5).toString();
        d.issuedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        d.summary = q.value(7).toString();
        d.items = q.value(8).toString().split(u',', Qt::SkipEmptyParts);
        out.append(d);
    }
    return out;
}

} // namespace parindex
