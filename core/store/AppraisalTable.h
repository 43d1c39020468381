#pragma once

#include "core/records/Appraisal.h"
#include "core/store/DataFile.h"

#include <QHash>
#include <QList>
#include <optional>

namespace parindex {

// A feedback package the centre signed and sent.
struct SentFeedback
{
    qint64 unitId = 0;
    int year = 0;
    qint64 sequence = 0;
    int round = 1;
    qint64 basisSequence = 0;
    QString manifestSha256;
    QDateTime createdAt;
};

// The centre's appraisal records: the working group, the year's plan and approval, the rounds
// per unit and every item's appraisal per round, and the feedback packages sent. Changes are
// audited; old values are read inside the transaction that replaces them. Portable SQL only.
class AppraisalTable
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalTable)

public:
    explicit AppraisalTable(DataFile& file) : m_file(file) {}

    Result<QList<Appraiser>> appraisers() const;
    Status addAppraiser(const Appraiser& appraiser);
    Status setAreas(const QString& name, const QStringList& areas, const QString& reason);

    Result<YearPlan> plan(int year) const;
    Status setYearSet(int year, UnitGroup group, const QString& setSha256, const QString& reason);
    Status setDeadline(int year, DeadlineStage stage, const std::optional<QDate>& date, const QString& reason);

    Result<QHash<qint64, RoundState>> rounds(int year) const; // by unit id
    Result<RoundState> round(qint64 unitId, int year) const;
    // Closes or reopens a round; `reason` is required to reopen. Audited.
    Status setRoundClosed(qint64 unitId, const QString& unitCode, int year, int round, bool closed,
                          const QString& reason);
    Status setBasis(qint64 unitId, int year, qint64 sequence);

    Result<QList<AppraisalRow>> rows(qint64 unitId, int year) const;
    Result<QList<AppraisalRow>> rowsForYear(int year) const; // without comments
    // Creates or replaces one row; refused when `expectedVersion` is given and the row's differs.
    // Audited with who, item, old → new and the comment.
    Status put(qint64 unitId, const QString& unitCode, int year, const QString& item, int round,
               const ItemAppraisal& appraisal, std::optional<qint64> expectedVersion);

    Result<qint64> lastFeedbackSequence(qint64 unitId, int year) const;
    Result<QList<SentFeedback>> feedbackSent(int year) const;
    Status recordFeedback(const SentFeedback& sent, const QString& unitCode);

    Result<std::optional<Approval>> approval(int year) const;
    Status approve(int year, const Approval& approval);

private:
    DataFile& m_file;
};

} // namespace parindex
