#pragma once

#include "core/criteria/CriteriaSet.h"
#include "core/crypto/SigningKey.h"
#include "core/package/FeedbackFormat.h"
#include "core/package/PackageFormat.h"
#include "core/records/Appraisal.h"
#include "core/records/Unit.h"
#include "core/scoring/Evaluation.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <memory>
#include <optional>

namespace parindex {

class DataFile;

// One unit's line in the appraisal overview.
struct UnitProgress
{
    Unit unit;
    AppraisalStage stage = AppraisalStage::NotReceived;
    qint64 sequence = 0; // the submission version in force; 0 when none
    int items = 0;       // items the working group appraises
    int round1Done = 0;
    int round2Done = 0;
    int requested = 0; // items with a request in round 1
    int answered = 0;  // requested items the unit's response explains or documents
    std::optional<Points> selfTotal;
    std::optional<Points> finalTotal;
};

// One member's share of the year's work: items of their areas, over every received unit.
struct AppraiserProgress
{
    Appraiser appraiser;
    int assigned = 0;
    int done = 0; // appraised in the current round of each unit
};

// Everything about one item of one unit, as the appraisal view shows it.
struct AppraisalItem
{
    const CriteriaNode* node = nullptr;
    std::optional<package::SubmittedScore> self; // as the unit submitted it
    std::optional<ItemAppraisal> round1;
    std::optional<ItemAppraisal> round2;
    std::optional<Points> selfPoints; // null: not scored or not applicable
    std::optional<Points> round1Points;
    std::optional<Points> round2Points;
    std::optional<Points> finalPoints;
    bool changed = false;   // the unit changed it since its previous version
    bool requested = false; // round 1 asked for an explanation or evidence
    bool answered = false;  // the response after the feedback explains or documents it
    bool differs = false;   // the final points differ from the self-score

    // The comment of the latest round that has one.
    QString comment() const;
    RequestKind request() const { return round1 ? round1->request : RequestKind::None; }
};

// One unit's year in appraisal.
struct UnitAppraisal
{
    Unit unit;
    int year = 0;
    AppraisalStage stage = AppraisalStage::NotReceived;
    RoundState rounds;
    CriteriaSetPtr set;
    qint64 submissionId = 0;
    qint64 sequence = 0;
    package::SubmissionData submitted;
    QList<AppraisalItem> items;     // every leaf the unit scores (not survey), in document order
    bool responseReceived = false;  // the version in force answers round 1's latest feedback
    bool explanationClosed = false; // the explanation deadline has passed
    int editableRound = 0;          // the round an edit goes to now; 0 when none
    QString lockedReason;           // why nothing can be edited, when editableRound is 0
    Evaluation selfEvaluation;
    Evaluation finalEvaluation;

    const AppraisalItem* item(const QString& code) const;
    // The input the final points come from, per item: round 2, else round 1, else the unit's own.
    ItemInputs finalInputs() const;
};

// An appraiser's decision on one item.
struct AppraisalEdit
{
    std::optional<ItemInput> input; // nullopt: accept the unit's self-score
    QString comment;
    RequestKind request = RequestKind::None;
    // When set, the edit is refused if the row changed since this version was read.
    std::optional<qint64> expectedVersion;
};

// One feedback package written.
struct FeedbackWritten
{
    QString unitCode;
    QString path;
    qint64 sequence = 0;
    int round = 1;
};

// The appraisal at Sở Nội vụ (domain.md §5): the year's plan, the working group, the two rounds
// per unit with their locks and deadlines, the signed feedback, and the council's approval. The
// GUI and the command line both work through it; every change is checked, saved in one
// transaction, audited under the appraiser's name, and announced.
class Appraisal : public QObject
{
    Q_OBJECT

public:
    explicit Appraisal(std::shared_ptr<DataFile> file, QObject* parent = nullptr);
    ~Appraisal() override;

    // The working group.
    Result<QList<Appraiser>> appraisers() const;
    Status addAppraiser(const Appraiser& appraiser);
    Status setAppraiserAreas(const QString& name, const QStringList& areas, const QString& reason);

    // The year's plan: the criteria set per group and the stage deadlines. A change to a plan
    // already set needs a reason; every change is audited.
    Result<YearPlan> plan(int year) const;
    Status setYearSet(int year, UnitGroup group, const QString& setSha256, const QString& reason);
    Status setDeadline(int year, DeadlineStage stage, const std::optional<QDate>& date, const QString& reason);

    // Overview.
    Result<QList<UnitProgress>> progress(int year) const;
    Result<QList<AppraiserProgress>> appraiserProgress(int year) const;
    Result<UnitAppraisal> unit(int year, const QString& unitCode) const;
    Result<AppraisalStage> stage(int year, const QString& unitCode) const;
    // Every unit that sent something for the year, with its appraisal (the basis of its results).
    Result<QList<UnitAppraisal>> receivedUnits(int year) const;

    // Whether the appraisal admits a new submission version now: not after approval; a response
    // names a feedback sent to the unit, arrives before the explanation deadline and changes no
    // self-score; a plain version arrives before the self-assessment deadline and before round 1
    // closes, on the year's criteria set. Empty when admitted, else the rule and the detail.
    std::optional<QPair<QString, QString>> refusal(const Unit& unit, const package::Manifest& manifest,
                                                   const QByteArray& data) const;

    // Appraising, in the round the unit's stage is in (see UnitAppraisal::editableRound). `by`
    // must be a registered appraiser.
    Status appraise(int year, const QString& unitCode, const QString& item, const AppraisalEdit& edit,
                    const QString& by);
    // Appraises every item not yet appraised in the current round: round 1 takes the self-score
    // (an unscored item at 0), round 2 keeps the round-1 decision. Returns how many.
    Result<int> acceptRest(int year, const QString& unitCode, const QString& by);
    Status closeRound(int year, const QString& unitCode, int round, const QString& by);
    Status reopenRound(int year, const QString& unitCode, int round, const QString& reason, const QString& by);

    // The feedback package of a unit's latest closed round, signed with the centre's key and
    // written atomically to `target`. Exporting round-1 feedback closes round 1.
    Result<FeedbackWritten> exportFeedback(int year, const QString& unitCode, const SigningKey& key,
                                           const QString& target, const QString& by);
    // One package per unit whose round is closed, into `folder`; units not ready are skipped.
    Result<QList<FeedbackWritten>> exportAllFeedback(int year, const SigningKey& key, const QString& folder,
                                                     const QString& by, QStringList* skipped = nullptr);

    // The council's approval: every received unit appraised; afterwards the year is read-only.
    Result<std::optional<Approval>> approval(int year) const;
    Status approve(int year, const Approval& approval);

signals:
    void appraisalChanged(int year, const QString& unitCode);
    void planChanged(int year);
    void appraisersChanged();

private:
    // The unit as an edit finds it (call inside the edit's transaction): refused with the reason
    // when nothing can be edited; in round 1, the version in force recorded as the basis.
    Result<UnitAppraisal> openForEdit(int year, const QString& unitCode);

    std::shared_ptr<DataFile> m_file;
};

} // namespace parindex
