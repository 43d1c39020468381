#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace parindex {

// One accepted version of a unit's submission, as listed in the centre's inbox.
struct SubmissionVersion
{
    qint64 id = 0;
    qint64 unitId = 0;
    int year = 0;
    qint64 sequence = 0;
    QDateTime receivedAt;
    qint64 size = 0;
    QString signerKeyId;
    QString manifestSha256;
    QString setSha256;
    qint64 answersFeedback = 0; // the feedback (its sequence) this version responds to; 0 for none
};

// What the centre keeps of an accepted package: everything signed, for the audit.
struct StoredSubmission
{
    qint64 unitId = 0;
    int year = 0;
    QString setSha256;
    qint64 sequence = 0;
    QString manifestSha256;
    QString packageId;
    QString signerKeyId;
    qint64 packageSize = 0;
    QByteArray manifest;
    QByteArray signature;
    QByteArray data;
    QList<QPair<QString, qint64>> evidence; // sha256, size
    qint64 answersFeedback = 0;
};

// The version in force for a unit, year and set: the highest accepted sequence and its hash.
struct AcceptedVersion
{
    qint64 sequence = 0;
    QString manifestSha256;
};

// Freshness is kept per unit, year and criteria set; this names one such line of versions.
inline QString acceptedVersionKey(qint64 unitId, int year, const QString& setSha256)
{
    return QStringLiteral("%1/%2/%3").arg(unitId).arg(year).arg(setSha256);
}

} // namespace parindex
