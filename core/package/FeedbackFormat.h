#pragma once

#include "core/common/Result.h"
#include "core/decimal/Points.h"
#include "core/package/PackageFormat.h"
#include "core/records/Appraisal.h"
#include "core/scoring/ItemInput.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// The feedback package (Sở Nội vụ → unit) after a round of appraisal: the points and comments
// per item, the requests for explanation or evidence and the deadline for the response, signed
// with the centre's key. A zip under the same strict rules as a submission, with three entries:
// manifest.json, manifest.sig and data/feedback.json. Specification: docs/package-format.md.
namespace parindex::package {

inline constexpr char FeedbackFormat[] = "parindex.feedback";
inline constexpr int FeedbackFormatVersion = 1;
// Signed before the manifest bytes (with a NUL after it): a feedback signature can never pass as
// one over a submission or a criteria set.
inline constexpr char FeedbackContext[] = "parindex/feedback/v1";

QString feedbackDataEntry(); // data/feedback.json
bool isAllowedFeedbackEntryName(const QString& name);
QByteArray signedFeedbackMessage(const QByteArray& manifest);

struct FeedbackManifest
{
    QString packageId;
    QString centreName;
    QString unitCode;
    QString unitName;
    int year = 0;
    int round = 1; // the round of appraisal it reports: 1 or 2
    QString setId;
    QString setSha256;
    qint64 sequence = 0; // per unit and year; +1 on every feedback exported
    // The submission version the appraisal is based on.
    qint64 basisSequence = 0;
    QString basisManifestSha256;
    QDate responseDeadline; // the last day for the unit's response; invalid when none
    QDateTime created;
    QString appVersion;
    QString dataSha256;
    qint64 dataSize = 0;
    QString signerAlgorithm;
    QString signerKeyId;

    QByteArray toJson() const;
    static Result<FeedbackManifest> parse(const QByteArray& json);
};

// One item as the working group appraised it.
struct FeedbackItem
{
    QString item;
    std::optional<ItemInput> round1; // absent when not appraised in that round
    std::optional<Points> round1Points;
    QString round1Comment;
    std::optional<ItemInput> round2;
    std::optional<Points> round2Points;
    QString round2Comment;
    RequestKind request = RequestKind::None;
};

// data/feedback.json
struct FeedbackData
{
    QString unitCode;
    int year = 0;
    QString setSha256;
    int round = 1;
    QList<FeedbackItem> items;
    // The self-scores and explanations of the version appraised, item by item: the unit's file
    // returns to them on import, so that its response answers exactly what was appraised.
    QList<SubmittedScore> appraisedVersion;
    Points round1Total; // the appraised points of the scored items, round 1
    Points finalTotal;  // round 2 where given, else round 1

    const FeedbackItem* item(const QString& code) const;
    QByteArray toJson() const;
    static Result<FeedbackData> parse(const QByteArray& json);
};

} // namespace parindex::package
