#include "core/criteria/CriteriaLoader.h"
#include "core/scoring/Evaluation.h"
#include "support/SetBuilder.h"
#include "support/TestSupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using test::pts;

namespace {

CriteriaSetPtr load(const QJsonObject& o)
{
    const auto r = CriteriaLoader::loadBytes(test::toBytes(o));
    INFO(r.problems.join(u'\n').toStdString());
    REQUIRE(r.ok());
    return r.set;
}

ItemScore scoreOf(const CriteriaSet& set, const char* code, const ItemInput& in)
{
    const CriteriaNode* node = set.find(QString::fromLatin1(code));
    REQUIRE(node);
    return Scorer::score(set, *node, in);
}

Points pointsOf(const CriteriaSet& set, const char* code, const ItemInput& in)
{
    const ItemScore s = scoreOf(set, code, in);
    INFO(s.error.toStdString());
    REQUIRE(s.state == ItemScore::State::Scored);
    return s.points;
}

QString errorOf(const CriteriaSet& set, const char* code, const ItemInput& in)
{
    const ItemScore s = scoreOf(set, code, in);
    REQUIRE(s.state == ItemScore::State::Invalid);
    return s.error;
}

} // namespace

TEST_CASE("Options give their level's points", "[scoring]")
{
    const auto set = load(test::smallSet());
    CHECK(pointsOf(*set, "1.1.1", ItemInput::ofOption(0)) == pts("1"));
    CHECK(pointsOf(*set, "1.1.1", ItemInput::ofOption(1)) == pts("0.5"));
    CHECK(pointsOf(*set, "1.1.1", ItemInput::ofOption(2)) == pts("0"));
    CHECK(errorOf(*set, "1.1.1", ItemInput::ofOption(3)) == u"item 1.1.1 has options 1 to 3; there is no option 4"_s);
    CHECK(errorOf(*set, "1.1.1", ItemInput::ofValue(pts("1"))).contains(u"choosing one of its 3 options"_s));
    CHECK(scoreOf(*set, "1.1.1", ItemInput::none()).state == ItemScore::State::Unscored);
}

TEST_CASE("Percentage tiers: the first tier whose threshold holds, > and ≥ at the boundary", "[scoring]")
{
    const auto set = load(test::smallSet()); // > 90 → 2; ≥ 70 → 1; else 0
    auto ratio = [&](const char* n, const char* d) {
        return pointsOf(*set, "1.1.2", ItemInput::ofRatio(pts(n), pts(d)));
    };
    CHECK(ratio("9", "10") == pts("1"));     // exactly 90 % is not > 90 %
    CHECK(ratio("901", "1000") == pts("2")); // 90,1 %
    CHECK(ratio("7", "10") == pts("1"));     // exactly 70 % is ≥ 70 %
    CHECK(ratio("699", "1000") == pts("0")); // 69,9 %
    CHECK(ratio("0", "10") == pts("0"));
    CHECK(ratio("10", "10") == pts("2"));
    CHECK(ratio("2", "3") == pts("0")); // 66,67 %
    CHECK(errorOf(*set, "1.1.2", ItemInput::ofRatio(pts("11"), pts("10"))) ==
          u"item 1.1.2: the numerator 11 is larger than the denominator 10"_s);
    CHECK(errorOf(*set, "1.1.2", ItemInput::ofRatio(pts("0"), pts("0"))) == u"item 1.1.2: the denominator is 0"_s);
    CHECK(errorOf(*set, "1.1.2", ItemInput::ofRatio(pts("-1"), pts("10"))).contains(u"cannot be negative"_s));
}

TEST_CASE("A zero denominator follows the rule's policy", "[scoring]")
{
    auto base = test::smallSet();
    const QList<QVariant> path = {u"areas"_s,        0, u"criteria"_s, 0,
                                  u"sub_criteria"_s, 1, u"rule"_s,     u"zero_denominator"_s};
    const auto zero = ItemInput::ofRatio(pts("0"), pts("0"));
    CHECK(pointsOf(*load(test::with(base, path, u"full_points"_s)), "1.1.2", zero) == pts("2"));
    CHECK(pointsOf(*load(test::with(base, path, u"zero"_s)), "1.1.2", zero) == pts("0"));
    CHECK(scoreOf(*load(test::with(base, path, u"not_applicable"_s)), "1.1.2", zero).state ==
          ItemScore::State::NotApplicable);
    CHECK(pointsOf(*load(base), "2.1.1", zero) == pts("2")); // proportional with full_points
}

TEST_CASE("Proportional: max × ratio rounded once to the set's precision", "[scoring]")
{
    const auto set = load(test::smallSet()); // 2.1.1 max 2, 2 decimals
    auto ratio = [&](const char* n, const char* d) {
        return pointsOf(*set, "2.1.1", ItemInput::ofRatio(pts(n), pts(d)));
    };
    CHECK(ratio("1", "3") == pts("0.67"));
    CHECK(ratio("2", "3") == pts("1.33"));
    CHECK(ratio("1", "16") == pts("0.13")); // 0,125 → 0,13 (half up)
    CHECK(ratio("45", "50") == pts("1.8"));
    CHECK(ratio("50", "50") == pts("2"));
    CHECK(ratio("0", "7") == pts("0"));
    CHECK(ratio("0.5", "1.5") == pts("0.67")); // decimal inputs
}

TEST_CASE("Deduction: max − per item × count, never below 0", "[scoring]")
{
    const auto set = load(test::smallSet()); // 2.1.2 max 1, 0,25 per item
    CHECK(pointsOf(*set, "2.1.2", ItemInput::ofCount(0)) == pts("1"));
    CHECK(pointsOf(*set, "2.1.2", ItemInput::ofCount(1)) == pts("0.75"));
    CHECK(pointsOf(*set, "2.1.2", ItemInput::ofCount(4)) == pts("0"));
    CHECK(pointsOf(*set, "2.1.2", ItemInput::ofCount(5)) == pts("0"));
    CHECK(pointsOf(*set, "2.1.2", ItemInput::ofCount(std::numeric_limits<qint64>::max())) == pts("0"));
    CHECK(errorOf(*set, "2.1.2", ItemInput::ofCount(-1)).contains(u"cannot be negative"_s));
}

TEST_CASE("Judgement: any value in [0, max] on the step", "[scoring]")
{
    const auto set = load(test::smallSet()); // 1.2 max 3 step 0,25
    CHECK(pointsOf(*set, "1.2", ItemInput::ofValue(pts("2.75"))) == pts("2.75"));
    CHECK(pointsOf(*set, "1.2", ItemInput::ofValue(pts("0"))) == pts("0"));
    CHECK(pointsOf(*set, "1.2", ItemInput::ofValue(pts("3"))) == pts("3"));
    CHECK(errorOf(*set, "1.2", ItemInput::ofValue(pts("2.8"))) ==
          u"item 1.2: 2,8 is not a multiple of the step 0,25"_s);
    CHECK(errorOf(*set, "1.2", ItemInput::ofValue(pts("3.25"))) == u"item 1.2: 3,25 is outside 0 to 3"_s);
    CHECK(errorOf(*set, "1.2", ItemInput::ofValue(pts("-0.25"))).contains(u"outside"_s));
}

TEST_CASE("Survey items take points from the survey only", "[scoring]")
{
    const auto set = load(test::smallSet());
    CHECK(pointsOf(*set, "2.1.3", ItemInput::ofSurvey(pts("0.83"))) == pts("0.83"));
    CHECK(errorOf(*set, "2.1.3", ItemInput::ofValue(pts("1"))).contains(u"sociological survey"_s));
    CHECK(errorOf(*set, "2.1.3", ItemInput::ofSurvey(pts("1.5"))).contains(u"outside 0 to 1"_s));
}

TEST_CASE("Not applicable only where the set allows it", "[scoring]")
{
    const auto set = load(test::smallSet());
    CHECK(scoreOf(*set, "2.1.1", ItemInput::notApplicable(u"không phát sinh"_s)).state ==
          ItemScore::State::NotApplicable);
    CHECK(errorOf(*set, "1.1.1", ItemInput::notApplicable(u"x"_s)) == u"item 1.1.1 cannot be marked not applicable"_s);
}

TEST_CASE("Item inputs round-trip through their stored text form", "[scoring]")
{
    for (const ItemInput& in :
         {ItemInput::ofOption(2), ItemInput::ofValue(pts("0.75")), ItemInput::ofRatio(pts("45"), pts("50.5")),
          ItemInput::ofCount(3), ItemInput::ofSurvey(pts("1.25")), ItemInput::none()}) {
        const auto back = ItemInput::decode(in.encode());
        REQUIRE(back.has_value());
        CHECK(*back == in);
    }
    CHECK(ItemInput::ofOption(0).encode() == u"option:1"_s);
    CHECK(ItemInput::decode(u"na"_s)->kind == ItemInput::Kind::NotApplicable);
    for (const QString& bad :
         {u"option:0"_s, u"option:x"_s, u"ratio:1"_s, u"count:-2"_s, u"value:1,2,3"_s, u"weird:1"_s, u"x"_s})
        CHECK_FALSE(ItemInput::decode(bad).has_value());
}

TEST_CASE("Evaluation adds up the tree, rescales for N/A and caps adjustments", "[scoring]")
{
    const auto set = load(test::smallSet());
    ItemInputs in;
    in.insert(u"1.1.1"_s, ItemInput::ofOption(1));                    // 0,5
    in.insert(u"1.1.2"_s, ItemInput::ofRatio(pts("95"), pts("100"))); // 2
    in.insert(u"1.2"_s, ItemInput::ofValue(pts("2.25")));             // 2,25
    in.insert(u"2.1.2"_s, ItemInput::ofCount(1));                     // 0,75
    in.insert(u"2.1.3"_s, ItemInput::ofSurvey(pts("0.8")));           // 0,8

    SECTION("an unscored leaf counts 0 of its max")
    {
        const Evaluation e = evaluate(*set, in);
        CHECK(e.node(u"1.1"_s)->achieved == pts("2.5"));
        CHECK(e.node(u"1"_s)->achieved == pts("4.75"));
        CHECK(e.node(u"2"_s)->achieved == pts("1.55"));
        CHECK(e.node(u"2"_s)->unscored == 1);
        CHECK(e.possible == pts("10"));
        CHECK(e.total == pts("6.3"));
        CHECK(e.surveyPoints == pts("0.8"));
        CHECK(e.surveyPossible == pts("1"));
        CHECK(e.selfTotal() == pts("5.5"));
        CHECK(e.selfPossible() == pts("9"));
        CHECK(e.selfIndex().percent(2) == pts("61.11"));
        CHECK(e.index().percent(2) == pts("63"));
        CHECK(e.node(u"1"_s)->index().percent(2) == pts("79.17")); // 4,75 / 6, from full precision
    }
    SECTION("not applicable leaves leave the denominator")
    {
        in.insert(u"2.1.1"_s, ItemInput::notApplicable(u"không phát sinh"_s));
        const Evaluation e = evaluate(*set, in);
        CHECK(e.node(u"2.1.1"_s)->possible == pts("0"));
        CHECK(e.node(u"2"_s)->possible == pts("2"));
        CHECK(e.possible == pts("8"));
        CHECK(e.index().percent(2) == pts("78.75")); // 6,3 / 8
        CHECK(e.node(u"2"_s)->index().percent(2) == pts("77.5"));
    }
    SECTION("the full-points policy awards N/A leaves their max instead")
    {
        const auto full = load(test::with(test::smallSet(), {u"not_applicable"_s}, u"full_points"_s));
        in.insert(u"2.1.1"_s, ItemInput::notApplicable(u"không phát sinh"_s));
        const Evaluation e = evaluate(*full, in);
        CHECK(e.possible == pts("10"));
        CHECK(e.total == pts("8.3"));
    }
    SECTION("bonus and penalty are capped per section")
    {
        // Two bonus items of 1 point under a cap of 1, and penalty items of 2 + 1 under a cap
        // of 2: the sums exceed the caps, so the caps decide.
        QJsonObject twoEach = test::smallSet();
        QJsonObject bonus = twoEach.value(u"bonus"_s).toObject();
        QJsonArray bonusItems = bonus.value(u"items"_s).toArray();
        bonusItems.append(QJsonObject{{u"code"_s, u"T.2"_s},
                                      {u"title"_s, u"Giải thưởng"_s},
                                      {u"max"_s, u"1"_s},
                                      {u"rule"_s, QJsonObject{{u"kind"_s, u"judgement"_s}, {u"step"_s, u"0.5"_s}}}});
        bonus.insert(u"items"_s, bonusItems);
        twoEach.insert(u"bonus"_s, bonus);
        QJsonObject penalty = twoEach.value(u"penalty"_s).toObject();
        QJsonArray penaltyItems = penalty.value(u"items"_s).toArray();
        penaltyItems.append(
            QJsonObject{{u"code"_s, u"Tr.2"_s},
                        {u"title"_s, u"Chậm báo cáo"_s},
                        {u"max"_s, u"1"_s},
                        {u"rule"_s, QJsonObject{{u"kind"_s, u"deduction"_s}, {u"per_item"_s, u"0.5"_s}}}});
        penalty.insert(u"items"_s, penaltyItems);
        twoEach.insert(u"penalty"_s, penalty);
        const auto capped = load(twoEach);
        in.insert(u"T.1"_s, ItemInput::ofValue(pts("1")));
        in.insert(u"T.2"_s, ItemInput::ofValue(pts("1")));
        in.insert(u"Tr.1"_s, ItemInput::ofOption(0));
        in.insert(u"Tr.2"_s, ItemInput::ofCount(0)); // a deduction item adds its max less deductions: 1
        const Evaluation e = evaluate(*capped, in);
        CHECK(e.node(u"T.1"_s)->achieved + e.node(u"T.2"_s)->achieved == pts("2"));
        CHECK(e.node(u"Tr.1"_s)->achieved + e.node(u"Tr.2"_s)->achieved == pts("3"));
        CHECK(e.bonus == pts("1"));
        CHECK(e.penalty == pts("2"));
        CHECK(e.total == pts("5.3")); // 6,3 + 1 − 2
        // Below the caps the sums count in full.
        in.insert(u"T.2"_s, ItemInput::ofValue(pts("0")));
        in.insert(u"T.1"_s, ItemInput::ofValue(pts("0.5")));
        in.insert(u"Tr.1"_s, ItemInput::ofOption(1));
        const Evaluation below = evaluate(*capped, in);
        CHECK(below.bonus == pts("0.5"));
        CHECK(below.penalty == pts("1"));
    }
    SECTION("the total never goes below zero")
    {
        ItemInputs bad;
        bad.insert(u"Tr.1"_s, ItemInput::ofOption(0));
        CHECK(evaluate(*set, bad).total == pts("0"));
    }
    SECTION("an input that breaks its rule scores nothing and is counted")
    {
        in.insert(u"1.2"_s, ItemInput::ofValue(pts("2.8")));
        const Evaluation e = evaluate(*set, in);
        CHECK(e.node(u"1"_s)->invalid == 1);
        CHECK(e.node(u"1.2"_s)->achieved == pts("0"));
    }
}
