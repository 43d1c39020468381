#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace parindex {

// A public key the centre enrolled for a unit; a revoked key stays for the audit.
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

// A signing key a data file holds for itself (the private half stays encrypted in the file).
// Keys replaced by a newer one are kept, retired, so the file's history shows every key it used.
struct OwnKeyInfo
{
    QString keyId;
    QString algorithm;
    QByteArray publicPem;
    QDateTime createdAt;
    QDateTime retiredAt; // invalid for the key in use
    bool current() const { return !retiredAt.isValid(); }
};

// The centre's public key as a unit enrolled it; a replaced key stays, revoked.
struct CentreKeyInfo
{
    QString keyId;
    QByteArray publicPem;
    QDateTime enrolledAt;
};

} // namespace parindex
