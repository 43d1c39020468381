#include "support/TestSupport.h"

#include "importing/Csv.h"
#include "importing/HistoricImport.h"
#include "results/YearResults.h"
#include "store/Units.h"

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using test::pts;

namespace {
struct Centre
{
    QTemporaryDir dir;
    std::shared_ptr<DataFile> file;
    Centre()
    {
        auto c = DataFile::create(dir.filePath(u"c.parindex"_s), Role::Centre);
        REQUIRE(c.ok());
        file = c.value();
    }
    int rows(const char* table) const { return test::countRows(file->path(), QString::fromLatin1(table)); }
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
    Centre c;
    REQUIRE(Units(*c.file).add(u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So).ok());
    const QString nfd = u"Sở Tư pháp"_s.normalized(QString::NormalizationForm_D);
    const QByteArray csv = "\xEF\xBB\xBFĐơn vị;Nhóm;Điểm thẩm định;Điểm điều tra;Điểm thưởng;Điểm trừ\n"
                           "Sở Tài chính;so;62,75;28,5;1;0\n" +
                           nfd.toUtf8() + ";Sở, cơ quan tương đương Sở;60;27,25;;0,5\n"
                                          "Phường Cửa Nam;xa;58;30;0;0\n";
    const auto report = HistoricImport::run(*c.file, 2024, csv);
    INFO(report.problems.join(u'\n').toStdString());
    REQUIRE(report.ok());
    CHECK(report.imported == 3);
    CHECK(report.unitsCreated == 2);
    const auto tuPhap = Units(*c.file).find(u"Sở Tư pháp"_s);
    REQUIRE(tuPhap);
    CHECK(tuPhap->name == u"Sở Tư pháp"_s); // stored NFC
    CHECK(tuPhap->code == u"SO-TU-PHAP"_s);

    const auto results = YearResults::compute(*c.file, 2024);
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
        const auto again = HistoricImport::run(*c.file, 2024, "unit,group,appraised,survey\nSở Tài chính,so,\"50,5\",30\n");
        REQUIRE(again.ok());
        CHECK(YearResults::compute(*c.file, 2024)->unit(u"SO-TC"_s)->row.total == pts("80.5"));
        CHECK(c.rows("units") == 3);
    }
}

TEST_CASE("Any bad row and nothing is imported; every bad row is listed by line", "[import]")
{
    Centre c;
    REQUIRE(Units(*c.file).add(u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So).ok());
    const int unitsBefore = c.rows("units");
    const int auditBefore = c.rows("audit_log");
    const QByteArray csv = "unit;group;appraised;survey;max\n"
                           "Sở Nội vụ;so;60;30;100\n"          // good
                           "Sở Y tế;tinh;60;30;100\n"          // unknown group
                           "Sở Xây dựng;so;sáu mươi;30;100\n"  // not a number
                           ";so;60;30;100\n"                   // empty unit
                           "Sở Nội vụ;so;61;30;100\n"          // duplicate
                           "Sở Công Thương;so;80;30;100\n"     // above max
                           "Sở Tài chính;xa;60;30;100\n"       // group differs from the registry
                           "Sở Du lịch;so;60;30\n";            // short row
    const auto r = HistoricImport::run(*c.file, 2024, csv);
    CHECK_FALSE(r.ok());
    const QString all = r.problems.join(u'\n');
    INFO(all.toStdString());
    CHECK(all.contains(u"line 3: unknown group \"tinh\""_s));
    CHECK(all.contains(u"line 4: appraised \"sáu mươi\" is not a number"_s));
    CHECK(all.contains(u"line 5: the unit is empty"_s));
    CHECK(all.contains(u"line 6: unit \"Sở Nội vụ\" appears twice"_s));
    CHECK(all.contains(u"line 7: appraised + survey = 110 is above the max 100"_s));
    CHECK(all.contains(u"line 9: 4 fields where the header has 5"_s));
    CHECK(c.rows("units") == unitsBefore);
    CHECK(c.rows("assessments") == 0);
    CHECK(c.rows("audit_log") == auditBefore);

    SECTION("a registry conflict alone also stops the import")
    {
        const auto g = HistoricImport::run(*c.file, 2024, "unit;group;appraised;survey\nSở Tài chính;xa;60;30\n");
        CHECK(g.problems == QStringList{u"line 2: unit SO-TC is in group so, not xa"_s});
        CHECK(c.rows("assessments") == 0);
    }
}

TEST_CASE("Header problems are reported before any row", "[import]")
{
    QStringList problems;
    HistoricImport::parse("unit;group;appraised\nA;so;1\n", problems);
    CHECK(problems == QStringList{u"line 1: the column \"survey\" is missing"_s});
    problems.clear();
    HistoricImport::parse("unit;group;appraised;survey;colour\n", problems);
    CHECK(problems.contains(u"line 1: unknown column \"colour\""_s));
    problems.clear();
    HistoricImport::parse("", problems);
    CHECK(problems.size() == 1);
}
