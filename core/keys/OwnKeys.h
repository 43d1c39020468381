#pragma once

#include "core/common/Result.h"
#include "core/crypto/SigningKey.h"
#include "core/records/KeyRecords.h"

#include <QCoreApplication>
#include <optional>

namespace parindex {

class DataFile;

// A data file's own signing key, for a unit (its submissions) and a centre (its feedback) alike:
// the private half kept encrypted with the user's passphrase; a replaced key retired, not lost.
class OwnKeys
{
    Q_DECLARE_TR_FUNCTIONS(OwnKeys)

public:
    explicit OwnKeys(DataFile& file) : m_file(file) {}

    Result<std::optional<OwnKeyInfo>> current() const;
    Result<QList<OwnKeyInfo>> history() const;
    // The passphrase follows Passphrase's rules.
    Result<OwnKeyInfo> create(const QString& passphrase);
    // A key stored with fewer PBKDF2 rounds than SigningKey::KdfIterations (by an earlier
    // version) is encrypted again, with the same passphrase, once it has been unlocked.
    Result<SigningKey> unlock(const QString& passphrase);

private:
    DataFile& m_file;
};

} // namespace parindex
