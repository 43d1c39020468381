#include "SubmissionCheck.h"

#include <QSet>

namespace parindex {

QList<CheckProblem> SubmissionCheck::run(const UnitAssessment& a)
{
    using Kind = CheckProblem::Kind;
    QList<CheckProblem> problems;
    const QList<EvidenceDocument> documents = a.evidence();
    QSet<QString> supported;
    for (const EvidenceDocument& d : documents) {
        for (const QString& code : d.items)
            supported.insert(code);
    }
    const CriteriaSet& set = a.set();
    for (const CriteriaNode* leaf : set.leaves()) {
        if (leaf->isSurvey())
            continue;
        const StoredInput& stored = a.stored(leaf->code);
        const NodeResult* result = a.evaluation().node(leaf->code);
        const ItemScore score = result ? result->item : ItemScore();
        switch (score.state) {
        case ItemScore::State::Unscored:
            problems.append({Kind::Unscored, leaf->code, 0, tr("%1: not scored yet").arg(leaf->code)});
            continue;
        case ItemScore::State::Invalid:
            problems.append({Kind::InvalidValue, leaf->code, 0, score.error});
            continue;
        case ItemScore::State::NotApplicable:
            if (stored.input.kind == ItemInput::Kind::NotApplicable && stored.input.reason.trimmed().isEmpty())
                problems.append({Kind::NotApplicableWithoutReason, leaf->code, 0,
                                 tr("%1: marked not applicable without a reason").arg(leaf->code)});
            continue;
        case ItemScore::State::Scored:
            break;
        }
        if (score.points > Points() && !supported.contains(leaf->code) && stored.explanation.trimmed().isEmpty())
            problems.append({Kind::NoEvidenceNoExplanation, leaf->code, 0,
                             tr("%1: %2 points claimed without evidence or an explanation")
                                 .arg(leaf->code, score.points.toString(NumberLocale::Vietnamese))});
    }
    for (const Adjustment* section : {&set.bonus, &set.penalty}) {
        for (const CriteriaNode& item : section->items) {
            const NodeResult* result = a.evaluation().node(item.code);
            if (result && result->item.state == ItemScore::State::Invalid)
                problems.append({Kind::InvalidValue, item.code, 0, result->item.error});
        }
    }
    for (const EvidenceDocument& d : documents) {
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

} // namespace parindex
