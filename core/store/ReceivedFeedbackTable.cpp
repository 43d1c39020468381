#include "core/store/ReceivedFeedbackTable.h"

#include "core/common/Clock.h"

#include <QSqlQuery>
#include <QVariant>

namespace parindex {

Result<std::optional<CentreKeyInfo>> ReceivedFeedbackTable::centreKey() const
{
    using R = Result<std::optional<CentreKeyInfo>>;
    QSqlQuery q(m_file.db());
    const QString purpose = tr("reading the centre's key");
    if (Status s = execute(q,
                           QStringLiteral("SELECT key_id, public_pem, enrolled_at FROM centre_keys "
                                          "WHERE revoked_at IS NULL ORDER BY enrolled_at DESC"),
                           purpose);
        !s)
        return R::failure(s.error());
    if (q.next())
        return std::optional(CentreKeyInfo{q.value(0).toString(), q.value(1).toString().toLatin1(),
                                           QDateTime::fromString(q.value(2).toString(), Qt::ISODate)});
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return std::optional<CentreKeyInfo>();
}

Status ReceivedFeedbackTable::enrolCentreKey(const SigningKey& key, bool replace)
{
    Transaction t(m_file);
    const auto current = centreKey();
    if (!current)
        return Status::failure(current.error());
    if (current.value() && current.value()->keyId == key.keyId())
        return t.commit();
    if (current.value() && !replace)
        return Status::failure(tr("the centre's key %1 is already enrolled; replace it only on Sở Nội vụ's "
                                  "written notice of a new key")
                                   .arg(current.value()->keyId));
    const QString at = Clock::now().toUTC().toString(Qt::ISODate);
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("UPDATE centre_keys SET revoked_at = ? WHERE revoked_at IS NULL"));
    q.addBindValue(at);
    if (Status s = execute(q, tr("replacing the centre's key")); !s)
        return s;
    q.prepare(QStringLiteral("SELECT count(*) FROM centre_keys WHERE key_id = ?"));
    q.addBindValue(key.keyId());
    if (Status s = execute(q, tr("reading the centre's key")); !s)
        return s;
    if (q.next() && q.value(0).toInt() > 0)
        return Status::failure(tr("the key %1 was replaced before and cannot be enrolled again").arg(key.keyId()));
    q.prepare(QStringLiteral("INSERT INTO centre_keys(key_id, public_pem, enrolled_at) VALUES(?, ?, ?)"));
    q.addBindValue(key.keyId());
    q.addBindValue(QString::fromLatin1(key.publicPem()));
    q.addBindValue(at);
    if (Status s = execute(q, tr("enrolling the centre's key")); !s)
        return s;
    if (Status s = m_file.audit(QStringLiteral("centre-key"), QString(), QString(),
                                current.value() ? current.value()->keyId : QString(), key.keyId());
        !s)
        return s;
    return t.commit();
}

Result<std::optional<ReceivedFeedback>> ReceivedFeedbackTable::latest(int year) const
{
    using R = Result<std::optional<ReceivedFeedback>>;
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT sequence, round, manifest_sha256, manifest, signature, data, received_at "
                             "FROM feedback_received WHERE year = ? ORDER BY sequence DESC LIMIT 1"));
    q.addBindValue(year);
    const QString purpose = tr("reading the feedback");
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    if (!q.next()) {
        if (Status s = finished(q, purpose); !s)
            return R::failure(s.error());
        return std::optional<ReceivedFeedback>();
    }
    ReceivedFeedback f;
    f.year = year;
    f.sequence = q.value(0).toLongLong();
    f.round = q.value(1).toInt();
    f.manifestSha256 = q.value(2).toString();
    f.manifest = q.value(3).toString().toUtf8();
    f.signature = QByteArray::fromBase64(q.value(4).toString().toLatin1());
    f.data = q.value(5).toString().toUtf8();
    f.receivedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    return std::optional(f);
}

Status ReceivedFeedbackTable::store(const ReceivedFeedback& f)
{
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("INSERT INTO feedback_received(year, sequence, round, manifest_sha256, manifest, "
                             "signature, data, received_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(f.year);
    q.addBindValue(f.sequence);
    q.addBindValue(f.round);
    q.addBindValue(f.manifestSha256);
    q.addBindValue(QString::fromUtf8(f.manifest));
    q.addBindValue(QString::fromLatin1(f.signature.toBase64()));
    q.addBindValue(QString::fromUtf8(f.data));
    q.addBindValue(Clock::now().toUTC().toString(Qt::ISODate));
    if (Status s = execute(q, tr("storing the feedback")); !s)
        return s;
    if (Status s = m_file.audit(QStringLiteral("feedback-received"), QString::number(f.year),
                                QString::number(f.sequence), QString(), f.manifestSha256);
        !s)
        return s;
    return t.commit();
}

} // namespace parindex
