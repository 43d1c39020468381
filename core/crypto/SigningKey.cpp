#include "core/crypto/SigningKey.h"

#include "core/crypto/Sha256.h"

#include <limits>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

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
    using R = Result<QByteArray>;
    if (!m_private)
        return R::failure(tr("this is a public key only"));
    if (passphrase.isEmpty())
        return R::failure(tr("a passphrase is needed"));
    // PBES2: PBKDF2 with HMAC-SHA-256 and a random salt, then AES-256-CBC. OpenSSL's PEM writer
    // would use 2,048 iterations; a stolen data file must cost far more per guess.
    X509_ALGOR* scheme = PKCS5_pbe2_set_iv(EVP_aes_256_cbc(), KdfIterations, nullptr, 0, nullptr, NID_hmacWithSHA256);
    PKCS8_PRIV_KEY_INFO* info = EVP_PKEY2PKCS8(pkey(m_key.get()));
    X509_SIG* encrypted =
        scheme && info ? PKCS8_set0_pbe(passphrase.constData(), static_cast<int>(passphrase.size()), info, scheme)
                       : nullptr;
    PKCS8_PRIV_KEY_INFO_free(info);
    if (!encrypted) {
        X509_ALGOR_free(scheme); // not taken over
        return R::failure(tr("cannot encrypt the private key: %1").arg(opensslError()));
    }
    Bio bio(BIO_new(BIO_s_mem()));
    const bool written = PEM_write_bio_PKCS8(bio.get(), encrypted) == 1;
    X509_SIG_free(encrypted);
    if (!written)
        return R::failure(tr("cannot encrypt the private key: %1").arg(opensslError()));
    return drain(bio.get());
}

int SigningKey::kdfIterations(const QByteArray& encryptedPem)
{
    Bio bio(BIO_new_mem_buf(encryptedPem.constData(), static_cast<int>(encryptedPem.size())));
    X509_SIG* sig = PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr);
    if (!sig) {
        ERR_clear_error();
        return 0;
    }
    long iterations = 0;
    const X509_ALGOR* algorithm = nullptr;
    X509_SIG_get0(sig, &algorithm, nullptr);
    const ASN1_OBJECT* oid = nullptr;
    int parameterType = 0;
    const void* parameter = nullptr;
    X509_ALGOR_get0(&oid, &parameterType, &parameter, algorithm);
    if (OBJ_obj2nid(oid) == NID_pbes2 && parameterType == V_ASN1_SEQUENCE) {
        const auto* type = static_cast<const ASN1_STRING*>(parameter);
        ASN1_TYPE wrapped;
        wrapped.type = V_ASN1_SEQUENCE;
        wrapped.value.sequence = const_cast<ASN1_STRING*>(type); // read only
        if (auto* pbe2 = static_cast<PBE2PARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), &wrapped))) {
            if (OBJ_obj2nid(pbe2->keyfunc->algorithm) == NID_id_pbkdf2 && pbe2->keyfunc->parameter) {
                if (auto* kdf = static_cast<PBKDF2PARAM*>(
                        ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter))) {
                    iterations = ASN1_INTEGER_get(kdf->iter);
                    PBKDF2PARAM_free(kdf);
                }
            }
            PBE2PARAM_free(pbe2);
        }
    }
    X509_SIG_free(sig);
    ERR_clear_error();
    return iterations > 0 && iterations < std::numeric_limits<int>::max() ? int(iterations) : 0;
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
