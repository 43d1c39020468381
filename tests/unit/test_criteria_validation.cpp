#include "core/criteria/CriteriaLoader.h"
#include "support/SetBuilder.h"
#include "support/TestSupport.h"

using namespace Qt::Literals::StringLiterals;
using parindex::CriteriaLoader;
using test::smallSet;
using test::toBytes;
using test::with;

namespace {

QStringList problemsOf(const QJsonObject& set)
{
    const auto r = CriteriaLoader::loadBytes(toBytes(set));
    CHECK_FALSE(r.ok());
    return r.problems;
}

bool mentions(const QStringList& problems, const QString& text)
{
    for (const QString& p : problems) {
        if (p.contains(text))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The small test set is valid and well formed", "[criteria]")
{
    const auto r = CriteriaLoader::loadBytes(toBytes(smallSet()));
    INFO(r.problems.join(u'\n').toStdString());
    REQUIRE(r.ok());
    CHECK(r.set->leaves().size() == 6);
    CHECK(r.set->find(u"2.1.1"_s)->mayBeNotApplicable);
    CHECK(r.set->find(u"2.1.1"_s)->parent == r.set->find(u"2.1"_s));
    CHECK(r.set->bonus.cap == test::pts("1"));
    CHECK(r.set->bandFor(test::pts("90"))->code == u"A"_s);
    CHECK(r.set->bandFor(test::pts("79.99")) == nullptr);
}

TEST_CASE("Children that do not add up are reported with their path", "[criteria]")
{
    auto set = with(smallSet(), {u"areas"_s, 0, u"criteria"_s, 0, u"max"_s}, u"3.5"_s);
    const QStringList p = problemsOf(set);
    CHECK(p.contains(u"areas[0] \"1\" criteria[0] \"1.1\": children add up to 3,00 but max is 3,50"_s));
    CHECK(p.contains(u"areas[0] \"1\": children add up to 6,50 but max is 6,00"_s));
}

TEST_CASE("A declared sum exception allows children not to add up", "[criteria]")
{
    auto set = with(smallSet(), {u"areas"_s, 1, u"criteria"_s, 0, u"sum_exception"_s}, u"max stated by the decision"_s);
    set = with(set, {u"areas"_s, 1, u"criteria"_s, 0, u"max"_s}, u"4"_s);
    CHECK(CriteriaLoader::loadBytes(toBytes(set)).ok());
}

TEST_CASE("Every kind of problem is found, all of them at once", "[criteria]")
{
    SECTION("duplicate codes")
    {
        auto set = with(smallSet(), {u"areas"_s, 0, u"criteria"_s, 0, u"sub_criteria"_s, 1, u"code"_s}, u"1.1.1"_s);
        CHECK(mentions(problemsOf(set), u"duplicate code \"1.1.1\""_s));
    }
    SECTION("unknown rule kind")
    {
        auto set = with(smallSet(), {u"areas"_s, 0, u"criteria"_s, 1, u"rule"_s, u"kind"_s}, u"lottery"_s);
        CHECK(mentions(problemsOf(set), u"unknown rule kind \"lottery\""_s));
    }
    SECTION("tiers out of order")
    {
        auto set =
            with(smallSet(),
                 {u"areas"_s, 0, u"criteria"_s, 0, u"sub_criteria"_s, 1, u"rule"_s, u"tiers"_s, 1, u"min"_s}, u"95"_s);
        CHECK(mentions(problemsOf(set), u"tiers out of order: threshold 95,00% must be below the previous 90,00%"_s));
    }
    SECTION("a lower tier giving more points")
    {
        auto set = with(smallSet(),
                        {u"areas"_s, 0, u"criteria"_s, 0, u"sub_criteria"_s, 1, u"rule"_s, u"tiers"_s, 0, u"points"_s},
                        u"0.5"_s);
        const QStringList p = problemsOf(set);
        CHECK(mentions(p, u"a lower tier gives more points"_s));
        CHECK(mentions(p, u"the top tier gives 0,50 points, not the item's max 2,00"_s));
    }
    SECTION("options above max")
    {
        auto set = with(
            smallSet(),
            {u"areas"_s, 0, u"criteria"_s, 0, u"sub_criteria"_s, 0, u"rule"_s, u"options"_s, 1, u"points"_s}, u"1.5"_s);
        CHECK(mentions(problemsOf(set), u"option \"Không kịp thời\" gives 1,50 points, above the item's max 1,00"_s));
    }
    SECTION("no option gives the max")
    {
        auto set =
            with(smallSet(),
                 {u"areas"_s, 0, u"criteria"_s, 0, u"sub_criteria"_s, 0, u"rule"_s, u"options"_s, 0, u"points"_s},
                 u"0.75"_s);
        CHECK(mentions(problemsOf(set), u"no option gives the item's max 1,00"_s));
    }
    SECTION("caps missing")
    {
        auto set = with(smallSet(), {u"bonus"_s, u"cap"_s}, QJsonValue::Undefined);
        CHECK(mentions(problemsOf(set), u"bonus: the cap is missing"_s));
    }
    SECTION("adjustment item above its cap")
    {
        auto set = with(smallSet(), {u"penalty"_s, u"cap"_s}, u"1"_s);
        CHECK(mentions(problemsOf(set), u"item max 2,00 is above the section's cap 1,00"_s));
    }
    SECTION("areas not adding up to the scale")
    {
        auto set = with(smallSet(), {u"scale"_s}, u"100"_s);
        CHECK(problemsOf(set).contains(u"areas: areas add up to 10,00 but the scale is 100,00"_s));
    }
    SECTION("decimals written as JSON floats")
    {
        auto set = with(smallSet(), {u"areas"_s, 0, u"criteria"_s, 1, u"rule"_s, u"step"_s}, 0.25);
        CHECK(mentions(problemsOf(set), u"\"step\" must be written as a text"_s));
    }
    SECTION("more decimals than the set's rounding")
    {
        auto set = with(smallSet(), {u"areas"_s, 0, u"criteria"_s, 1, u"rule"_s, u"step"_s}, u"0.125"_s);
        CHECK(mentions(problemsOf(set), u"step 0,125 has more decimals than the set's rounding (2)"_s));
    }
    SECTION("judgement step that does not divide the max")
    {
        auto set = with(smallSet(), {u"areas"_s, 0, u"criteria"_s, 1, u"rule"_s, u"step"_s}, u"2"_s);
        CHECK(mentions(problemsOf(set), u"the max 3,00 is not a whole number of steps of 2,00"_s));
    }
    SECTION("deduction per item above the max")
    {
        auto set =
            with(smallSet(), {u"areas"_s, 1, u"criteria"_s, 0, u"sub_criteria"_s, 1, u"rule"_s, u"per_item"_s}, u"2"_s);
        CHECK(mentions(problemsOf(set), u"\"per_item\" must be above 0 and at most the item's max 1,00"_s));
    }
    SECTION("a survey item marked not applicable")
    {
        auto set = with(smallSet(),
                        {u"areas"_s, 1, u"criteria"_s, 0, u"sub_criteria"_s, 2, u"not_applicable_allowed"_s}, true);
        CHECK(mentions(problemsOf(set), u"a survey item cannot be marked not applicable"_s));
    }
    SECTION("child code not under its parent's code")
    {
        auto set = with(smallSet(), {u"areas"_s, 1, u"criteria"_s, 0, u"sub_criteria"_s, 1, u"code"_s}, u"3.1.2"_s);
        CHECK(mentions(problemsOf(set), u"code \"3.1.2\" does not start with its parent's code \"2.1.\""_s));
    }
    SECTION("unknown group, bad date, rounding out of range, unknown field")
    {
        auto set = with(smallSet(), {u"group"_s}, u"tinh"_s);
        set = with(set, {u"legal_basis"_s, u"date"_s}, u"17/11/2025"_s);
        set = with(set, {u"rounding"_s, u"index_decimals"_s}, 5);
        set = with(set, {u"areas"_s, 0, u"weight"_s}, u"2"_s);
        const QStringList p = problemsOf(set);
        CHECK(mentions(p, u"unknown unit group \"tinh\""_s));
        CHECK(mentions(p, u"\"date\" must be a date such as 2025-11-17"_s));
        CHECK(mentions(p, u"\"index_decimals\" must be a whole number from 0 to 3"_s));
        CHECK(mentions(p, u"areas[0] \"1\": unknown field \"weight\""_s));
        CHECK(p.size() >= 4);
    }
    SECTION("bands out of order")
    {
        auto set = with(smallSet(), {u"bands"_s, 1, u"min"_s}, u"95"_s);
        CHECK(mentions(problemsOf(set), u"bands[1]: bands out of order"_s));
    }
    SECTION("a leaf without a rule, and an unknown zero-denominator policy")
    {
        auto set = with(smallSet(), {u"areas"_s, 0, u"criteria"_s, 1, u"rule"_s}, QJsonValue::Undefined);
        set = with(set, {u"areas"_s, 1, u"criteria"_s, 0, u"sub_criteria"_s, 0, u"rule"_s, u"zero_denominator"_s},
                   u"maybe"_s);
        const QStringList p = problemsOf(set);
        CHECK(mentions(p, u"areas[0] \"1\" criteria[1] \"1.2\": a leaf needs a \"rule\" object"_s));
        CHECK(mentions(p, u"\"zero_denominator\" must be one of"_s));
    }
}

TEST_CASE("Text that is not JSON is reported with line and column", "[criteria]")
{
    const auto r = CriteriaLoader::loadBytes("{\n  \"id\": \"x\",\n  oops\n}");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().startsWith(u"line 3, column"_s));
}

TEST_CASE("The content hash identifies a set exactly", "[criteria]")
{
    const auto a = CriteriaLoader::loadBytes(toBytes(smallSet()));
    // Same content, compact, and a title in decomposed (NFD) form: the same set.
    QJsonObject nfd = smallSet();
    nfd[u"title"_s] = nfd[u"title"_s].toString().normalized(QString::NormalizationForm_D);
    const auto b = CriteriaLoader::loadBytes(QJsonDocument(nfd).toJson(QJsonDocument::Compact));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.set->sha256 == b.set->sha256);
    CHECK(a.set->sha256.size() == 64);
    CHECK(b.set->title == smallSet()[u"title"_s].toString().normalized(QString::NormalizationForm_C));
    // One changed option label: another set.
    const auto c = CriteriaLoader::loadBytes(toBytes(with(
        smallSet(), {u"areas"_s, 0, u"criteria"_s, 0, u"sub_criteria"_s, 0, u"rule"_s, u"options"_s, 1, u"label"_s},
        u"Chậm"_s)));
    REQUIRE(c.ok());
    CHECK(c.set->sha256 != a.set->sha256);
}

TEST_CASE("JSON is read strictly: one key once, no raw control characters, no invented escapes", "[criteria][json]")
{
    const QByteArray good = toBytes(smallSet());
    REQUIRE(CriteriaLoader::loadBytes(good).ok());
    // The same key twice: Qt alone keeps the last; here it is an error with its place.
    QByteArray twice = good;
    twice.replace("\"id\": \"test-small\"", "\"id\": \"test-small\", \"id\": \"other\"");
    REQUIRE(twice != good);
    auto r = CriteriaLoader::loadBytes(twice);
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems.first().contains(u"the key \"id\" appears twice"_s));
    CHECK(r.problems.first().startsWith(u"line "_s));
    // A raw NUL inside a string, and the escape "\ ".
    QByteArray nul = good;
    nul.replace("Bộ chỉ số thử", QByteArray("Bộ chỉ\0 số thử", 17));
    CHECK(CriteriaLoader::loadBytes(nul).problems.value(0).contains(u"control character"_s));
    QByteArray escape = good;
    escape.replace("Bộ chỉ số thử", "Bộ chỉ\\ số");
    CHECK(CriteriaLoader::loadBytes(escape).problems.value(0).contains(u"escape"_s));
    QByteArray bom = "\xEF\xBB\xBF" + good;
    CHECK_FALSE(CriteriaLoader::loadBytes(bom).ok());
    CHECK_FALSE(CriteriaLoader::loadBytes(QByteArray(70, '[')).ok()); // nested too deep
    CHECK_FALSE(CriteriaLoader::loadBytes("{\"a\": 01}").ok());
}

TEST_CASE("An area without criteria is refused", "[criteria]")
{
    const auto set = with(smallSet(), {u"areas"_s, 1, u"criteria"_s}, QJsonArray());
    CHECK(problemsOf(set).join(u'\n').contains(u"an area needs at least one criterion"_s));
}
