#include "core/unit/SubmissionCheck.h"

namespace parindex {

QList<CheckProblem> SubmissionCheck::run(const UnitAssessment& a)
{
    using Kind = CheckProblem::Kind;
    QList<CheckProblem> problems;
    const CriteriaSet& set = a.set();
    QList<const CriteriaNode*> items = set.leaves();
    for (const Adjustment* section : {&set.bonus, &set.penalty}) {
        for (const CriteriaNode& item : section->items)
            items.append(&item);
    }
    // After Sở Nội vụ's feedback the scores are locked: what is left to do is what it asked for.
    if (a.feedback()) {
        for (const CriteriaNode* item : items) {
            const package::FeedbackItem* f = a.feedbackFor(item->code);
            if (!f || f->request == RequestKind::None)
                continue;
            const QString comment = f->round1Comment.isEmpty() ? QString() : QStringLiteral(": ") + f->round1Comment;
            problems.append({Kind::Requested, item->code, 0,
                             (f->request == RequestKind::Evidence ? tr("%1: Sở Nội vụ requests evidence%2")
                                                                  : tr("%1: Sở Nội vụ requests an explanation%2"))
                                 .arg(item->code, comment)});
        }
        return problems;
    }
    for (const CriteriaNode* item : items) {
        switch (a.status(item->code)) {
        case ItemStatus::NotScored:
            // Bonus and penalty items are scored only where they arise.
            if (item->level != NodeLevel::Bonus && item->level != NodeLevel::Penalty)
                problems.append({Kind::Unscored, item->code, 0, tr("%1: not scored yet").arg(item->code)});
            break;
        case ItemStatus::Invalid:
            problems.append({Kind::InvalidValue, item->code, 0, a.evaluation().node(item->code)->item.error});
            break;
        case ItemStatus::NotApplicableWithoutReason:
            problems.append({Kind::NotApplicableWithoutReason, item->code, 0,
                             tr("%1: marked not applicable without a reason").arg(item->code)});
            break;
        case ItemStatus::NeedsEvidence:
            problems.append(
                {Kind::NoEvidenceNoExplanation, item->code, 0,
                 tr("%1: %2 points claimed without evidence or an explanation")
                     .arg(item->code,
                          a.evaluation().node(item->code)->item.points.toString(NumberLocale::Vietnamese))});
            break;
        case ItemStatus::Group:
        case ItemStatus::Survey:
        case ItemStatus::NotApplicable:
        case ItemStatus::ExplainedWithoutEvidence:
        case ItemStatus::Scored:
            break;
        }
    }
    for (const EvidenceDocument& d : a.evidence()) {
        const QString where = d.items.value(0);
        if (d.number.trimmed().isEmpty())
            problems.append({Kind::EvidenceWithoutNumber, where, d.id,
                             tr("document \"%1\" has no number (số/ký hiệu)").arg(d.displayName)});
        if (!d.issuedOn.isValid())
            problems.append({Kind::EvidenceWithoutDate, where, d.id,
                             tr("document \"%1\" has no date of issue (ngày ban hành)").arg(d.displayName)});
    }
    return problems;
}

QList<CheckProblem> SubmissionCheck::verifyEvidence(const UnitAssessment& a, const std::atomic_bool* cancel)
{
    QList<CheckProblem> problems;
    for (const EvidenceDocument& d : a.evidence()) {
        if (cancel && cancel->load())
            break;
        switch (a.evidenceStore().verify(d.sha256)) {
        case EvidenceStore::Integrity::Intact:
            break;
        case EvidenceStore::Integrity::Damaged:
            problems.append({CheckProblem::Kind::EvidenceDamaged, d.items.value(0), d.id,
                             tr("document \"%1\": its stored copy is damaged; attach the original again to repair it")
                                 .arg(d.displayName)});
            break;
        case EvidenceStore::Integrity::Missing:
            problems.append({CheckProblem::Kind::EvidenceMissing, d.items.value(0), d.id,
                             tr("document \"%1\": its stored copy is missing from the evidence folder; attach the "
                                "original again")
                                 .arg(d.displayName)});
            break;
        }
    }
    return problems;
}

} // namespace parindex
