#pragma once

#include "core/criteria/CriteriaSet.h"
#include "core/package/PackageFormat.h"
#include "core/package/ZipScanner.h"
#include "core/records/KeyRecords.h"
#include "core/records/Submission.h"
#include "core/records/Unit.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <atomic>
#include <memory>
#include <optional>

namespace parindex {

struct ImportOutcome
{
    enum class Kind
    {
        Accepted,
        AlreadyImported,
        Rejected
    };
    Kind kind = Kind::Rejected;
    QString rule;   // for rejections: the rule broken, in a few words
    QString detail; // what exactly
    QString unitCode;
    qint64 sequence = 0;

    QString text() const; // "accepted", "already imported" or "rejected: <rule> (<detail>)"
};

struct ImportLimits
{
    ZipLimits zip;
    qint64 maxManifest = 1024 * 1024;
    qint64 maxData = 64 * 1024 * 1024;
    qint64 spareDisk = 64 * 1024 * 1024; // left free after the import
};

// What the reader trusts, read from the centre's file beforehand: enrolled keys, registered
// units, known criteria sets and the versions in force. The centre checks freshness and keys
// again in the transaction that stores a package.
struct TrustSnapshot
{
    QList<EnrolledKey> keys;
    QHash<qint64, Unit> units;                // by id
    QHash<QString, CriteriaSetPtr> sets;      // by sha256
    QHash<QString, AcceptedVersion> accepted; // by acceptedVersionKey()
    QSet<QString> withdrawn;                  // manifest hashes of packages the centre withdrew
};

// A package's sequence against the version in force (docs/package-format.md, "Freshness").
enum class Freshness
{
    Newer,
    Same,
    Older,
    Fork
};
Freshness freshness(qint64 sequence, const QString& manifestSha256, const std::optional<AcceptedVersion>& accepted);

// A folder of staged evidence files (named by their hash), removed with its last owner.
class StagedFiles
{
public:
    explicit StagedFiles(QString folder) : m_folder(std::move(folder)) {}
    ~StagedFiles();
    StagedFiles(const StagedFiles&) = delete;
    StagedFiles& operator=(const StagedFiles&) = delete;
    const QString& folder() const { return m_folder; }
    QString pathFor(const QString& sha256) const { return m_folder + QLatin1Char('/') + sha256; }

private:
    QString m_folder;
};

// The reader's verdict on one package. When `outcome` is Accepted the package passed every check
// and waits, staged, to be stored by the centre; a rejection leaves nothing behind.
struct PackageVerdict
{
    ImportOutcome outcome;
    bool forkAlert = false; // a second package with an accepted sequence: the centre records it
    StoredSubmission submission;
    package::Manifest manifest;
    std::shared_ptr<StagedFiles> staged;

    bool verified() const { return outcome.kind == ImportOutcome::Kind::Accepted; }
};

// The centre's strict reader of submission packages: structure and names first, then the
// signature over the manifest's exact bytes, then the manifest's promises, freshness, and every
// byte streamed into staging while hashed. It touches no database, so it runs on any thread.
class SubmissionReader
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionReader)

public:
    // How far a new version may jump past the accepted one: a package numbered far ahead would
    // otherwise lock the unit out of every later version.
    static constexpr qint64 MaxSequenceStep = 1000;

    SubmissionReader(TrustSnapshot trust, QString stagingRoot, ImportLimits limits = {});

    PackageVerdict verify(const QString& path, const std::atomic_bool* cancel = nullptr) const;

private:
    TrustSnapshot m_trust;
    QString m_stagingRoot;
    ImportLimits m_limits;
};

} // namespace parindex
