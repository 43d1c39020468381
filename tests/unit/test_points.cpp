#include "support/TestSupport.h"

using parindex::NumberLocale;
using parindex::Points;
using parindex::Ratio;
using test::pts;

TEST_CASE("Points parse comma and point decimals exactly", "[decimal]")
{
    CHECK(Points::parse(u"0,5")->thousandths() == 500);
    CHECK(Points::parse(u"0.5")->thousandths() == 500);
    CHECK(Points::parse(u" 14,5 ")->thousandths() == 14500);
    CHECK(Points::parse(u"-1,25")->thousandths() == -1250);
    CHECK(Points::parse(u"+3")->thousandths() == 3000);
    CHECK(Points::parse(u"84.583")->thousandths() == 84583);
    CHECK(Points::parse(u".5")->thousandths() == 500);
    for (const char16_t* bad : {u"", u"abc", u"1,2,3", u"1.2345", u"1.", u"-", u"1 000", u"1e3", u"0x10", u"12a"})
        CHECK_FALSE(Points::parse(bad).has_value());
}

TEST_CASE("Points format in Vietnamese and English notation", "[decimal]")
{
    CHECK(pts("84.58").toString(NumberLocale::Vietnamese) == QStringLiteral("84,58"));
    CHECK(pts("84.58").toString(NumberLocale::English) == QStringLiteral("84.58"));
    CHECK(pts("100").toString() == QStringLiteral("100"));
    CHECK(pts("0.125").toString() == QStringLiteral("0.125"));
    CHECK(pts("-0.5").toString(NumberLocale::Vietnamese) == QStringLiteral("-0,5"));
    CHECK(pts("3").toFixed(2, NumberLocale::Vietnamese) == QStringLiteral("3,00"));
    CHECK(pts("2.5").toFixed(2) == QStringLiteral("2.50"));
    CHECK(pts("0.125").toFixed(2) == QStringLiteral("0.13")); // half away from zero
    CHECK(pts("-0.125").toFixed(2) == QStringLiteral("-0.13"));
    CHECK(pts("0.124").toFixed(2) == QStringLiteral("0.12"));
    CHECK(pts("99.995").toFixed(2) == QStringLiteral("100.00"));
    CHECK(pts("7").toFixed(0) == QStringLiteral("7"));
}

TEST_CASE("Points arithmetic and precision checks", "[decimal]")
{
    CHECK(pts("0.1") + pts("0.2") == pts("0.3"));
    CHECK(pts("10") - pts("0.25") * 3 == pts("9.25"));
    CHECK(pts("1.25").hasAtMostDecimals(2));
    CHECK_FALSE(pts("1.125").hasAtMostDecimals(2));
    CHECK(pts("1.5").rounded(0) == pts("2"));
    CHECK(parindex::divideRounded(5, 2) == 3);
    CHECK(parindex::divideRounded(-5, 2) == -3);
}

TEST_CASE("Ratio compares at full precision and rounds only the printed percent", "[decimal]")
{
    const Ratio a(pts("84.584"), pts("100"));
    const Ratio b(pts("84.576"), pts("100"));
    CHECK(a.percent(2) == b.percent(2)); // both print 84,58
    CHECK(a > b);                        // but are not equal
    CHECK(Ratio(pts("2"), pts("3")).percent(2) == pts("66.67"));
    CHECK(Ratio(pts("1"), pts("3")).percent(2) == pts("33.33"));
    CHECK(Ratio(pts("50"), pts("100")) == Ratio(pts("49"), pts("98")));
    CHECK(Ratio(pts("1"), pts("8")).percent(3) == pts("12.5"));
    CHECK_FALSE(Ratio(pts("1"), pts("0")).isDefined());
    CHECK(Ratio(pts("0"), pts("1")) > Ratio(pts("1"), pts("0"))); // undefined sorts last
    CHECK(std::is_eq(Ratio(pts("9"), pts("10")).comparePercent(pts("90"))));
    CHECK(std::is_lt(Ratio(pts("8.999"), pts("10")).comparePercent(pts("90"))));
}
