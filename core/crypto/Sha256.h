#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

class QIODevice;

namespace parindex {

// Incremental SHA-256 through OpenSSL's EVP interface (hardware-accelerated where available).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(const char* data, qsizetype size);
    void add(const QByteArray& data) { add(data.constData(), data.size()); }
    QByteArray result(); // raw 32 bytes; the object is spent afterwards
    QString hexResult();

    static QByteArray hash(const QByteArray& data);
    static QString hexHash(const QByteArray& data);

private:
    struct Context;
    std::unique_ptr<Context> m_ctx;
};

} // namespace parindex
