#pragma once

#include "core/records/Submission.h"
#include "core/store/DataFile.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace parindex {

// The centre's accepted submission packages (kept whole for the audit), their evidence lists
// and the alerts raised by packages that contradict an accepted one.
class SubmissionTable
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionTable)

public:
    explicit SubmissionTable(DataFile& file) : m_file(file) {}

    // The version in force for a unit, year and set, if any.
    Result<std::optional<AcceptedVersion>> accepted(qint64 unitId, int year, const QString& setSha256) const;
    Result<QHash<QString, AcceptedVersion>> acceptedAll() const; // by acceptedVersionKey()
    // Stores an accepted package and its evidence list. Audited. Call inside the transaction
    // that re-checked its freshness.
    Result<qint64> insert(const StoredSubmission& s, const QString& unitCode, const QString& previousSha256);
    // Two different packages carrying one sequence number: kept for whoever investigates.
    Status recordAlert(qint64 unitId, int year, const QString& setSha256, qint64 sequence,
                       const QString& manifestSha256, const QString& reason);
    // Every version received for a year, newest sequence first.
    Result<QList<SubmissionVersion>> forYear(int year) const;
    Result<QList<int>> years() const;
    // The signed data of one version (data/assessment.json as received).
    Result<QByteArray> data(qint64 submissionId) const;
    Result<std::optional<SubmissionVersion>> version(qint64 submissionId) const;
    // Moves an accepted package to the withdrawn ones (with who, when and why); the version in
    // force falls back to the previous one. Audited.
    Status withdraw(qint64 submissionId, const QString& unitCode, const QString& reason);
    Result<QSet<QString>> withdrawnManifests() const;

private:
    DataFile& m_file;
};

} // namespace parindex
