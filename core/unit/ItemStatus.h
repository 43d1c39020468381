#pragma once

#include "core/criteria/CriteriaSet.h"
#include "core/records/Assessment.h"
#include "core/scoring/Evaluation.h"

namespace parindex {

// Where one item of a self-assessment stands. Written once, here, and used by the tree's
// colours and filters, the pre-submission check and the self-assessment report.
enum class ItemStatus
{
    Group,                      // not a scored item
    Survey,                     // scored by the sociological survey, not by the unit
    NotScored,                  // no input yet
    Invalid,                    // the input breaks the item's rule
    NotApplicable,              // not applicable, with a reason
    NotApplicableWithoutReason, // not applicable, the reason missing
    NeedsEvidence,              // points claimed with neither evidence nor an explanation
    ExplainedWithoutEvidence,   // points claimed without evidence, explained in writing (giải trình)
    Scored,                     // scored, with evidence where points are claimed
};

ItemStatus itemStatus(const CriteriaNode& node, const NodeResult* result, const StoredInput& stored, bool hasEvidence);

// Points are claimed for the item without a document behind them (explained or not).
inline bool claimedWithoutEvidence(ItemStatus s)
{
    return s == ItemStatus::NeedsEvidence || s == ItemStatus::ExplainedWithoutEvidence;
}

// The unit must still act on the item before submitting.
inline bool needsAttention(ItemStatus s)
{
    return s == ItemStatus::NotScored || s == ItemStatus::Invalid || s == ItemStatus::NotApplicableWithoutReason ||
           s == ItemStatus::NeedsEvidence;
}

} // namespace parindex
