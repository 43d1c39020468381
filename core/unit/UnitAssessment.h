#pragma once

#include "criteria/CriteriaSet.h"
#include "evidence/EvidenceStore.h"
#include "scoring/Evaluation.h"
#include "store/Assessments.h"
#include "store/EvidenceRecords.h"
#include "store/Units.h"

#include <QObject>

#include <memory>
#include <optional>

namespace parindex {

struct UnitIdentity
{
    QString code;
    QString name;
    UnitGroup group = UnitGroup::So;
};

// Free-text sections of the self-assessment report.
enum class ReportSection { Difficulties, Proposals };

// A unit's data file seen as what the unit works on: one unit, one year, one criteria set, its
// item inputs, explanations and evidence. Every change is saved at once (one short transaction)
// and announced, so views stay thin.
class UnitAssessment : public QObject
{
    Q_OBJECT

public:
    static Result<std::shared_ptr<UnitAssessment>> create(const QString& path, const UnitIdentity& unit, int year,
                                                          CriteriaSetPtr set);
    static Result<std::shared_ptr<UnitAssessment>> open(const QString& path);

    DataFile& file() const { return *m_file; }
    const CriteriaSet& set() const { return *m_set; }
    CriteriaSetPtr setPtr() const { return m_set; }
    const Unit& unit() const { return m_unit; }
    const AssessmentRef& assessment() const { return m_ref; }
    int year() const { return m_ref.year; }
    const EvidenceStore& evidenceStore() const { return m_store; }

    const StoredInput& stored(const QString& code) const;
    ItemInputs inputs() const;
    const Evaluation& evaluation() const { return m_evaluation; }

    // Checks the input against the item's rule, then saves it; refused inputs change nothing.
    Status setInput(const QString& code, const ItemInput& input);
    Status setExplanation(const QString& code, const QString& text);

    QList<EvidenceDocument> evidence() const;
    QList<EvidenceDocument> evidenceFor(const QString& code) const;
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
    Status removeEvidence(qint64 evidenceId);

    QString reportText(ReportSection section) const;
    Status setReportText(ReportSection section, const QString& text);

    // The self-assessment deadline, if one is set; past it, every edit is refused.
    std::optional<QDateTime> deadline() const;
    Status setDeadline(const std::optional<QDateTime>& deadline);
    bool isLocked() const;

signals:
    void itemChanged(const QString& code);
    void evidenceChanged();
    void reportTextChanged();
    void deadlineChanged();

private:
    UnitAssessment(std::shared_ptr<DataFile> file, Unit unit, AssessmentRef ref, CriteriaSetPtr set);
    Status refuseWhenLocked() const;
    Status checkAttachable(const EvidenceDocument& metadata) const;
    // Runs one change of the evidence records unless the assessment is locked, and announces it.
    Status changeEvidence(const std::function<Status(EvidenceRecords&)>& change);
    void reload();

    std::shared_ptr<DataFile> m_file;
    Unit m_unit;
    AssessmentRef m_ref;
    CriteriaSetPtr m_set;
    EvidenceStore m_store;
    QHash<QString, StoredInput> m_inputs;
    Evaluation m_evaluation;
};

} // namespace parindex
