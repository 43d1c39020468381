#pragma once

#include "core/criteria/CriteriaSet.h"
#include "core/scoring/ItemInput.h"
#include "core/scoring/Scorer.h"

#include <QHash>

namespace parindex {

// Points of one node of the tree for one unit.
struct NodeResult
{
    Points achieved;
    Points possible;  // max less not-applicable leaves (Rescale policy)
    int unscored = 0; // leaves below with no input
    int invalid = 0;  // leaves below whose input breaks their rule
    ItemScore item;   // leaves only

    Ratio index() const { return Ratio(achieved, possible); }
};

// The whole set evaluated for one unit: every node, the adjustments and the total.
struct Evaluation
{
    QHash<QString, NodeResult> nodes; // by code, areas/criteria/leaves and bonus/penalty items
    Points base;                      // sum over the areas
    Points possible;                  // scale less not-applicable maxima
    Points bonus;                     // after the cap
    Points penalty;                   // after the cap
    Points total;                     // base + bonus − penalty, from 0 to `possible` (unless the
                                      // set lets a bonus go above it)
    Points surveyPoints;              // the part of `base` that came from the survey
    Points surveyPossible;            // the part of `possible` scored by the survey

    Ratio index() const { return Ratio(total, possible); }
    // What the unit itself scores: everything but the survey items.
    Points selfTotal() const { return total - surveyPoints; }
    Points selfPossible() const { return possible - surveyPossible; }
    Ratio selfIndex() const { return Ratio(selfTotal(), selfPossible()); }
    const NodeResult* node(const QString& code) const
    {
        auto it = nodes.constFind(code);
        return it == nodes.cend() ? nullptr : &*it;
    }
};

using ItemInputs = QHash<QString, ItemInput>;

Evaluation evaluate(const CriteriaSet& set, const ItemInputs& inputs);

} // namespace parindex
