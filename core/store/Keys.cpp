#include "Keys.h"

#include "common/Clock.h"

#include <QSqlQuery>
#include <QVariant>

namespace parindex {

namespace {
QString now()
{
    return Clock::now().toUTC().toString(Qt::ISODate);
}
} // namespace

Status Keys::storeOwn(const SigningKey& key, const QByteArray& passphrase)
{
    const auto pem = key.encryptedPrivatePem(passphrase);
    if (!pem)
        return Status::failure(pem.error());
    const auto old = ownPublicKey();
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    if (!q.exec(QStringLiteral("DELETE FROM own_keys")))
        return Status::failure(tr("cannot replace the key"));
    q.prepare(QStringLiteral("INSERT INTO own_keys(key_id, algorithm, public_pem, private_pem, created_at) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(key.keyId());
    q.addBindValue(QString::fromLatin1(SigningKey::Algorithm));
    q.addBindValue(QString::fromLatin1(key.publicPem()));
    q.addBindValue(QString::fromLatin1(pem.value()));
    q.addBindValue(now());
    if (Status s = execute(q, tr("saving the key")); !s)
        return s;
    if (Status s = m_file.audit(QStringLiteral("own-key"), QString(), QString(), old ? old->keyId() : QString(), key.keyId()); !s)
        return s;
    return t.commit();
}

Result<SigningKey> Keys::ownKey(const QByteArray& passphrase) const
{
    QSqlQuery q(m_file.db());
    if (!q.exec(QStringLiteral("SELECT private_pem FROM own_keys")) || !q.next())
        return Result<SigningKey>::failure(tr("this file has no signing key yet (create one with keygen)"));
    return SigningKey::fromEncryptedPem(q.value(0).toString().toLatin1(), passphrase);
}

Result<SigningKey> Keys::ownPublicKey() const
{
    QSqlQuery q(m_file.db());
    if (!q.exec(QStringLiteral("SELECT public_pem FROM own_keys")) || !q.next())
        return Result<SigningKey>::failure(tr("this file has no signing key yet (create one with keygen)"));
    return SigningKey::fromPublicPem(q.value(0).toString().toLatin1());
}

Status Keys::enrol(qint64 unitId, const SigningKey& publicKey)
{
    const QString keyId = publicKey.keyId();
    for (const EnrolledKey& k : forUnit(unitId)) {
        if (k.keyId == keyId)
            return Status::failure(k.active() ? tr("this key is already enrolled for the unit")
                                              : tr("this key was revoked for the unit and cannot be enrolled again"));
    }
    const qint64 other = unitForActiveKey(keyId);
    if (other != 0)
        return Status::failure(tr("this key is enrolled for another unit"));
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("INSERT INTO unit_keys(unit_id, key_id, algorithm, public_pem, enrolled_at) VALUES(?, ?, ?, ?, ?)"));
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

Result<int> Keys::revoke(qint64 unitId, const QString& keyId)
{
    Transaction t(m_file);
    int revoked = 0;
    for (const EnrolledKey& k : forUnit(unitId)) {
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

QList<EnrolledKey> Keys::forUnit(qint64 unitId) const
{
    QList<EnrolledKey> out;
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT key_id, algorithm, public_pem, enrolled_at, revoked_at FROM unit_keys WHERE unit_id = ? "
                             "ORDER BY id"));
    q.addBindValue(unitId);
    q.exec();
    while (q.next()) {
        EnrolledKey k;
        k.unitId = unitId;
        k.keyId = q.value(0).toString();
        k.algorithm = q.value(1).toString();
        k.publicPem = q.value(2).toString().toLatin1();
        k.enrolledAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        k.revokedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        out.append(k);
    }
    return out;
}

qint64 Keys::unitForActiveKey(const QString& keyId) const
{
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT unit_id FROM unit_keys WHERE key_id = ? AND revoked_at IS NULL"));
    q.addBindValue(keyId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace parindex
