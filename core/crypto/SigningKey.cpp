#include "core/crypto/SigningKey.h"

#include "core/crypto/Sha256.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace parindex {

namespace {

EVP_PKEY* pkey(void* p)
{
    return static_cast<EVP_PKEY*>(p);
}

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown OpenSSL error");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

struct BioDeleter
{
    void operator()(BIO* b) const { BIO_free(b); }
};
using Bio = std::unique_ptr<BIO, BioDeleter>;

QByteArray drain(BIO* bio)
{
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(n));
}

} // namespace

void SigningKey::Deleter::operator()(void* key) const
{
    EVP_PKEY_free(pkey(key));
}

SigningKey::SigningKey() = default;
SigningKey::~SigningKey() = default;
SigningKey::SigningKey(SigningKey&& other) noexcept
    : m_key(std::move(other.m_key)), m_private(std::exchange(other.m_private, false))
{}
SigningKey& SigningKey::operator=(SigningKey&& other) noexcept
{
    m_key = std::move(other.m_key);
    m_private = std::exchange(other.m_private, false);
    return *this;
}

Result<SigningKey> SigningKey::generate()
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key)
        return Result<SigningKey>::failure(tr("cannot create a key: %1").arg(opensslError()));
    SigningKey k;
    k.m_key.reset(key);
    k.m_private = true;
    return k;
}

Result<SigningKey> SigningKey::fromEncryptedPem(const QByteArray& pem, const QByteArray& passphrase)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    QByteArray pass = passphrase;
    pass.append('\0');
    // With no callback, OpenSSL takes the last argument as the passphrase.
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, pass.data());
    if (!key) {
        ERR_clear_error();
        return Result<SigningKey>::failure(tr("the private key cannot be opened: wrong passphrase or damaged key"));
    }
    SigningKey k;
    k.m_key.reset(key);
    if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519)
        return Result<SigningKey>::failure(tr("the private key is not an Ed25519 key"));
    k.m_private = true;
    return k;
}

Result<SigningKey> SigningKey::fromPublicPem(const QByteArray& pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    EVP_PKEY* key = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    if (!key) {
        ERR_clear_error();
        return Result<SigningKey>::failure(tr("not a public key file (expected \"BEGIN PUBLIC KEY\")"));
    }
    SigningKey k;
    k.m_key.reset(key);
    if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519)
        return Result<SigningKey>::failure(tr("the public key is not an Ed25519 key"));
    return k;
}

QByteArray SigningKey::rawPublicKey() const
{
    if (!m_key)
        return {};
    size_t len = 0;
    EVP_PKEY_get_raw_public_key(pkey(m_key.get()), nullptr, &len);
    QByteArray raw(static_cast<qsizetype>(len), Qt::Uninitialized);
    EVP_PKEY_get_raw_public_key(pkey(m_key.get()), reinterpret_cast<unsigned char*>(raw.data()), &len);
    return raw;
}

QString SigningKey::keyId() const
{
    return QStringLiteral("sha256:") + Sha256::hexHash(rawPublicKey());
}

QByteArray SigningKey::publicPem() const
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!m_key || PEM_write_bio_PUBKEY(bio.get(), pkey(m_key.get())) != 1)
        return {};
    return drain(bio.get());
}

Result<QByteArray> SigningKey::encryptedPrivatePem(const QByteArray& passphrase) const
{
    if (!m_private)
        return Result<QByteArray>::failure(tr("this is a public key only"));
    if (passphrase.size() < 8)
        return Result<QByteArray>::failure(tr("the passphrase must have at least 8 characters"));
    Bio bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PKCS8PrivateKey(bio.get(), pkey(m_key.get()), EVP_aes_256_cbc(), passphrase.constData(),
                                      static_cast<int>(passphrase.size()), nullptr, nullptr) != 1)
        return Result<QByteArray>::failure(tr("cannot encrypt the private key: %1").arg(opensslError()));
    return drain(bio.get());
}

Result<QByteArray> SigningKey::sign(const QByteArray& message) const
{
    using R = Result<QByteArray>;
    if (!m_private)
        return R::failure(tr("this is a public key only"));
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    size_t len = 0;
    QByteArray signature;
    bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, pkey(m_key.get())) == 1 &&
              EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(message.constData()),
                             static_cast<size_t>(message.size())) == 1;
    if (ok) {
        signature.resize(static_cast<qsizetype>(len));
        ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(signature.data()), &len,
                            reinterpret_cast<const unsigned char*>(message.constData()),
                            static_cast<size_t>(message.size())) == 1;
    }
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return R::failure(tr("signing failed: %1").arg(opensslError()));
    return signature;
}

bool SigningKey::verify(const QByteArray& message, const QByteArray& signature) const
{
    if (!m_key)
        return false;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, pkey(m_key.get())) == 1 &&
                    EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()),
                                     static_cast<size_t>(signature.size()),
                                     reinterpret_cast<const unsigned char*>(message.constData()),
                                     static_cast<size_t>(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    ERR_clear_error();
    return ok;
}

QString SigningKey::groupedFingerprint(const QString& keyId, int perLine)
{
    const qsizetype colon = keyId.indexOf(QLatin1Char(':'));
    const QString scheme = colon >= 0 ? keyId.left(colon + 1) : QString();
    const QString hex = colon >= 0 ? keyId.mid(colon + 1) : keyId;
    QString out = scheme;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        const int group = int(i / 4);
        if (perLine > 0 && group > 0 && group % perLine == 0)
            out += QLatin1Char('\n');
        else if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += hex.mid(i, 4);
    }
    return out;
}

} // namespace parindex
