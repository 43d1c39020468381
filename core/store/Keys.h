#pragma once

#include "DataFile.h"
#include "crypto/SigningKey.h"

#include <QDateTime>
#include <QList>

namespace parindex {

struct EnrolledKey
{
    qint64 unitId = 0;
    QString keyId;
    QString algorithm;
    QByteArray publicPem;
    QDateTime enrolledAt;
    QDateTime revokedAt; // invalid while the key is in force
    bool active() const { return !revokedAt.isValid(); }
};

// Keys kept in a data file: a unit's own signing key (encrypted), and at the centre the keys
// enrolled for each unit. Every change is audited.
class Keys
{
    Q_DECLARE_TR_FUNCTIONS(Keys)

public:
    explicit Keys(DataFile& file) : m_file(file) {}

    // The unit's own key. A file holds one; generating another replaces it (audited).
    Status storeOwn(const SigningKey& key, const QByteArray& passphrase);
    Result<SigningKey> ownKey(const QByteArray& passphrase) const;
    Result<SigningKey> ownPublicKey() const;

    Status enrol(qint64 unitId, const SigningKey& publicKey);
    // Revokes one key of the unit, or all of them when keyId is empty; returns how many.
    Result<int> revoke(qint64 unitId, const QString& keyId = QString());
    QList<EnrolledKey> forUnit(qint64 unitId) const;
    // The unit an active key is enrolled for, or 0.
    qint64 unitForActiveKey(const QString& keyId) const;

private:
    DataFile& m_file;
};

} // namespace parindex
