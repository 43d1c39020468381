#include "core/keys/OwnKeys.h"

#include "core/crypto/Passphrase.h"
#include "core/store/DataFile.h"
#include "core/store/KeyTable.h"

namespace parindex {

Result<std::optional<OwnKeyInfo>> OwnKeys::current() const
{
    return KeyTable(m_file).currentOwn();
}

Result<QList<OwnKeyInfo>> OwnKeys::history() const
{
    return KeyTable(m_file).ownHistory();
}

Result<OwnKeyInfo> OwnKeys::create(const QString& passphrase)
{
    using R = Result<OwnKeyInfo>;
    const auto bytes = Passphrase::forNewKey(passphrase);
    if (!bytes)
        return R::failure(bytes.error());
    auto key = SigningKey::generate();
    if (!key)
        return R::failure(key.error());
    const auto pem = key->encryptedPrivatePem(bytes.value());
    if (!pem)
        return R::failure(pem.error());
    if (Status s = KeyTable(m_file).storeOwn(key.value(), pem.value()); !s)
        return R::failure(s.error());
    const auto now = current();
    if (!now)
        return R::failure(now.error());
    if (!now.value())
        return R::failure(tr("the new key was not saved"));
    return *now.value();
}

Result<SigningKey> OwnKeys::unlock(const QString& passphrase)
{
    const auto pem = KeyTable(m_file).currentOwnPrivatePem();
    if (!pem)
        return Result<SigningKey>::failure(pem.error());
    const QByteArray bytes = Passphrase::forUnlock(passphrase);
    auto key = SigningKey::fromEncryptedPem(pem.value(), bytes);
    if (key && SigningKey::kdfIterations(pem.value()) < SigningKey::KdfIterations && !m_file.isReadOnly()) {
        // Best effort: the key is unlocked either way, and the next unlock tries again.
        if (const auto stronger = key->encryptedPrivatePem(bytes))
            KeyTable(m_file).reencryptOwn(key->keyId(), stronger.value());
    }
    return key;
}

} // namespace parindex
