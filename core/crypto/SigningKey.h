#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

namespace parindex {

// An Ed25519 key through OpenSSL 3's EVP interface. A key pair signs; a public key only
// verifies. Keys are exchanged as standard PEM so that `openssl pkeyutl` can check signatures.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    static constexpr const char* Algorithm = "ed25519";

    SigningKey();
    ~SigningKey();
    SigningKey(SigningKey&&) noexcept;
    SigningKey& operator=(SigningKey&&) noexcept;

    static Result<SigningKey> generate();
    // A private key in encrypted PKCS#8 PEM; a wrong passphrase is an error, not a crash.
    static Result<SigningKey> fromEncryptedPem(const QByteArray& pem, const QByteArray& passphrase);
    // A public key in SubjectPublicKeyInfo PEM ("BEGIN PUBLIC KEY"); only Ed25519 is accepted.
    static Result<SigningKey> fromPublicPem(const QByteArray& pem);

    bool isValid() const { return m_key.get() != nullptr; }
    bool hasPrivateKey() const { return m_private; }
    QByteArray rawPublicKey() const; // 32 bytes
    QString keyId() const;           // "sha256:" + hex of SHA-256 of the raw public key
    // A key id as people read it aloud and compare it on paper: "sha256: 1a2b 3c4d …", the hex
    // in groups of four; `perLine` groups a line (0: one line).
    static QString groupedFingerprint(const QString& keyId, int perLine = 0);
    QByteArray publicPem() const;
    // Encrypted with AES-256 under a key derived from the passphrase by PBKDF2-HMAC-SHA-256 with
    // KdfIterations rounds (PKCS#5 v2, readable by `openssl pkey`). The passphrase is taken as
    // given: its rules are Passphrase's.
    Result<QByteArray> encryptedPrivatePem(const QByteArray& passphrase) const;
    static constexpr int KdfIterations = 600'000;
    // The PBKDF2 rounds an encrypted private key was written with; 0 when it cannot be told.
    static int kdfIterations(const QByteArray& encryptedPem);

    Result<QByteArray> sign(const QByteArray& message) const;
    bool verify(const QByteArray& message, const QByteArray& signature) const;

private:
    struct Deleter
    {
        void operator()(void* key) const;
    };
    std::unique_ptr<void, Deleter> m_key;
    bool m_private = false;
};

} // namespace parindex
