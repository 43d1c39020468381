#pragma once

#include "core/common/Result.h"
#include "core/crypto/SigningKey.h"
#include "core/files/SafeFile.h"
#include "core/package/PackageFormat.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>
#include <functional>

namespace parindex {

// One evidence file to put in a package: where its bytes are and what they must hash to.
struct ExportFile
{
    QString sha256;
    qint64 size = 0;
    QString path;
    QString displayName;
};

// Everything a package is written from, gathered where the data lives (the unit's service);
// writing it touches no database, so it may run on any thread.
struct ExportJob
{
    package::Manifest manifest; // everything but the package id, time, app version and signer
    QByteArray data;            // data/assessment.json
    QList<ExportFile> files;

    qint64 totalBytes() const;
};

struct ExportSummary
{
    qint64 sequence = 0;
    QString manifestSha256;
    int documents = 0;
    qint64 bytes = 0;
};

// Writes a signed submission package (docs/package-format.md): manifest.json first, then
// manifest.sig, data/assessment.json and one stored entry per evidence file, each byte read once
// and hashed while copied. It writes into a PendingFile: the package appears at its target only
// when the caller commits it, after recording the export (see UnitAssessment::beginExport).
class SubmissionWriter
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionWriter)

public:
    static Result<ExportSummary> write(const ExportJob& job, const SigningKey& key, PendingFile& out,
                                       const std::function<void(qint64 done, qint64 total)>& progress = {},
                                       const std::atomic_bool* cancel = nullptr);
};

} // namespace parindex
