#pragma once

#include "core/common/ChangeBatch.h"
#include "core/criteria/CriteriaSet.h"
#include "core/crypto/SigningKey.h"
#include "core/evidence/EvidenceDocument.h"
#include "core/evidence/EvidenceStore.h"
#include "core/package/FeedbackFormat.h"
#include "core/package/SubmissionReader.h"
#include "core/package/SubmissionWriter.h"
#include "core/records/Assessment.h"
#include "core/records/KeyRecords.h"
#include "core/records/Unit.h"
#include "core/scoring/Evaluation.h"
#include "core/unit/ItemStatus.h"

#include <QObject>
#include <QSet>
#include <memory>
#include <optional>

namespace parindex {

class DataFile;

struct UnitIdentity
{
    QString code;
    QString name;
    UnitGroup group = UnitGroup::So;
};

// Free-text sections of the self-assessment report.
enum class ReportSection
{
    Difficulties,
    Proposals
};

// The unit's service: a unit's data file seen as what the unit works on — one unit, one year,
// one criteria set, its item inputs, explanations, evidence, signing key and exports. Every
// change is checked, saved at once (one short transaction) and announced, so views stay thin.
class UnitAssessment : public QObject
{
    Q_OBJECT

public:
    static Result<std::shared_ptr<UnitAssessment>> create(const QString& path, const UnitIdentity& unit, int year,
                                                          CriteriaSetPtr set);
    static Result<std::shared_ptr<UnitAssessment>> open(const QString& path);
    // A unit file already opened (see DataFiles::open).
    static Result<std::shared_ptr<UnitAssessment>> fromFile(std::shared_ptr<DataFile> file);
    ~UnitAssessment() override;

    QString path() const;
    // Who the audit log names for changes made from here.
    void setActor(const QString& actor);
    const CriteriaSet& set() const { return *m_set; }
    CriteriaSetPtr setPtr() const { return m_set; }
    const Unit& unit() const { return m_unit; }
    const AssessmentRef& assessment() const { return m_ref; }
    int year() const { return m_ref.year; }
    const EvidenceStore& evidenceStore() const { return m_store; }

    const StoredInput& stored(const QString& code) const;
    ItemInputs inputs() const;
    const Evaluation& evaluation() const { return m_evaluation; }
    // Where an item stands (scored, needs evidence, …): the one rule for tree, check and report.
    ItemStatus status(const QString& code) const;
    bool hasEvidence(const QString& code) const { return m_supported.contains(code); }

    // Checks the input against the item's rule, then saves it; refused inputs change nothing.
    Status setInput(const QString& code, const ItemInput& input);
    Status setExplanation(const QString& code, const QString& text);

    const QList<EvidenceDocument>& evidence() const { return m_documents; }
    QList<EvidenceDocument> evidenceFor(const QString& code) const;
    std::optional<EvidenceDocument> document(qint64 evidenceId) const;
    // Copies the file into the evidence store (hashing while copying), then records it for the
    // given items. A document whose file is already attached is linked, not copied again.
    Result<qint64> attach(const QString& path, const EvidenceDocument& metadata,
                          const std::function<void(qint64)>& progress = {}, const std::atomic_bool* cancel = nullptr);
    // The two halves of attach(), for callers that copy on a worker thread: the copy touches
    // only files and may run anywhere; recording uses this object's connection.
    static Result<StoredBlob> storeFile(const EvidenceStore& store, const QString& path,
                                        const std::function<void(qint64)>& progress = {},
                                        const std::atomic_bool* cancel = nullptr);
    Result<qint64> record(const StoredBlob& blob, const QString& path, const EvidenceDocument& metadata);
    Status link(qint64 evidenceId, const QString& code);
    Status unlink(qint64 evidenceId, const QString& code);
    Status updateEvidence(const EvidenceDocument& doc);
    // Removing keeps the row, marked, so that restoreEvidence() can undo it.
    Status removeEvidence(qint64 evidenceId);
    Status restoreEvidence(qint64 evidenceId);

    QString reportText(ReportSection section) const;
    Status setReportText(ReportSection section, const QString& text);

    // The self-assessment deadline, if one is set; past it, every edit is refused.
    std::optional<QDateTime> deadline() const { return m_deadline; }
    Status setDeadline(const std::optional<QDateTime>& deadline);
    // Nothing can be changed: the deadline has passed, or this is a read-only copy.
    bool isLocked() const { return !readOnlyReason().isEmpty(); }
    QString readOnlyReason() const;
    // A copy of a file open elsewhere (see DataFiles::openSnapshot): the file it copies.
    QString snapshotOf() const;

    // The unit's signing key: the one in use, and every key the file has used.
    Result<std::optional<OwnKeyInfo>> signingKey() const;
    Result<QList<OwnKeyInfo>> keyHistory() const;
    // Creates a new key, kept encrypted with the passphrase; a key in use is retired, not lost.
    // The passphrase follows Passphrase's rules.
    Result<OwnKeyInfo> createSigningKey(const QString& passphrase);
    // A key stored with fewer PBKDF2 rounds than SigningKey::KdfIterations (by an earlier
    // version) is encrypted again, with the same passphrase, once it has been unlocked.
    Result<SigningKey> unlockSigningKey(const QString& passphrase);

    // Exporting the signed package in three steps, so that the writing can run on a worker
    // thread. beginExport checks the target, takes the next version number for good (saved before
    // anything is signed, so no two packages ever carry one number, even after a failure or a
    // kill) and gathers everything; SubmissionWriter writes into `file` anywhere; finishExport
    // records the package and only then puts it at its target. A version number taken by an
    // export that did not finish is skipped, which the centre accepts.
    struct PendingExport
    {
        ExportJob job;
        std::unique_ptr<PendingFile> file;
    };
    Result<PendingExport> beginExport(const QString& target);
    Status finishExport(PendingExport& pending, const ExportSummary& summary);
    // The three steps at once.
    Result<ExportSummary> exportPackage(const SigningKey& key, const QString& target,
                                        const std::function<void(qint64, qint64)>& progress = {},
                                        const std::atomic_bool* cancel = nullptr);
    // The last version number taken by an export.
    Result<qint64> lastExportedSequence() const;

    // The centre's public key, enrolled once from the fingerprint in the year's guidance; feedback
    // packages are verified with it. A different key replaces it only with `replace`.
    Result<std::optional<CentreKeyInfo>> centreKey() const;
    Status enrolCentreKey(const SigningKey& publicKey, bool replace = false);

    // The centre's feedback after a round of appraisal: verified against the enrolled centre key,
    // for this unit, year and set, newer than the one already imported; all or nothing. Once
    // feedback is in, the self-scores are locked and only the requested items take explanations
    // and evidence; the next export is the response to it.
    ImportOutcome importFeedback(const QString& path);
    const std::optional<package::FeedbackManifest>& feedbackManifest() const { return m_feedbackManifest; }
    const std::optional<package::FeedbackData>& feedback() const { return m_feedback; }
    const package::FeedbackItem* feedbackFor(const QString& code) const;
    bool scoresLocked() const { return m_feedback.has_value(); }
    bool isRequested(const QString& code) const;
    // The response's deadline has passed: the response can no longer be exported.
    bool responseClosed() const;

    // Changes made until the batch is committed are saved together or not at all.
    ChangeBatch beginBatch();

signals:
    void itemChanged(const QString& code);
    void evidenceChanged();
    void reportTextChanged();
    void deadlineChanged();
    void signingKeyChanged();
    void feedbackChanged();

private:
    UnitAssessment(std::shared_ptr<DataFile> file, Unit unit, AssessmentRef ref, CriteriaSetPtr set);
    Status refuseWhenLocked() const;
    Status checkAttachable(const EvidenceDocument& metadata) const;
    Status reloadInputs();
    Status reloadEvidence();
    Status reloadMeta();
    Status reloadFeedback();
    Status refuseUnlessAnswerable(const QStringList& codes) const;
    QStringList documentItems(qint64 evidenceId) const;
    package::SubmissionData submissionData() const;

    std::shared_ptr<DataFile> m_file;
    Unit m_unit;
    AssessmentRef m_ref;
    CriteriaSetPtr m_set;
    EvidenceStore m_store;
    QHash<QString, StoredInput> m_inputs;
    Evaluation m_evaluation;
    QList<EvidenceDocument> m_documents;
    QSet<QString> m_supported;
    std::optional<QDateTime> m_deadline;
    std::optional<package::FeedbackManifest> m_feedbackManifest;
    std::optional<package::FeedbackData> m_feedback;
    QString m_feedbackSha256;
    QString m_difficulties;
    QString m_proposals;
};

} // namespace parindex
