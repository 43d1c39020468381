#pragma once

#include "core/unit/UnitAssessment.h"

#include <QCoreApplication>

namespace parindex {

// One thing to put right before the self-assessment is submitted ("lỗi thường gặp").
struct CheckProblem
{
    enum class Kind
    {
        Unscored,                // a self-scored item has no input
        NoEvidenceNoExplanation, // points claimed with neither evidence nor an explanation
        InvalidValue,            // the input breaks the item's rule (e.g. numerator above denominator)
        NotApplicableWithoutReason,
        EvidenceWithoutNumber, // a document without số/ký hiệu
        EvidenceWithoutDate,   // a document without ngày ban hành
        EvidenceDamaged,       // the stored copy no longer has the bytes it was attached with
        EvidenceMissing,       // the stored copy is gone from the evidence folder
        Requested,             // Sở Nội vụ's feedback asks for an explanation or evidence
    };
    Kind kind;
    QString itemCode; // the item to go to; for evidence, the first item it supports
    qint64 evidenceId = 0;
    QString message;
};

class SubmissionCheck
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionCheck)

public:
    // Every problem, in the order of the criteria set, then the evidence problems.
    static QList<CheckProblem> run(const UnitAssessment& assessment);
    // Reads every stored document and compares it with its hash: slow for large evidence, so
    // apart from run(). `cancel` stops between documents.
    static QList<CheckProblem> verifyEvidence(const UnitAssessment& assessment,
                                              const std::atomic_bool* cancel = nullptr);
};

} // namespace parindex
