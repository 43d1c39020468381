#include "core/crypto/Sha256.h"

#include <openssl/evp.h>
#include <stdexcept>

namespace parindex {

struct Sha256::Context
{
    EVP_MD_CTX* md = nullptr;
};

Sha256::Sha256() : m_ctx(std::make_unique<Context>())
{
    m_ctx->md = EVP_MD_CTX_new();
    if (!m_ctx->md || EVP_DigestInit_ex(m_ctx->md, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("OpenSSL SHA-256 is unavailable");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx->md);
}

void Sha256::add(const char* data, qsizetype size)
{
    if (size > 0)
        EVP_DigestUpdate(m_ctx->md, data, static_cast<size_t>(size));
}

QByteArray Sha256::result()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx->md, out, &len);
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(len));
}

QString Sha256::hexResult()
{
    return QString::fromLatin1(result().toHex());
}

QByteArray Sha256::hash(const QByteArray& data)
{
    Sha256 h;
    h.add(data);
    return h.result();
}

QString Sha256::hexHash(const QByteArray& data)
{
    return QString::fromLatin1(hash(data).toHex());
}

} // namespace parindex
