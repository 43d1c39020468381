#include "core/store/KeyTable.h"

#include "core/common/Clock.h"

#include <QSqlQuery>
#include <QVariant>

namespace parindex {

namespace {
QString now()
{
    return Clock::now().toUTC().toString(Qt::ISODate);
}

OwnKeyInfo ownFrom(const QSqlQuery& q)
{
    OwnKeyInfo k;
    k.keyId = q.value(0).toString();
    k.algorithm = q.value(1).toString();
    k.publicPem = q.value(2).toString().toLatin1();
    k.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    k.retiredAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    return k;
}
const char* kSelectOwn = "SELECT key_id, algorithm, public_pem, created_at, retired_at FROM own_keys";
} // namespace

Status KeyTable::storeOwn(const SigningKey& key, const QByteArray& encryptedPem)
{
    // The old value for the audit is read inside the transaction that replaces it.
    Transaction t(m_file);
    const auto old = currentOwn();
    if (!old)
        return Status::failure(old.error());
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("UPDATE own_keys SET retired_at = ? WHERE retired_at IS NULL"));
    q.addBindValue(now());
    if (Status s = execute(q, tr("retiring the previous key")); !s)
        return s;
    q.prepare(QStringLiteral(
        "INSERT INTO own_keys(key_id, algorithm, public_pem, private_pem, created_at) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(key.keyId());
    q.addBindValue(QString::fromLatin1(SigningKey::Algorithm));
    q.addBindValue(QString::fromLatin1(key.publicPem()));
    q.addBindValue(QString::fromLatin1(encryptedPem));
    q.addBindValue(now());
    if (Status s = execute(q, tr("saving the key")); !s)
        return s;
    if (Status s = m_file.audit(QStringLiteral("own-key"), QString(), QString(),
                                old.value() ? old.value()->keyId : QString(), key.keyId());
        !s)
        return s;
    return t.commit();
}

Result<std::optional<OwnKeyInfo>> KeyTable::currentOwn() const
{
    using R = Result<std::optional<OwnKeyInfo>>;
    QSqlQuery q(m_file.db());
    const QString purpose = tr("reading the signing key");
    if (Status s = execute(q, QLatin1String(kSelectOwn) + QStringLiteral(" WHERE retired_at IS NULL"), purpose); !s)
        return R::failure(s.error());
    if (q.next())
        return std::optional(ownFrom(q));
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return std::optional<OwnKeyInfo>();
}

Result<QList<OwnKeyInfo>> KeyTable::ownHistory() const
{
    using R = Result<QList<OwnKeyInfo>>;
    QSqlQuery q(m_file.db());
    const QString purpose = tr("reading the signing keys");
    if (Status s = execute(q, QLatin1String(kSelectOwn) + QStringLiteral(" ORDER BY id DESC"), purpose); !s)
        return R::failure(s.error());
    QList<OwnKeyInfo> out;
    while (q.next())
        out.append(ownFrom(q));
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

Result<QByteArray> KeyTable::currentOwnPrivatePem() const
{
    using R = Result<QByteArray>;
    QSqlQuery q(m_file.db());
    const QString purpose = tr("reading the signing key");
    if (Status s = execute(q, QStringLiteral("SELECT private_pem FROM own_keys WHERE retired_at IS NULL"), purpose); !s)
        return R::failure(s.error());
    if (q.next())
        return q.value(0).toString().toLatin1();
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return R::failure(tr("this file has no signing key yet (create one with keygen)"));
}

Status KeyTable::reencryptOwn(const QString& keyId, const QByteArray& encryptedPem)
{
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("UPDATE own_keys SET private_pem = ? WHERE key_id = ?"));
    q.addBindValue(QString::fromLatin1(encryptedPem));
    q.addBindValue(keyId);
    if (Status s = execute(q, tr("saving the key")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("the key %1 is not in this file").arg(keyId));
    if (Status s = m_file.audit(QStringLiteral("own-key-encryption"), keyId, QString(), QString(),
                                QStringLiteral("re-encrypted"));
        !s)
        return s;
    return t.commit();
}

Status KeyTable::enrol(qint64 unitId, const SigningKey& publicKey, bool replace)
{
    const QString keyId = publicKey.keyId();
    Transaction t(m_file); // what is known of the key is read where it is enrolled
    const auto known = enrolled(QStringLiteral("key_id = ?"), keyId);
    if (!known)
        return Status::failure(known.error());
    for (const EnrolledKey& k : known.value()) {
        if (k.unitId != unitId)
            return Status::failure(k.active()
                                       ? tr("this key is enrolled for another unit")
                                       : tr("this key was revoked for another unit and cannot be enrolled again"));
        return Status::failure(k.active() ? tr("this key is already enrolled for the unit")
                                          : tr("this key was revoked for the unit and cannot be enrolled again"));
    }
    const auto current = forUnit(unitId);
    if (!current)
        return Status::failure(current.error());
    QStringList inForce;
    for (const EnrolledKey& k : current.value()) {
        if (k.active())
            inForce.append(k.keyId);
    }
    if (!inForce.isEmpty() && !replace)
        return Status::failure(tr("the unit already has a key in force (%1); enrolling another replaces it, and "
                                  "the old one is then revoked: confirm the replacement")
                                   .arg(inForce.join(QStringLiteral(", "))));
    if (!inForce.isEmpty()) {
        if (auto revoked = revoke(unitId); !revoked)
            return Status::failure(revoked.error());
    }
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral(
        "INSERT INTO unit_keys(unit_id, key_id, algorithm, public_pem, enrolled_at) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(unitId);
    q.addBindValue(keyId);
    q.addBindValue(QString::fromLatin1(SigningKey::Algorithm));
    q.addBindValue(QString::fromLatin1(publicKey.publicPem()));
    q.addBindValue(now());
    if (Status s = execute(q, tr("enrolling the key")); !s)
        return s;
    if (Status s = m_file.audit(QStringLiteral("unit-key"), QString::number(unitId), QString(), QString(), keyId); !s)
        return s;
    return t.commit();
}

Result<int> KeyTable::revoke(qint64 unitId, const QString& keyId)
{
    Transaction t(m_file); // the keys to revoke are read where they are revoked
    const auto keys = forUnit(unitId);
    if (!keys)
        return Result<int>::failure(keys.error());
    int revoked = 0;
    for (const EnrolledKey& k : keys.value()) {
        if (!k.active() || (!keyId.isEmpty() && k.keyId != keyId))
            continue;
        QSqlQuery q(m_file.db());
        q.prepare(QStringLiteral("UPDATE unit_keys SET revoked_at = ? WHERE unit_id = ? AND key_id = ?"));
        q.addBindValue(now());
        q.addBindValue(unitId);
        q.addBindValue(k.keyId);
        if (Status s = execute(q, tr("revoking the key")); !s)
            return Result<int>::failure(s.error());
        if (Status s = m_file.audit(QStringLiteral("unit-key"), QString::number(unitId), QString(), k.keyId,
                                    QStringLiteral("revoked"));
            !s)
            return Result<int>::failure(s.error());
        ++revoked;
    }
    if (Status s = t.commit(); !s)
        return Result<int>::failure(s.error());
    return revoked;
}

Result<QList<EnrolledKey>> KeyTable::enrolled(const QString& where, const QVariant& value) const
{
    using R = Result<QList<EnrolledKey>>;
    QList<EnrolledKey> out;
    QSqlQuery q(m_file.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT unit_id, key_id, algorithm, public_pem, enrolled_at, revoked_at FROM unit_keys%1 "
                             "ORDER BY id")
                  .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    if (!where.isEmpty())
        q.addBindValue(value);
    const QString purpose = tr("reading the enrolled keys");
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    while (q.next()) {
        EnrolledKey k;
        k.unitId = q.value(0).toLongLong();
        k.keyId = q.value(1).toString();
        k.algorithm = q.value(2).toString();
        k.publicPem = q.value(3).toString().toLatin1();
        k.enrolledAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        k.revokedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        out.append(k);
    }
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

Result<QList<EnrolledKey>> KeyTable::forUnit(qint64 unitId) const
{
    return enrolled(QStringLiteral("unit_id = ?"), unitId);
}

Result<QList<EnrolledKey>> KeyTable::allEnrolled() const
{
    return enrolled(QString(), QVariant());
}

} // namespace parindex
