#pragma once

// What the appraisal service reads for a year and the rules it derives from it: stages, locks,
// what a response may change. Internal to core/centre.

#include "core/centre/Appraisal.h"
#include "core/records/Submission.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace parindex {

class DataFile;

namespace appraisal {

QString dateText(const QDate& d);
// The deadline has passed: a stage is open through the whole of its last day.
bool passed(const std::optional<QDate>& deadline);
// Round 1's feedback was sent since round 1 last closed (a reopened and closed round 1 waits
// for its new feedback).
bool feedbackSentForRound1(const RoundState& r);
// The first item, not among `requested`, whose explanation or documents a response changed.
QString answersBeyondRequests(const package::SubmissionData& basis, const package::SubmissionData& response,
                              const QSet<QString>& requested);

// What the year's tables say, read once for every unit of a year.
struct YearData
{
    int year = 0;
    QList<Unit> units;
    QHash<qint64, QList<SubmissionVersion>> versions; // by unit, newest first
    QHash<qint64, RoundState> rounds;
    QHash<qint64, QList<AppraisalRow>> rows; // by unit
    YearPlan plan;
    std::optional<Approval> approval;
};

// Reads a year (or one unit of it) and builds each unit's appraisal: stage, items with their
// points and flags, and where an edit goes now or why nowhere. Criteria sets are read once.
class Reading
{
    Q_DECLARE_TR_FUNCTIONS(Appraisal)

public:
    explicit Reading(DataFile& file) : m_file(file) {}

    Result<YearData> year(int year, std::optional<qint64> onlyUnit = std::nullopt);
    Result<CriteriaSetPtr> set(const QString& sha256);
    Result<package::SubmissionData> data(qint64 submissionId);
    Result<UnitAppraisal> unit(const YearData& d, const Unit& u);

private:
    DataFile& m_file;
    QHash<QString, CriteriaSetPtr> m_sets;
};

// Runs a change under the appraiser's name in the audit log, then restores the file's actor.
class ActingAs
{
public:
    ActingAs(DataFile& file, const QString& name);
    ~ActingAs();
    ActingAs(const ActingAs&) = delete;
    ActingAs& operator=(const ActingAs&) = delete;

private:
    DataFile& m_file;
    QString m_previous;
};

} // namespace appraisal
} // namespace parindex
