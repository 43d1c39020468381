#pragma once

#include "common/Result.h"
#include "crypto/SigningKey.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace parindex {

class UnitAssessment;

// The signed context that precedes the manifest bytes: a signature made for a submission can
// never pass as one for a criteria set or a feedback package.
inline constexpr char SubmissionSignatureContext[] = "parindex/submission/v1";

struct ExportSummary
{
    qint64 sequence = 0;
    QString manifestSha256;
    int documents = 0;
    qint64 bytes = 0;
};

// Writes a unit's signed submission package (see docs in package-format): manifest.json first,
// manifest.sig, data/assessment.json, then one stored entry per evidence file, each byte read
// once and hashed while copied. The package is written to a temporary file and appears at the
// target only when complete; the unit's sequence number rises only then.
class SubmissionWriter
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionWriter)

public:
    static QByteArray signedMessage(const QByteArray& manifest);

    static Result<ExportSummary> write(UnitAssessment& unit, const SigningKey& key, const QString& target,
                                       const std::function<void(qint64 done, qint64 total)>& progress = {},
                                       const std::atomic_bool* cancel = nullptr);
};

} // namespace parindex
