#pragma once

#include "core/criteria/CriteriaSet.h"
#include "core/scoring/ItemInput.h"

#include <QCoreApplication>

namespace parindex {

struct ItemScore
{
    enum class State
    {
        Unscored,
        Scored,
        NotApplicable,
        Invalid
    };
    State state = State::Unscored;
    Points points;
    QString error; // Invalid: why the input breaks the rule

    bool isValid() const { return state != State::Invalid; }
};

// Turns one leaf's input into points according to the leaf's rule.
class Scorer
{
    Q_DECLARE_TR_FUNCTIONS(Scorer)

public:
    static ItemScore score(const CriteriaSet& set, const CriteriaNode& leaf, const ItemInput& input);
};

} // namespace parindex
