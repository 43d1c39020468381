#include "core/scoring/Evaluation.h"

namespace parindex {

namespace {

NodeResult evaluateNode(const CriteriaSet& set, const CriteriaNode& node, const ItemInputs& inputs, Evaluation& out)
{
    NodeResult r;
    if (node.isLeaf()) {
        r.item = Scorer::score(set, node, inputs.value(node.code));
        r.possible = node.max;
        if (node.isSurvey())
            out.surveyPossible += node.max;
        switch (r.item.state) {
        case ItemScore::State::Scored:
            r.achieved = r.item.points;
            if (node.isSurvey())
                out.surveyPoints += r.item.points;
            break;
        case ItemScore::State::NotApplicable:
            if (set.notApplicable == NotApplicablePolicy::Rescale)
                r.possible = Points();
            else
                r.achieved = node.max;
            break;
        case ItemScore::State::Unscored:
            r.unscored = 1;
            break;
        case ItemScore::State::Invalid:
            r.invalid = 1;
            break;
        }
    } else {
        for (const CriteriaNode& child : node.children) {
            const NodeResult c = evaluateNode(set, child, inputs, out);
            r.achieved += c.achieved;
            r.possible += c.possible;
            r.unscored += c.unscored;
            r.invalid += c.invalid;
        }
    }
    out.nodes.insert(node.code, r);
    return r;
}

Points evaluateAdjustment(const CriteriaSet& set, const Adjustment& section, const ItemInputs& inputs, Evaluation& out)
{
    Points sum;
    for (const CriteriaNode& item : section.items) {
        NodeResult r;
        r.possible = item.max;
        r.item = Scorer::score(set, item, inputs.value(item.code));
        if (r.item.state == ItemScore::State::Scored)
            r.achieved = r.item.points;
        else if (r.item.state == ItemScore::State::Invalid)
            r.invalid = 1;
        sum += r.achieved;
        out.nodes.insert(item.code, r);
    }
    return min(sum, section.cap);
}

} // namespace

Evaluation evaluate(const CriteriaSet& set, const ItemInputs& inputs)
{
    Evaluation e;
    e.nodes.reserve(set.allNodes().size());
    for (const CriteriaNode& area : set.areas) {
        const NodeResult a = evaluateNode(set, area, inputs, e);
        e.base += a.achieved;
        e.possible += a.possible;
    }
    e.bonus = evaluateAdjustment(set, set.bonus, inputs, e);
    e.penalty = evaluateAdjustment(set, set.penalty, inputs, e);
    e.total = max(Points(), e.base + e.bonus - e.penalty);
    // A bonus makes up for points lost; it lifts a total above what was possible only where the
    // set says so.
    if (!set.bonusAboveScale)
        e.total = min(e.total, e.possible);
    return e;
}

} // namespace parindex
