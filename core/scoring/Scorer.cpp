#include "core/scoring/Scorer.h"

namespace parindex {

namespace {

ItemScore scored(Points p)
{
    return {ItemScore::State::Scored, p, QString()};
}

ItemScore invalid(const QString& why)
{
    return {ItemScore::State::Invalid, Points(), why};
}

QString fmt(Points p)
{
    return p.toString(NumberLocale::Vietnamese);
}

} // namespace

ItemScore Scorer::score(const CriteriaSet& set, const CriteriaNode& leaf, const ItemInput& input)
{
    using Kind = ItemInput::Kind;
    if (!leaf.rule)
        return invalid(tr("item %1 is not a scored item").arg(leaf.code));
    const Rule& rule = *leaf.rule;

    if (input.kind == Kind::None)
        return {};
    if (input.kind == Kind::NotApplicable) {
        if (!leaf.mayBeNotApplicable)
            return invalid(tr("item %1 cannot be marked not applicable").arg(leaf.code));
        return {ItemScore::State::NotApplicable, Points(), QString()};
    }

    switch (rule.kind) {
    case RuleKind::Options:
        if (input.kind != Kind::Option)
            return invalid(
                tr("item %1 is scored by choosing one of its %2 options").arg(leaf.code).arg(rule.options.size()));
        if (input.option < 0 || input.option >= rule.options.size())
            return invalid(tr("item %1 has options 1 to %2; there is no option %3")
                               .arg(leaf.code)
                               .arg(rule.options.size())
                               .arg(input.option + 1));
        return scored(rule.options.at(input.option).points);

    case RuleKind::Tiers:
    case RuleKind::Proportional: {
        if (input.kind != Kind::Ratio)
            return invalid(tr("item %1 is scored from a numerator and a denominator").arg(leaf.code));
        if (input.numerator.isNegative() || input.denominator.isNegative())
            return invalid(tr("item %1: numerator and denominator cannot be negative").arg(leaf.code));
        if (input.denominator.isZero()) {
            switch (rule.onZeroDenominator) {
            case ZeroDenominator::FullPoints:
                return scored(leaf.max);
            case ZeroDenominator::Zero:
                return scored(Points());
            case ZeroDenominator::NotApplicable:
                return {ItemScore::State::NotApplicable, Points(), QString()};
            case ZeroDenominator::Invalid:
                break;
            }
            return invalid(tr("item %1: the denominator is 0").arg(leaf.code));
        }
        if (input.numerator > input.denominator)
            return invalid(tr("item %1: the numerator %2 is larger than the denominator %3")
                               .arg(leaf.code, fmt(input.numerator), fmt(input.denominator)));
        const Ratio ratio(input.numerator, input.denominator);
        if (rule.kind == RuleKind::Proportional) {
            // max × num / den, rounded once to the set's precision.
            const qint64 unit = [&] {
                qint64 u = 1;
                for (int i = set.pointsDecimals; i < 3; ++i)
                    u *= 10;
                return u;
            }();
            const qint64 t = divideRounded(WideInt(leaf.max.thousandths()) * input.numerator.thousandths(),
                                           WideInt(input.denominator.thousandths()) * unit) *
                             unit;
            return scored(Points::fromThousandths(t));
        }
        for (const Tier& tier : rule.tiers) {
            const auto cmp = ratio.comparePercent(tier.threshold);
            const bool reached = tier.inclusive ? cmp >= 0 : cmp > 0;
            if (reached)
                return scored(tier.points);
        }
        return scored(Points());
    }

    case RuleKind::Deduction: {
        if (input.kind != Kind::Count)
            return invalid(tr("item %1 is scored from a count of shortcomings").arg(leaf.code));
        if (input.count < 0)
            return invalid(tr("item %1: the count cannot be negative").arg(leaf.code));
        // Cap the count before multiplying so a huge count cannot overflow.
        const qint64 needed =
            rule.perItem.thousandths() > 0
                ? (leaf.max.thousandths() + rule.perItem.thousandths() - 1) / rule.perItem.thousandths()
                : 0;
        const qint64 counted = qMin(input.count, needed);
        return scored(max(Points(), leaf.max - rule.perItem * counted));
    }

    case RuleKind::Judgement:
        if (input.kind != Kind::Value)
            return invalid(tr("item %1 is scored by entering a number of points").arg(leaf.code));
        if (input.value.isNegative() || input.value > leaf.max)
            return invalid(tr("item %1: %2 is outside 0 to %3").arg(leaf.code, fmt(input.value), fmt(leaf.max)));
        if (input.value.thousandths() % rule.step.thousandths() != 0)
            return invalid(
                tr("item %1: %2 is not a multiple of the step %3").arg(leaf.code, fmt(input.value), fmt(rule.step)));
        return scored(input.value);

    case RuleKind::Survey:
        if (input.kind != Kind::Survey)
            return invalid(tr("item %1 is scored by the sociological survey, not by the unit").arg(leaf.code));
        if (input.value.isNegative() || input.value > leaf.max)
            return invalid(
                tr("item %1: survey points %2 are outside 0 to %3").arg(leaf.code, fmt(input.value), fmt(leaf.max)));
        return scored(input.value);
    }
    return invalid(tr("item %1: unknown rule").arg(leaf.code));
}

} // namespace parindex
