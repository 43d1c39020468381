#include "core/scoring/ItemInput.h"
#include "support/TestSupport.h"

#include <QProcess>
#include <QRandomGenerator>

using parindex::NumberLocale;
using parindex::Points;
using parindex::Ratio;
using test::pts;
using namespace Qt::Literals::StringLiterals;

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

TEST_CASE("Amounts beyond the limit are refused where they come in", "[decimal]")
{
    CHECK(Points::parse(u"999999999.999")->thousandths() == Points::LimitThousandths);
    CHECK(Points::parse(u"-999999999,999")->thousandths() == -Points::LimitThousandths);
    CHECK(Points::parse(u"000000000000012,5")->thousandths() == 12500); // leading zeros are not digits
    CHECK_FALSE(Points::parse(u"1000000000").has_value());
    CHECK_FALSE(Points::parse(u"999999999999").has_value());
    CHECK_FALSE(parindex::ItemInput::decode(u"ratio:1000000000/1"_s).has_value());
    CHECK_FALSE(parindex::ItemInput::decode(u"count:1000000001"_s).has_value());
    CHECK(parindex::ItemInput::decode(u"count:1000000000"_s).has_value());
}

TEST_CASE("Percentages and comparisons are exact up to the limits: checked against big integers", "[decimal]")
{
    // The ratio 250000000000/999999999999 is 25 %: 64-bit products of it overflowed.
    const Ratio quarter(Points::fromThousandths(250'000'000'000'000 / 1000), Points::fromThousandths(999'999'999'999));
    CHECK(quarter.percent(2) == pts("25"));
    CHECK(std::is_gt(quarter.comparePercent(pts("25"))));
    CHECK(std::is_lt(quarter.comparePercent(pts("25.001"))));

    // Random amounts across the whole range, against Python's exact integers.
    QRandomGenerator rng(88);
    QStringList lines;
    struct Case
    {
        qint64 num, den;
        int decimals;
        qint64 threshold;
    };
    QList<Case> cases;
    for (int i = 0; i < 3000; ++i) {
        const int magnitude = int(rng.bounded(13)); // up to 12 digits of thousandths
        qint64 cap = 1;
        for (int d = 0; d < magnitude; ++d)
            cap *= 10;
        cap = qMin(cap, Points::LimitThousandths);
        const qint64 den = 1 + qint64(rng.generate64() % quint64(cap));
        const qint64 num = qint64(rng.generate64() % quint64(Points::LimitThousandths + 1)) % (cap + 1);
        const int decimals = int(rng.bounded(4));
        const qint64 threshold = qint64(rng.generate64() % 150'001);
        cases.append({num, den, decimals, threshold});
        lines.append(u"%1 %2 %3 %4"_s.arg(num).arg(den).arg(decimals).arg(threshold));
    }
    QProcess python;
    python.start(u"python3"_s, {u"-c"_s, u"import sys\n"
                                         "for line in sys.stdin:\n"
                                         "    n, d, k, t = map(int, line.split())\n"
                                         "    unit = 10 ** (3 - k)\n"
                                         "    q, r = divmod(n * 100 * 1000, d * unit)\n"
                                         "    if 2 * r >= d * unit: q += 1\n"
                                         "    c = n * 100 * 1000 - t * d\n"
                                         "    print(q * unit, (c > 0) - (c < 0))\n"_s});
    REQUIRE(python.waitForStarted());
    python.write(lines.join(u'\n').toUtf8() + '\n');
    python.closeWriteChannel();
    REQUIRE(python.waitForFinished(60000));
    const QStringList expected = QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(u'\n');
    REQUIRE(expected.size() == cases.size());
    int wrong = 0;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case& c = cases.at(i);
        const Ratio r(Points::fromThousandths(c.num), Points::fromThousandths(c.den));
        const QStringList e = expected.at(i).split(u' ');
        const auto cmp = r.comparePercent(Points::fromThousandths(c.threshold));
        const int sign = std::is_gt(cmp) ? 1 : std::is_lt(cmp) ? -1 : 0;
        if (r.percent(c.decimals).thousandths() != e.at(0).toLongLong() || sign != e.at(1).toInt()) {
            ++wrong;
            INFO(lines.at(i).toStdString() << " → expected " << expected.at(i).toStdString());
            CHECK(false);
        }
    }
    CHECK(wrong == 0);
}
