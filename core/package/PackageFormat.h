#pragma once

#include "core/common/Result.h"
#include "core/common/UnitGroup.h"
#include "core/decimal/Points.h"
#include "core/scoring/ItemInput.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The submission package's format, owned here and only here: entry names, the manifest and the
// unit's data as structures with their JSON forms, and what is signed. The writer, the strict
// reader and every view of a received package use these. Specification: docs/package-format.md.
namespace parindex::package {

inline constexpr char SubmissionFormat[] = "parindex.submission";
inline constexpr int SubmissionFormatVersion = 1;
// Signed before the manifest bytes (with a NUL after it): a submission's signature can never
// pass as one over a criteria set or a feedback package.
inline constexpr char SubmissionContext[] = "parindex/submission/v1";
inline constexpr char SelfAssessmentRound[] = "self-assessment";

QString manifestEntry();                  // manifest.json
QString signatureEntry();                 // manifest.sig
QString dataEntry();                      // data/assessment.json
QString blobEntry(const QString& sha256); // blobs/<sha256>
bool isBlobEntry(const QString& name);
QString blobHash(const QString& entryName); // the hash part of blobs/<sha256>
// The four shapes of entry name a package may hold, and nothing else.
bool isAllowedEntryName(const QString& name);
bool isSha256Hex(const QString& text);

// The bytes the signature covers: the context, a NUL, then the manifest exactly as stored.
QByteArray signedMessage(const QByteArray& manifest);

struct ManifestEvidence
{
    QString sha256;
    qint64 size = 0;
    QString mediaType;
    QString displayName;
    QStringList items;
};

// manifest.json: the signed index of everything in the package.
struct Manifest
{
    QString packageId;
    QString unitCode;
    QString unitName;
    int year = 0;
    QString round = QString::fromLatin1(SelfAssessmentRound);
    QString setId;
    int setVersion = 0;
    QString setSha256;
    qint64 sequence = 0;            // per unit, year and set; +1 on every export
    QString previousManifestSha256; // empty for the first export
    // A response to the centre's feedback names the feedback package it answers; 0 otherwise.
    qint64 answersFeedback = 0;
    QString answersFeedbackSha256;
    QDateTime created; // the unit's clock: informational only
    QString appVersion;
    QString dataSha256;
    qint64 dataSize = 0;
    QList<ManifestEvidence> evidence;
    Points selfTotal;
    Points selfPossible;
    Points bonus;
    Points penalty;
    QString signerAlgorithm;
    QString signerKeyId;

    QByteArray toJson() const;
    // Strict: every field of the right type and form; a problem names the field.
    static Result<Manifest> parse(const QByteArray& json);
};

// One item of the unit's self-assessment as submitted.
struct SubmittedScore
{
    QString item;
    ItemInput input; // the not-applicable reason rides in input.reason
    QString explanation;
    std::optional<Points> points; // as the unit computed them; the centre recomputes
};

// One evidence document's details as submitted.
struct SubmittedDocument
{
    QString sha256;
    QString displayName;
    QString number;
    QDate issuedOn;
    QString summary;
    QStringList items;
};

// data/assessment.json: the unit's scores, explanations, evidence details and report texts.
struct SubmissionData
{
    QString unitCode;
    QString unitName;
    UnitGroup group = UnitGroup::So;
    int year = 0;
    QString setId;
    QString setSha256;
    QList<SubmittedScore> scores;
    QList<SubmittedDocument> documents;
    QString difficulties;
    QString proposals;

    QByteArray toJson() const;
    static Result<SubmissionData> parse(const QByteArray& json);
};

} // namespace parindex::package
