#pragma once

#include "core/decimal/Points.h"

#include <QString>
#include <optional>

namespace parindex {

// What a unit (or the survey) entered for one leaf, before the rule turns it into points.
struct ItemInput
{
    enum class Kind
    {
        None,
        Option,
        Value,
        Ratio,
        Count,
        NotApplicable,
        Survey
    };

    // The largest count of shortcomings accepted as input.
    static constexpr qint64 MaxCount = 1'000'000'000;

    Kind kind = Kind::None;
    int option = 0;     // Option: 0-based index into the rule's options
    Points value;       // Value (judgement) or Survey points
    Points numerator;   // Ratio
    Points denominator; // Ratio
    qint64 count = 0;   // Count (deduction)
    QString reason;     // NotApplicable: why

    static ItemInput none() { return {}; }
    static ItemInput ofOption(int index);
    static ItemInput ofValue(Points v);
    static ItemInput ofRatio(Points num, Points den);
    static ItemInput ofCount(qint64 n);
    static ItemInput notApplicable(const QString& why);
    static ItemInput ofSurvey(Points v);

    // A compact, stable text form for storage and packages ("option:2", "ratio:45/50", ...).
    // Options are written 1-based, as people count them.
    QString encode() const;
    static std::optional<ItemInput> decode(const QString& text);

    bool operator==(const ItemInput&) const = default;
};

} // namespace parindex
