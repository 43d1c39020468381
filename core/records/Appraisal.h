#pragma once

#include "core/common/UnitGroup.h"
#include "core/decimal/Points.h"
#include "core/scoring/ItemInput.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace parindex {

// Where one unit's year stands in the appraisal at Sở Nội vụ (domain.md §5), in order.
enum class AppraisalStage
{
    NotReceived,
    Received,
    Round1,
    FeedbackSent,
    ResponseReceived,
    Round2,
    Appraised,
    Approved
};

// The stages that carry a deadline for the year.
enum class DeadlineStage
{
    Self,        // the units' self-assessment packages
    Round1,      // the working group's first appraisal
    Explanation, // the units' responses to the feedback
    Round2       // the second appraisal
};

// What the working group asks of a unit for one item.
enum class RequestKind
{
    None,
    Explanation,
    Evidence
};

class AppraisalTerms
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalTerms)

public:
    // Stable codes, as in files and on the command line: "not_received", "round_1", "approved", …
    static QString code(AppraisalStage s);
    static std::optional<AppraisalStage> stageFromCode(const QString& code);
    static QString name(AppraisalStage s); // translated, for people
    static QList<AppraisalStage> allStages();

    static QString code(DeadlineStage s); // "self", "round1", "explanation", "round2"
    static std::optional<DeadlineStage> deadlineFromCode(const QString& code);
    static QString name(DeadlineStage s);
    static QList<DeadlineStage> allDeadlines();

    static QString code(RequestKind k); // "", "explanation", "evidence"
    static std::optional<RequestKind> requestFromCode(const QString& code);
    static QString name(RequestKind k);
};

// A member of the working group, with the areas (codes of top-level nodes) assigned to them.
struct Appraiser
{
    QString name;
    QStringList areas; // empty: no area of their own
};

// One round's appraisal of one item.
struct ItemAppraisal
{
    ItemInput input; // as the unit's rule reads it; none = appraised at 0
    QString comment;
    RequestKind request = RequestKind::None;
    QString appraiser;
    QDateTime at;
    qint64 version = 1; // +1 on every change: an edit based on a stale row can be refused
};

// One item of a unit in one round of appraisal, as stored.
struct AppraisalRow
{
    qint64 unitId = 0;
    QString item;
    int round = 1;
    ItemAppraisal appraisal;
};

// The year as opened by the centre: the criteria set of each group and the stage deadlines
// (each one the last day on which the stage is open).
struct YearPlan
{
    int year = 0;
    QHash<UnitGroup, QString> sets; // criteria set sha256 by group
    QMap<DeadlineStage, QDate> deadlines;

    std::optional<QDate> deadline(DeadlineStage s) const
    {
        const auto it = deadlines.constFind(s);
        return it == deadlines.cend() ? std::nullopt : std::optional(*it);
    }
};

// The appraisal council's decision that approves a year's results.
struct Approval
{
    QString decision; // e.g. "123/QĐ-UBND"
    QDate date;
    int members = 0; // 0 when the vote was not recorded
    int inFavour = 0;
    QDateTime recordedAt;
    QString recordedBy;
};

// What the centre keeps per unit and year about the rounds.
struct RoundState
{
    QDateTime round1ClosedAt; // invalid while round 1 is open
    QDateTime round2ClosedAt;
    qint64 feedbackSequence = 0; // the last feedback package exported; 0 = none
    int feedbackRound = 0;       // the round it reported
    QDateTime feedbackAt;
    qint64 basisSequence = 0; // the submission version round 1 appraised
};

} // namespace parindex
