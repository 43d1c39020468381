#include "core/unit/ItemStatus.h"

namespace parindex {

ItemStatus itemStatus(const CriteriaNode& node, const NodeResult* result, const StoredInput& stored, bool hasEvidence)
{
    if (!node.isLeaf())
        return ItemStatus::Group;
    if (node.isSurvey())
        return ItemStatus::Survey;
    switch (result ? result->item.state : ItemScore::State::Unscored) {
    case ItemScore::State::Unscored:
        return ItemStatus::NotScored;
    case ItemScore::State::Invalid:
        return ItemStatus::Invalid;
    case ItemScore::State::NotApplicable:
        return stored.input.kind == ItemInput::Kind::NotApplicable && stored.input.reason.trimmed().isEmpty()
                   ? ItemStatus::NotApplicableWithoutReason
                   : ItemStatus::NotApplicable;
    case ItemScore::State::Scored:
        break;
    }
    // A penalty is the unit's own admission: nothing to prove.
    if (result->item.points > Points() && !hasEvidence && node.level != NodeLevel::Penalty)
        return stored.explanation.trimmed().isEmpty() ? ItemStatus::NeedsEvidence
                                                      : ItemStatus::ExplainedWithoutEvidence;
    return ItemStatus::Scored;
}

} // namespace parindex
