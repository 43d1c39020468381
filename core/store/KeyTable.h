#pragma once

#include "core/crypto/SigningKey.h"
#include "core/records/KeyRecords.h"
#include "core/store/DataFile.h"

#include <QList>
#include <optional>

namespace parindex {

// Keys kept in a data file: the file's own signing keys (the private half encrypted; replaced
// keys retired, not deleted), and at the centre the keys enrolled for each unit. Audited.
class KeyTable
{
    Q_DECLARE_TR_FUNCTIONS(KeyTable)

public:
    explicit KeyTable(DataFile& file) : m_file(file) {}

    // Stores a new own key, its private half encrypted as `encryptedPem`, and retires the one in
    // use, if any.
    Status storeOwn(const SigningKey& key, const QByteArray& encryptedPem);
    // Replaces the stored encryption of an own key (the same key, encrypted more strongly).
    Status reencryptOwn(const QString& keyId, const QByteArray& encryptedPem);
    Result<std::optional<OwnKeyInfo>> currentOwn() const;
    Result<QList<OwnKeyInfo>> ownHistory() const; // newest first
    // The encrypted private key in use.
    Result<QByteArray> currentOwnPrivatePem() const;

    // Enrols a unit's public key. A key is enrolled for one unit only, and a revoked key never
    // again. While the unit has a key in force, a new one is refused unless `replace`, which
    // revokes the keys in force in the same step.
    Status enrol(qint64 unitId, const SigningKey& publicKey, bool replace = false);
    // Revokes one key of the unit, or all of them when keyId is empty; returns how many.
    Result<int> revoke(qint64 unitId, const QString& keyId = QString());
    Result<QList<EnrolledKey>> forUnit(qint64 unitId) const;
    Result<QList<EnrolledKey>> allEnrolled() const;

private:
    Result<QList<EnrolledKey>> enrolled(const QString& where, const QVariant& value) const;
    DataFile& m_file;
};

} // namespace parindex
