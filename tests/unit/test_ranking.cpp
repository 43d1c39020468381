#include "core/common/Text.h"
#include "core/common/UnitGroup.h"
#include "core/records/Unit.h"
#include "core/results/Ranking.h"
#include "support/TestSupport.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using test::pts;

namespace {
ResultRow row(const char* name, UnitGroup g, const char* total, const char* max = "100", bool ranked = true)
{
    ResultRow r;
    r.unitName = QString::fromUtf8(name);
    r.unitCode = codeFromName(r.unitName);
    r.group = g;
    r.total = pts(total);
    r.max = pts(max);
    r.ranked = ranked;
    return r;
}
QStringList ranks(const QList<ResultRow>& rows)
{
    QStringList out;
    for (const auto& r : rows)
        out.append(r.unitName + u':' + QString::number(r.rank));
    return out;
}
} // namespace

TEST_CASE("Equal indices share a rank and the next rank is skipped", "[results]")
{
    QList<ResultRow> rows = {row("Sở A", UnitGroup::So, "80"), row("Sở B", UnitGroup::So, "95.7"),
                             row("Sở C", UnitGroup::So, "95.7"), row("Sở D", UnitGroup::So, "90")};
    rankWithinGroups(rows);
    CHECK(ranks(rows) == QStringList{u"Sở B:1"_s, u"Sở C:1"_s, u"Sở D:3"_s, u"Sở A:4"_s});
}

TEST_CASE("By default ranks compare the published index: equal printed values share a rank", "[results]")
{
    // 84,584 and 84,576 both print as 84,58: the published table shows them equal, so they share
    // rank 1 and stand in name order; 49/98 equals 50/100 exactly.
    QList<ResultRow> rows = {row("Phường Y", UnitGroup::Xa, "84.584"), row("Phường X", UnitGroup::Xa, "84.576"),
                             row("Xã Z", UnitGroup::Xa, "49", "98"), row("Xã W", UnitGroup::Xa, "50")};
    rankWithinGroups(rows);
    CHECK(ranks(rows) == QStringList{u"Phường X:1"_s, u"Phường Y:1"_s, u"Xã W:3"_s, u"Xã Z:3"_s});
    // Hà Nội 2023: two districts published at 95,70 must not be ranked 1 and 2.
    rows = {row("Quận A", UnitGroup::Xa, "95.704"), row("Quận B", UnitGroup::Xa, "95.696")};
    rankWithinGroups(rows);
    CHECK(ranks(rows) == QStringList{u"Quận A:1"_s, u"Quận B:1"_s});
}

TEST_CASE("A set may rank at full precision instead", "[results]")
{
    QList<ResultRow> rows = {row("Phường X", UnitGroup::Xa, "84.576"), row("Phường Y", UnitGroup::Xa, "84.584"),
                             row("Xã Z", UnitGroup::Xa, "49", "98"), row("Xã W", UnitGroup::Xa, "50")};
    for (ResultRow& r : rows)
        r.rankPrecision = RankPrecision::Full;
    rankWithinGroups(rows);
    CHECK(ranks(rows) == QStringList{u"Phường Y:1"_s, u"Phường X:2"_s, u"Xã W:3"_s, u"Xã Z:3"_s});
    CHECK(rows.at(0).publishedIndex() == rows.at(1).publishedIndex());
}

TEST_CASE("Group averages are over ranked units only", "[results]")
{
    // MoHA publishes "trung bình của 17 bộ": the agencies assessed but not ranked stay out.
    QList<ResultRow> rows = {row("Sở A", UnitGroup::So, "90"), row("Ban B", UnitGroup::So, "50", "100", false),
                             row("Sở C", UnitGroup::So, "80")};
    const auto summaries = summarise(rows);
    REQUIRE(summaries.size() == 1);
    CHECK(summaries.first().averageIndex == pts("85"));
    CHECK(summaries.first().units == 2);
    CHECK(summaries.first().notRanked == 1);
}

TEST_CASE("Units not ranked are listed without a rank and do not take one", "[results]")
{
    QList<ResultRow> rows = {row("Sở A", UnitGroup::So, "90"), row("Ban B", UnitGroup::So, "95", "100", false),
                             row("Sở C", UnitGroup::So, "85")};
    rankWithinGroups(rows);
    CHECK(ranks(rows) == QStringList{u"Ban B:0"_s, u"Sở A:1"_s, u"Sở C:2"_s});
}

TEST_CASE("Ranking is within each group", "[results]")
{
    QList<ResultRow> rows = {row("Xã A", UnitGroup::Xa, "99"), row("Sở A", UnitGroup::So, "70"),
                             row("Xã B", UnitGroup::Xa, "60"), row("Sở B", UnitGroup::So, "75")};
    rankWithinGroups(rows);
    CHECK(ranks(rows) == QStringList{u"Sở B:1"_s, u"Sở A:2"_s, u"Xã A:1"_s, u"Xã B:2"_s});
    const auto summaries = summarise(rows);
    REQUIRE(summaries.size() == 2);
    CHECK(summaries.at(0).averageIndex == pts("72.5"));
    CHECK(summaries.at(1).averageIndex == pts("79.5"));
}

TEST_CASE("The group average is the mean index rounded once to 2 decimals", "[results]")
{
    // 1/3 and 2/3 of 98 points... indices 33,3333.. and 66,6666.. → mean 50 exactly
    QList<ResultRow> rows = {row("A", UnitGroup::So, "1", "3"), row("B", UnitGroup::So, "2", "3")};
    CHECK(summarise(rows).first().averageIndex == pts("50"));
    // mean 78,385 → 78,39
    rows = {row("A", UnitGroup::So, "78.384"), row("B", UnitGroup::So, "78.386")};
    CHECK(summarise(rows).first().averageIndex == pts("78.39"));
    rows = {row("A", UnitGroup::So, "78.384"), row("B", UnitGroup::So, "78.385")};
    CHECK(summarise(rows).first().averageIndex == pts("78.38")); // 78,3845
}

TEST_CASE("Names sort in Vietnamese alphabetical order, not by code point", "[results][i18n]")
{
    // Code-point order puts Đ (U+0110) after every ASCII letter and Ô (U+00D4) after P; the
    // Vietnamese alphabet has a ă â b c d đ e ê g … o ô ơ p.
    CHECK(compareVietnamese(u"Đống Đa"_s, u"Giảng Võ"_s) < 0);
    CHECK(compareVietnamese(u"Dịch Vọng"_s, u"Đống Đa"_s) < 0);
    CHECK(compareVietnamese(u"Phường Ô Chợ Dừa"_s, u"Phường Phú Thượng"_s) < 0);
    CHECK(compareVietnamese(u"Ô Chợ Dừa"_s, u"Ơ Kia"_s) < 0);
    CHECK(compareVietnamese(u"Anh Sơn"_s, u"Ân Thi"_s) < 0);
    CHECK(compareVietnamese(u"Ân Thi"_s, u"Bạch Mai"_s) < 0);
    // NFD input sorts with its NFC twin, not after every precomposed letter.
    CHECK(compareVietnamese(u"Đống Đa"_s.normalized(QString::NormalizationForm_D), u"Giảng Võ"_s) < 0);
}

TEST_CASE("Units with equal indices are listed in Vietnamese name order", "[results][i18n]")
{
    QList<ResultRow> rows = {row("Phường Giảng Võ", UnitGroup::Xa, "90"), row("Phường Phú Thượng", UnitGroup::Xa, "90"),
                             row("Phường Ô Chợ Dừa", UnitGroup::Xa, "90"), row("Phường Đống Đa", UnitGroup::Xa, "90")};
    rankWithinGroups(rows);
    CHECK(ranks(rows) == QStringList{u"Phường Đống Đa:1"_s, u"Phường Giảng Võ:1"_s, u"Phường Ô Chợ Dừa:1"_s,
                                     u"Phường Phú Thượng:1"_s});
}

TEST_CASE("Group averages stay exact for any amounts up to the limits: checked against big integers", "[results]")
{
    QRandomGenerator rng(2025);
    QList<QList<ResultRow>> groups;
    QStringList lines;
    for (int g = 0; g < 300; ++g) {
        QList<ResultRow> rows;
        QStringList line;
        const int n = 1 + int(rng.bounded(6));
        for (int i = 0; i < n; ++i) {
            ResultRow r;
            r.unitName = u"U%1"_s.arg(i);
            r.group = UnitGroup::So;
            const bool large = rng.bounded(2) == 0;
            r.total = Points::fromThousandths(large ? qint64(rng.generate64() % quint64(Points::LimitThousandths))
                                                    : qint64(rng.bounded(100000)));
            r.max = Points::fromThousandths(
                1 + (large ? qint64(rng.bounded(100000)) : qint64(rng.generate64() % 999'999'999'999)));
            rows.append(r);
            line.append(u"%1/%2"_s.arg(r.total.thousandths()).arg(r.max.thousandths()));
        }
        groups.append(rows);
        lines.append(line.join(u' '));
    }
    QProcess python;
    python.start(u"python3"_s,
                 {u"-c"_s,
                  u"import sys\n"
                  "def rnd(a, b):\n"
                  "    q, r = divmod(a, b)\n"
                  "    return q + (1 if 2 * r >= b else 0)\n"
                  "for line in sys.stdin:\n"
                  "    s = sum(rnd(int(t) * 100 * 10**6, int(m)) for t, m in (p.split('/') for p in line.split()))\n"
                  "    print(rnd(s, len(line.split()) * 10000) * 10)\n"_s});
    REQUIRE(python.waitForStarted());
    python.write(lines.join(u'\n').toUtf8() + '\n');
    python.closeWriteChannel();
    REQUIRE(python.waitForFinished(60000));
    const QStringList expected = QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(u'\n');
    REQUIRE(expected.size() == groups.size());
    for (qsizetype i = 0; i < groups.size(); ++i) {
        INFO(lines.at(i).toStdString());
        CHECK(summarise(groups.at(i)).first().averageIndex.thousandths() == expected.at(i).toLongLong());
    }
}
