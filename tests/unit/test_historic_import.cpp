#include "core/centre/Centre.h"
#include "core/importing/Csv.h"
#include "core/importing/HistoricImport.h"
#include "core/importing/UnitList.h"
#include "support/TestSupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using test::pts;

namespace {
struct CentreFixture
{
    QTemporaryDir dir;
    std::shared_ptr<Centre> centre;
    CentreFixture()
    {
        auto c = Centre::create(dir.filePath(u"c.parindex"_s));
        REQUIRE(c.ok());
        centre = c.value();
    }
    int rows(const char* table) const { return test::countRows(centre->path(), QString::fromLatin1(table)); }
};
} // namespace

TEST_CASE("CSV reading: delimiters, quotes, BOM, line endings", "[import]")
{
    const CsvTable t = readCsv("\xEF\xBB\xBFunit;group;appraised\r\n\"Sở \"\"A\"\"\";so;\"65,5\"\r\n\r\nSở B;so;60\n");
    REQUIRE(t.error.isEmpty());
    CHECK(t.delimiter == u';');
    REQUIRE(t.records.size() == 3);
    CHECK(t.records.at(0).fields.first() == u"unit"_s);
    CHECK(t.records.at(1).fields == QStringList{u"Sở \"A\""_s, u"so"_s, u"65,5"_s});
    CHECK(t.records.at(2).line == 4);
    CHECK(readCsv("a,b\n\"1,5\",2\n").records.at(1).fields.first() == u"1,5"_s);
    CHECK_FALSE(readCsv("a,b\n\"open,2\n").error.isEmpty());
    CHECK_FALSE(readCsv("a,b\n\xff\xfe,2\n").error.isEmpty());
}

TEST_CASE("Historic results import: ';', decimal comma, BOM and NFD names", "[import]")
{
    CentreFixture c;
    REQUIRE(c.centre->addUnit({u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So, true}).ok());
    const QString nfd = u"Sở Tư pháp"_s.normalized(QString::NormalizationForm_D);
    const QByteArray csv = "\xEF\xBB\xBFĐơn vị;Nhóm;Điểm thẩm định;Điểm điều tra;Điểm thưởng;Điểm trừ\n"
                           "Sở Tài chính;so;62,75;28,5;1;0\n" +
                           nfd.toUtf8() +
                           ";Sở, cơ quan tương đương Sở;60;27,25;;0,5\n"
                           "Phường Cửa Nam;xa;58;30;0;0\n";
    const auto report = c.centre->importHistoricResults(2024, csv);
    INFO(report.problems.join(u'\n').toStdString());
    REQUIRE(report.ok());
    CHECK(report.imported == 3);
    CHECK(report.unitsCreated == 2);
    const auto tuPhap = c.centre->findUnit(u"Sở Tư pháp"_s).value();
    REQUIRE(tuPhap);
    CHECK(tuPhap->name == u"Sở Tư pháp"_s); // stored NFC
    CHECK(tuPhap->code == u"SO-TU-PHAP"_s);

    const auto results = c.centre->results(2024);
    REQUIRE(results.ok());
    const UnitYearResult* tc = results->unit(u"SO-TC"_s);
    REQUIRE(tc);
    CHECK(tc->row.total == pts("92.25"));
    CHECK(tc->row.max == pts("100"));
    CHECK(tc->row.rank == 1);
    CHECK(results->unit(u"SO-TU-PHAP"_s)->row.total == pts("86.75"));
    CHECK(results->unit(u"SO-TU-PHAP"_s)->row.rank == 2);
    CHECK(results->unit(u"PHUONG-CUA-NAM"_s)->row.rank == 1);

    SECTION("re-importing the same year replaces the figures, still all or nothing")
    {
        const auto again =
            c.centre->importHistoricResults(2024, "unit,group,appraised,survey\nSở Tài chính,so,\"50,5\",30\n");
        REQUIRE(again.ok());
        CHECK(c.centre->results(2024)->unit(u"SO-TC"_s)->row.total == pts("80.5"));
        CHECK(c.rows("units") == 3);
    }
    SECTION("a unit given twice, by its code and by its name, is refused naming both lines")
    {
        const auto twice = c.centre->importHistoricResults(
            2023, "unit,group,appraised,survey\nSO-TC,so,50,30\nPhường Cửa Nam,xa,50,30\nsở tài chính,so,60,30\n");
        CHECK(twice.problems == QStringList{u"line 4: Sở Tài chính (SO-TC) already has its results on line 2"_s});
        CHECK_FALSE(c.centre->results(2023)->unit(u"SO-TC"_s));
    }
    SECTION("two new units that would get one code are refused naming both lines")
    {
        const auto clash = c.centre->importHistoricResults(
            2023, "unit,group,appraised,survey\nSở Nội vụ,so,50,30\nSở Nội-vụ,so,50,30\n");
        CHECK(clash.problems ==
              QStringList{
                  u"line 3: \"Sở Nội-vụ\" would be registered with the code SO-NOI-VU, like the unit on line 2"_s});
        CHECK(c.rows("units") == 3);
    }
}

TEST_CASE("Any bad row and nothing is imported; every bad row is listed by line", "[import]")
{
    CentreFixture c;
    REQUIRE(c.centre->addUnit({u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So, true}).ok());
    const int unitsBefore = c.rows("units");
    const int auditBefore = c.rows("audit_log");
    const QByteArray csv = "unit;group;appraised;survey;max\n"
                           "Sở Nội vụ;so;60;30;100\n"         // good
                           "Sở Y tế;tinh;60;30;100\n"         // unknown group
                           "Sở Xây dựng;so;sáu mươi;30;100\n" // not a number
                           ";so;60;30;100\n"                  // empty unit
                           "Sở Nội vụ;so;61;30;100\n"         // duplicate
                           "Sở Công Thương;so;80;30;100\n"    // above max
                           "Sở Tài chính;xa;60;30;100\n"      // group differs from the registry
                           "Sở Du lịch;so;60;30\n";           // short row
    const auto r = c.centre->importHistoricResults(2024, csv);
    CHECK_FALSE(r.ok());
    const QString all = r.problems.join(u'\n');
    INFO(all.toStdString());
    CHECK(all.contains(u"line 3: unknown group \"tinh\""_s));
    CHECK(all.contains(u"line 4: appraised \"sáu mươi\" is not a number"_s));
    CHECK(all.contains(u"line 5: the unit is empty"_s));
    CHECK(all.contains(u"line 6: unit \"Sở Nội vụ\" already has its results on line 2"_s));
    CHECK(all.contains(u"line 7: appraised + survey = 110 is above the max 100"_s));
    CHECK(all.contains(u"line 9: 4 fields where the header has 5"_s));
    CHECK(c.rows("units") == unitsBefore);
    CHECK(c.rows("assessments") == 0);
    CHECK(c.rows("audit_log") == auditBefore);

    SECTION("a registry conflict alone also stops the import")
    {
        const auto g = c.centre->importHistoricResults(2024, "unit;group;appraised;survey\nSở Tài chính;xa;60;30\n");
        CHECK(g.problems == QStringList{u"line 2: unit SO-TC is in group so, not xa"_s});
        CHECK(c.rows("assessments") == 0);
    }
}

TEST_CASE("Header problems are reported before any row", "[import]")
{
    QStringList problems;
    HistoricImport::parse("unit;group;appraised\nA;so;1\n", 2024, problems);
    CHECK(problems == QStringList{u"line 1: the column \"survey\" is missing"_s});
    problems.clear();
    HistoricImport::parse("unit;group;appraised;survey;colour\n", 2024, problems);
    CHECK(problems.contains(u"line 1: unknown column \"colour\""_s));
    problems.clear();
    HistoricImport::parse("", 2024, problems);
    CHECK(problems.size() == 1);
}

TEST_CASE("Published tables import as they are: Vietnamese headers, STT, a band column", "[import]")
{
    CentreFixture c;
    const QByteArray csv = "STT;Tên đơn vị;Nhóm;Điểm thẩm định;Điểm ĐTXHH;Điểm thưởng;Điểm trừ;Điểm tối đa;Xếp loại\n"
                           "1;Sở Nội vụ;so;62,5;28,25;1;0;100;Tốt\n"
                           "2;Sở Y tế;so;60;25;;;100;\n";
    const auto r = c.centre->importHistoricResults(2022, csv);
    REQUIRE(r.ok());
    const auto results = c.centre->results(2022);
    REQUIRE(results.ok());
    REQUIRE(results->units.size() == 2);
    const ResultRow& first = results->units.first().row;
    CHECK(first.unitName == u"Sở Nội vụ"_s);
    CHECK(first.total == pts("91.75"));
    CHECK(first.appraised == pts("62.5"));
    CHECK(first.survey == pts("28.25"));
    CHECK(first.bonus == pts("1"));
    CHECK(first.band == u"Tốt"_s);
    // Without a band in the table, no band: not another issuer's thresholds.
    CHECK(results->units.at(1).row.band.isEmpty());
}

TEST_CASE("Historic rules: no bonus above the max, no district after 2025, the set's precision", "[import]")
{
    CentreFixture c;
    REQUIRE(c.centre->importHistoricResults(2024, "unit;group;appraised;survey;bonus\nSở X;so;70;30;3\n").ok());
    const auto results = c.centre->results(2024);
    REQUIRE(results.ok());
    CHECK(results->units.first().row.total == pts("100"));
    CHECK(results->units.first().row.publishedIndex() == pts("100"));

    const auto huyen = c.centre->importHistoricResults(2025, "unit;group;appraised;survey\nHuyện Y;huyen;60;30\n");
    REQUIRE_FALSE(huyen.ok());
    CHECK(huyen.problems.first().startsWith(u"line 2: the district level was abolished on 1 July 2025"_s));
    CHECK(c.centre->importHistoricResults(2024, "unit;group;appraised;survey\nHuyện Y;huyen;60;30\n").ok());

    const auto precise = c.centre->importHistoricResults(2023, "unit;group;appraised;survey\nSở Z;so;60,125;30\n");
    CHECK(precise.problems == QStringList{u"line 2: appraised 60,125 has more than 2 decimal(s)"_s});
}

TEST_CASE("A list of units is registered all or nothing, every problem with its line", "[import][units]")
{
    CentreFixture c;
    REQUIRE(c.centre->addUnit({u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So, true}).ok());
    SECTION("Vietnamese headers, an STT column, codes derived where missing, ranked as có/không")
    {
        const QByteArray list = "\xEF\xBB\xBFSTT;Mã đơn vị;Tên đơn vị;Nhóm;Xếp hạng\n"
                                "1;;Sở Tư pháp;so;có\n"
                                "2;BQL-DA;Ban Quản lý dự án;Sở;không\n"
                                "3;;Phường Đống Đa;xa;\n";
        const auto r = c.centre->importUnits(list);
        INFO(r.problems.join(u'\n').toStdString());
        REQUIRE(r.ok());
        CHECK(r.imported == 3);
        const auto units = c.centre->units().value();
        REQUIRE(units.size() == 4);
        CHECK(units.at(1).code == u"SO-TU-PHAP"_s);
        CHECK(units.at(2).code == u"BQL-DA"_s);
        CHECK_FALSE(units.at(2).ranked);
        CHECK(units.at(3).group == UnitGroup::Xa);
        CHECK(units.at(3).ranked);
    }
    SECTION("one bad row and nothing is registered")
    {
        const int before = c.rows("units");
        const int auditBefore = c.rows("audit_log");
        const QByteArray list = "name,group,code,ranked\n"
                                "Sở Tư pháp,so,,yes\n"    // good
                                "Sở Tài chính,so,,yes\n"  // already registered
                                "Sở Y tế,tinh,,yes\n"     // unknown group
                                ",so,X,yes\n"             // no name
                                "Sở Xây dựng,so,,maybe\n" // ranked?
                                "Sở Tư pháp,so,,yes\n";   // twice in the list
        const auto r = c.centre->importUnits(list);
        const QString all = r.problems.join(u'\n');
        INFO(all.toStdString());
        CHECK_FALSE(r.ok());
        CHECK(all.contains(u"line 4: unknown group \"tinh\""_s));
        CHECK(all.contains(u"line 5: the name is empty"_s));
        CHECK(all.contains(u"line 6: ranked must be yes or no"_s));
        CHECK(all.contains(u"line 7: \"Sở Tư pháp\" appears twice"_s));
        // The registry conflict is listed with the others, in line order.
        CHECK(r.problems.first() == u"line 3: a unit named Sở Tài chính already exists (code SO-TC)"_s);
        CHECK(c.rows("units") == before);
        CHECK(c.rows("audit_log") == auditBefore);
        const auto conflict = c.centre->importUnits("name,group\nSở Tư pháp,so\nSở Tài chính,so\n");
        CHECK(conflict.problems == QStringList{u"line 3: a unit named Sở Tài chính already exists (code SO-TC)"_s});
        CHECK(c.rows("units") == before);
    }
}

TEST_CASE("Units are edited, and removed only while the file holds nothing for them", "[units]")
{
    CentreFixture c;
    REQUIRE(c.centre->addUnit({QString(), u"Phường Tây Mỗ"_s, UnitGroup::Xa, true}).ok());
    CHECK(c.centre->unit(u"PHUONG-TAY-MO"_s).ok());
    CHECK(
        c.centre->addUnit({u"SO TC"_s, u"Sở Tài chính"_s, UnitGroup::So, true}).error().contains(u"without spaces"_s));
    CHECK(c.centre->addUnit({u"X"_s, u"phường tây mỗ"_s, UnitGroup::Xa, true}).error().contains(u"already exists"_s));
    const auto edited =
        c.centre->updateUnit(u"PHUONG-TAY-MO"_s, {u"P-TAY-MO"_s, u"Phường Tây Mỗ"_s, UnitGroup::Xa, false});
    REQUIRE(edited.ok());
    CHECK(edited->code == u"P-TAY-MO"_s);
    CHECK_FALSE(edited->ranked);
    CHECK_FALSE(c.centre->unit(u"PHUONG-TAY-MO"_s).ok());
    REQUIRE(c.centre->addUnit({u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So, true}).ok());
    CHECK(c.centre->updateUnit(u"P-TAY-MO"_s, {u"SO-TC"_s, u"Phường Tây Mỗ"_s, UnitGroup::Xa, true})
              .error()
              .contains(u"already exists"_s));
    // Results imported for the unit: it can no longer be removed.
    REQUIRE(c.centre->importHistoricResults(2024, "unit;group;appraised;survey\nSO-TC;so;60;30\n").ok());
    CHECK(c.centre->removeUnit(u"SO-TC"_s).error().contains(u"1 assessment(s)"_s));
    REQUIRE(c.centre->removeUnit(u"P-TAY-MO"_s).ok());
    CHECK(c.centre->units().value().size() == 1);
    CHECK(c.rows("audit_log") >= 5);
}

TEST_CASE("Unit codes follow a documented pattern; names are bounded and free of control characters", "[units]")
{
    CentreFixture c;
    const QString tooLong(5000, u'A');
    for (const QString& code : {u"SO/TC"_s, u"../X"_s, u"A..B"_s, u"SO\nTC"_s, u"SO\x1bTC"_s, tooLong, u"SỞ-TC"_s}) {
        INFO(code.left(20).toStdString());
        CHECK(c.centre->addUnit({code, u"Sở Tài chính"_s, UnitGroup::So, true}).error().contains(u"unit code"_s));
    }
    CHECK(c.centre->addUnit({u"SO-TC"_s, u"Sở Tài\u0000chính"_s, UnitGroup::So, true}).error().contains(u"control"_s));
    CHECK(c.centre->addUnit({u"SO-TC"_s, u"Sở \u202ETài chính"_s, UnitGroup::So, true}).error().contains(u"control"_s));
    CHECK(c.centre->addUnit({u"SO-TC"_s, QString(201, u'x'), UnitGroup::So, true}).error().contains(u"200"_s));
    CHECK(c.centre->units().value().isEmpty());
    REQUIRE(c.centre->addUnit({u"so-tc_2"_s, u"Sở Tài chính"_s, UnitGroup::So, true}).ok()); // upper-cased
    CHECK(c.centre->unit(u"SO-TC_2"_s).ok());
}
