#pragma once

#include "core/common/Result.h"
#include "core/crypto/SigningKey.h"
#include "core/files/SafeFile.h"
#include "core/package/FeedbackFormat.h"
#include "core/package/SubmissionReader.h"

#include <QCoreApplication>

namespace parindex {

// A feedback package read and verified: the signed bytes and what they say.
struct FeedbackVerdict
{
    ImportOutcome outcome; // Accepted when every check of the format passed
    package::FeedbackManifest manifest;
    package::FeedbackData data;
    QByteArray manifestBytes;
    QByteArray signature;
    QByteArray dataBytes;
    QString manifestSha256;

    bool verified() const { return outcome.kind == ImportOutcome::Kind::Accepted; }
};

// Writes and reads the centre's feedback packages (docs/package-format.md, "Feedback packages"),
// under the same strict rules as submissions.
class FeedbackPackage
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackPackage)

public:
    // Completes the manifest (package id, time, version, signer, data hash and size), signs it and
    // writes the package into `out`; returns the manifest's SHA-256. The caller commits `out`.
    static Result<QString> write(package::FeedbackManifest manifest, const QByteArray& data, const SigningKey& key,
                                 PendingFile& out);
    // Structure and names first, then the signature over the manifest's exact bytes with the
    // centre's key, then the manifest and the data, each against the other. Whose package it is
    // (unit, year, set, freshness) is for the caller to check.
    static FeedbackVerdict read(const QString& path, const SigningKey& centreKey, const ZipLimits& limits = {});
};

} // namespace parindex
