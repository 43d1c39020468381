#include "core/centre/Centre.h"
#include "core/criteria/CriteriaLoader.h"
#include "core/importing/SurveyImport.h"
#include "core/importing/TableColumns.h"
#include "support/SetBuilder.h"
#include "support/TestSupport.h"
#include "support/XlsxBuilder.h"

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using test::pts;

namespace {

// The small test set with a second survey item (2.1.3 and 1.2 become survey items, max 1 and
// 3) and an instrument: A/B/C/D = 100/60/20/0 %, E no answer; groups g1 (weight 1) and g2 (3).
QJsonObject surveySet()
{
    QJsonObject o = test::smallSet();
    o = test::with(o, {u"areas"_s, 0, u"criteria"_s, 1, u"rule"_s}, QJsonObject{{u"kind"_s, u"survey"_s}});
    const QByteArray survey = R"({
      "answers": [{"letter": "A", "weight": "100"}, {"letter": "B", "weight": "60"},
                  {"letter": "C", "weight": "20"}, {"letter": "D", "weight": "0"}],
      "no_answer": ["E"],
      "groups": [{"code": "g1", "title": "Đại biểu HĐND", "weight": "1"},
                 {"code": "g2", "title": "Người dân, doanh nghiệp", "weight": "3"}],
      "questions": [{"code": "Q1", "item": "2.1.3"}, {"code": "Q2", "item": "2.1.3"}, {"code": "Q3", "item": "1.2"}]
    })";
    o.insert(u"survey"_s, QJsonDocument::fromJson(survey).object());
    return o;
}

CriteriaSetPtr load(const QJsonObject& o)
{
    const auto r = CriteriaLoader::loadBytes(test::toBytes(o));
    INFO(r.problems.join(u'\n').toStdString());
    REQUIRE(r.set);
    return r.set;
}

QStringList problemsOf(const QJsonObject& o)
{
    return CriteriaLoader::loadBytes(test::toBytes(o)).problems;
}

QList<SurveyUnit> units(const CriteriaSetPtr& set)
{
    return {{u"SO-NV"_s, u"Sở Nội vụ"_s, set}, {u"SO-YT"_s, u"Sở Y tế"_s, set}, {u"SO-TC"_s, u"Sở Tài chính"_s, set}};
}

SurveyRead read(const QByteArray& csv, const CriteriaSetPtr& set)
{
    return SurveyImport::read(readCsv(csv), units(set));
}

Points pointsOf(const SurveyRead& r, const QString& unit, const QString& item)
{
    for (const SurveyPoint& p : r.points) {
        if (p.unitCode == unit && p.item == item)
            return p.points;
    }
    FAIL("no points for " << unit.toStdString() << " " << item.toStdString());
    return {};
}

} // namespace

TEST_CASE("The survey instrument is part of the set and validated like the rest", "[survey][criteria]")
{
    const auto set = load(surveySet());
    CHECK(set->survey.answers.size() == 4);
    CHECK(set->survey.group(u"người dân, DOANH NGHIỆP"_s)->code == u"g2"_s);
    CHECK(set->surveyShare() == pts("4"));

    auto broken = [](const QList<QVariant>& path, const QJsonValue& v) {
        return problemsOf(test::with(surveySet(), path, v));
    };
    CHECK(broken({u"survey"_s, u"questions"_s, 2, u"item"_s}, u"1.1.1"_s)
              .contains(u"survey.questions[2] \"Q3\": \"1.1.1\" is not a survey item of this set"_s));
    CHECK(broken({u"survey"_s, u"questions"_s, 2}, QJsonValue::Undefined)
              .contains(u"survey: survey item 1.2 has no question"_s));
    CHECK(broken({u"survey"_s, u"answers"_s, 0, u"weight"_s}, u"90"_s)
              .contains(u"survey: no answer weighs 100%: an item could never reach its max"_s));
    CHECK(broken({u"survey"_s, u"answers"_s, 1, u"letter"_s}, u"A"_s)
              .contains(u"survey.answers[1]: the answer A appears twice"_s));
    CHECK(broken({u"survey"_s, u"no_answer"_s}, QJsonArray{u"D"_s}).contains(u"survey: the answer D appears twice"_s));
    CHECK(broken({u"survey"_s, u"groups"_s, 1, u"weight"_s}, u"0"_s)
              .contains(u"survey.groups[1]: the weight must be above 0"_s));
    CHECK(broken({u"survey"_s, u"answers"_s, 0, u"letter"_s}, u"a1"_s)
              .contains(u"survey.answers[0]: the answer \"a1\" must be one capital letter"_s));
    CHECK(broken({u"ranking"_s}, QJsonObject{{u"compare"_s, u"exact"_s}})
              .contains(u"ranking: \"compare\" must be published or full"_s));
    CHECK(broken({u"group"_s}, u"huyen"_s).first().startsWith(u"the district level was abolished on 1 July 2025"_s));
}

TEST_CASE("Survey points per unit and item: points or a percentage, headers as published", "[survey]")
{
    const auto set = load(surveySet());
    // STT ignored, ';' with decimal comma, units by code, name in any case, NFD.
    const QByteArray csv = "STT;Mã đơn vị;Mã tiêu chí;Điểm;Tỷ lệ (%)\n"
                           "1;SO-NV;2.1.3;0,85;\n"
                           "2;SO-NV;1.2;;87,5\n"
                           "3;so-yt;2.1.3;1;\n"
                           "4;SO-YT;1.2;2,5;\n";
    const SurveyRead r = read(csv, set);
    INFO(r.problems.join(u'\n').toStdString());
    REQUIRE(r.ok());
    CHECK(r.shape == SurveyShape::Points);
    CHECK(r.rows == 4);
    CHECK(pointsOf(r, u"SO-NV"_s, u"2.1.3"_s) == pts("0.85"));
    CHECK(pointsOf(r, u"SO-NV"_s, u"1.2"_s) == pts("2.63")); // 3 × 87,5 % = 2,625 → 2,63
    CHECK(pointsOf(r, u"SO-YT"_s, u"1.2"_s) == pts("2.5"));
    CHECK(r.notes == QStringList{u"1 unit(s) not in the survey: Sở Tài chính (SO-TC)"_s});

    // By name, Unicode NFD and other case, comma-separated with a quoted decimal comma.
    const QByteArray byName = QStringLiteral("Đơn vị,Mã tiêu chí,Điểm\n"
                                             "\"SỞ NỘI VỤ\",2.1.3,\"0,5\"\n"
                                             "Sở Nội vụ,1.2,3\n")
                                  .normalized(QString::NormalizationForm_D)
                                  .toUtf8();
    const SurveyRead n = read(byName, set);
    INFO(n.problems.join(u'\n').toStdString());
    CHECK(n.ok());
    CHECK(pointsOf(n, u"SO-NV"_s, u"1.2"_s) == pts("3"));
}

TEST_CASE("Every problem of a survey table is listed with its line, and nothing comes of it", "[survey]")
{
    const auto set = load(surveySet());
    const QByteArray csv = "Đơn vị;Mã tiêu chí;Điểm;Tỷ lệ (%)\n"
                           "Sở Nội vũ;2.1.3;0,5;\n"    // near miss
                           "Sở Tư pháp;2.1.3;0,5;\n"   // not registered, nothing near
                           "Sở Y tế;2.1.3;1,5;\n"      // above the item's max
                           "Sở Y tế;1.1.1;1;\n"        // not a survey item
                           "Sở Y tế;1.2;2,555;\n"      // more decimals than the set's precision
                           "Sở Y tế;2.1.3;1;\n"        // twice
                           "Sở Tài chính;2.1.3;;120\n" // percentage above 100
                           "Sở Tài chính;1.2;1;50\n";  // both
    const SurveyRead r = read(csv, set);
    const QString all = r.problems.join(u'\n');
    INFO(all.toStdString());
    CHECK_FALSE(r.ok());
    CHECK(r.points.isEmpty());
    CHECK(all.contains(u"line 2: no unit is named or coded \"Sở Nội vũ\"; did you mean \"Sở Nội vụ\"?"_s));
    CHECK(all.contains(u"line 3: no unit is named or coded \"Sở Tư pháp\"\n"_s));
    CHECK(
        all.contains(u"line 5: \"1.1.1\" is not a survey item of the set test-small (its survey items: 1.2, 2.1.3)"_s));
    CHECK(all.contains(u"line 7: SO-YT item 2.1.3 already has its points on line 4"_s));
    CHECK(all.contains(u"line 8: the percentage 120 is above 100"_s));
    CHECK(all.contains(u"line 9: give either points or a percentage, not both"_s));

    // The per-unit checks come once the rows read well.
    const SurveyRead over = read("Đơn vị;Mã tiêu chí;Điểm\nSở Y tế;2.1.3;1,5\nSở Y tế;1.2;2,555\n", set);
    const QString o = over.problems.join(u'\n');
    INFO(o.toStdString());
    CHECK(o.contains(u"SO-YT item 2.1.3: 1,5 points are outside 0 to 1"_s));
    CHECK(o.contains(u"SO-YT item 1.2: 2,555 has more than 2 decimal(s)"_s));
    const SurveyRead missing = read("Đơn vị;Mã tiêu chí;Điểm\nSở Y tế;2.1.3;1\n", set);
    CHECK(missing.problems == QStringList{u"Sở Y tế (SO-YT): no points for the survey items 1.2"_s});
}

TEST_CASE("Answers per respondent become points by the set's instrument", "[survey]")
{
    const auto set = load(surveySet());
    // SO-NV, item 2.1.3 (max 1): g1 answers A, B → mean 80 %; g2 answers C, D, E → mean 10 %
    // (E left out); weighted (80 × 1 + 10 × 3) / 4 = 27,5 % → 0,275 → 0,28.
    // Item 1.2 (max 3): g1 only, A → 100 % → 3.
    const QByteArray csv = "Phiếu;Nhóm đối tượng;Đơn vị;Mã câu hỏi;Trả lời\n"
                           "P1;g1;SO-NV;Q1;A\n"
                           "P2;Đại biểu HĐND;Sở Nội vụ;Q2;b\n"
                           "P3;g2;SO-NV;Q1;C\n"
                           "P4;g2;SO-NV;Q1;D\n"
                           "P5;g2;SO-NV;Q2;E\n"
                           "P1;g1;SO-NV;Q3;A\n";
    const SurveyRead r = read(csv, set);
    INFO(r.problems.join(u'\n').toStdString());
    REQUIRE(r.ok());
    CHECK(r.shape == SurveyShape::Answers);
    CHECK(pointsOf(r, u"SO-NV"_s, u"2.1.3"_s) == pts("0.28"));
    CHECK(pointsOf(r, u"SO-NV"_s, u"1.2"_s) == pts("3"));
    CHECK(r.points.first().answers + r.points.last().answers == 5);

    const SurveyRead bad = read("Nhóm đối tượng;Đơn vị;Mã câu hỏi;Trả lời\n"
                                "g3;SO-NV;Q1;A\n"
                                "g1;SO-NV;Q9;A\n"
                                "g1;SO-NV;Q1;F\n",
                                set);
    const QString all = bad.problems.join(u'\n');
    INFO(all.toStdString());
    CHECK(all.contains(u"line 2: unknown respondent group \"g3\" (the set test-small has g1, g2)"_s));
    CHECK(all.contains(u"line 3: unknown question \"Q9\" in the set test-small"_s));
    CHECK(all.contains(u"line 4: the answer \"F\" is not one of A, B, C, D, E"_s));
}

TEST_CASE("The centre keeps every version of a year's survey, and results add it", "[survey]")
{
    QTemporaryDir dir;
    auto created = Centre::create(dir.filePath(u"c.parindex"_s));
    REQUIRE(created.ok());
    auto centre = created.value();
    const auto set = load(surveySet());
    REQUIRE(centre->importSets({set}).ok());
    REQUIRE(centre->addUnit({u"SO-NV"_s, u"Sở Nội vụ"_s, UnitGroup::So, true}).ok());
    REQUIRE(centre->addUnit({u"SO-YT"_s, u"Sở Y tế"_s, UnitGroup::So, true}).ok());
    ItemInputs inputs;
    inputs.insert(u"1.1.1"_s, ItemInput::ofOption(0));
    REQUIRE(centre->recordScores(u"SO-NV"_s, 2025, set, inputs).ok());
    REQUIRE(centre->recordScores(u"SO-YT"_s, 2025, set, inputs).ok());
    {
        const auto before = centre->results(2025);
        REQUIRE(before.ok());
        CHECK(before->unit(u"SO-NV"_s)->awaitingSurvey);
    }

    const auto first = centre->survey().importTable(
        2025, "Mã đơn vị;Mã tiêu chí;Điểm\nSO-NV;2.1.3;1\nSO-NV;1.2;2\nSO-YT;2.1.3;0,5\nSO-YT;1.2;3\n", u"dtxhh.csv"_s);
    INFO(first.read.problems.join(u'\n').toStdString());
    REQUIRE(first.ok());
    CHECK(first.version == 1);
    auto results = centre->results(2025);
    REQUIRE(results.ok());
    const ResultRow nv = results->unit(u"SO-NV"_s)->row;
    CHECK(nv.survey == pts("3"));
    CHECK(nv.appraised == pts("1"));
    CHECK(nv.total == pts("4"));
    CHECK_FALSE(results->unit(u"SO-NV"_s)->awaitingSurvey);

    // A bad table changes nothing; a good one replaces the survey and keeps the previous version.
    const int audit = test::countRows(centre->path(), u"audit_log"_s);
    CHECK_FALSE(centre->survey().importTable(2025, "Mã đơn vị;Mã tiêu chí;Điểm\nSO-NV;2.1.3;7\n", u"x.csv"_s).ok());
    CHECK(test::countRows(centre->path(), u"audit_log"_s) == audit);
    const auto second = centre->survey().importTable(2025, "Mã đơn vị;Mã tiêu chí;Điểm\nSO-NV;2.1.3;0\nSO-NV;1.2;0\n",
                                                     u"dtxhh-2.csv"_s);
    REQUIRE(second.ok());
    CHECK(second.version == 2);
    const auto versions = centre->survey().versions(2025);
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    CHECK(versions->first().sourceName == u"dtxhh-2.csv"_s);
    CHECK(versions->last().units == 2);
    CHECK(centre->survey().points(2025, 1)->size() == 4);
    CHECK(test::countRows(centre->path(), u"audit_log"_s) == audit + 1);
    results = centre->results(2025);
    CHECK(results->unit(u"SO-NV"_s)->row.survey == pts("0"));
    CHECK(results->unit(u"SO-YT"_s)->awaitingSurvey);

    // Typed in: the same checks.
    CHECK_FALSE(centre->survey().saveTyped(2025, {{u"SO-NV"_s, u"1.2"_s, pts("3.5"), 0}}).ok());
    CHECK(centre->survey().saveTyped(2025, {{u"SO-NV"_s, u"1.2"_s, pts("2.5"), 0}}).value() == 3);
}

TEST_CASE("Last year's results are compared through the unit mapping", "[survey][results]")
{
    QTemporaryDir dir;
    auto created = Centre::create(dir.filePath(u"c.parindex"_s));
    REQUIRE(created.ok());
    auto centre = created.value();
    REQUIRE(centre
                ->importHistoricResults(2024, "unit;group;appraised;survey\n"
                                              "Xã A;xa;60;20\nXã B;xa;50;20\nSở C;so;70;20\nSở D;so;65;20\n")
                .ok());
    REQUIRE(centre
                ->importHistoricResults(2025, "unit;group;appraised;survey\n"
                                              "Xã Mới;xa;65;25\nSở C;so;72;20\nSở D;so;60;20\n")
                .ok());
    REQUIRE(centre->mapUnits(2025, {u"XA-A"_s, u"Xã B"_s}, u"Xã Mới"_s).ok());
    const auto mappings = centre->unitMappings(2025);
    REQUIRE(mappings.ok());
    CHECK(mappings->size() == 2);
    const auto results = centre->results(2025);
    REQUIRE(results.ok());
    const ResultRow merged = results->unit(u"XA-MOI"_s)->row;
    REQUIRE(merged.previousIndex);
    CHECK(*merged.previousIndex == pts("75")); // mean of 80 and 70
    CHECK(merged.previousRank == 0);
    const ResultRow c = results->unit(u"SO-C"_s)->row;
    CHECK(*c.previousIndex == pts("90"));
    CHECK(c.previousRank == 1);
    CHECK(results->unit(u"SO-D"_s)->row.previousRank == 2);
    CHECK_FALSE(centre->mapUnits(2025, {u"Xã Không Có"_s}, u"Xã Mới"_s).ok());
}

TEST_CASE("Survey and historic tables are read from XLSX workbooks, problems named by row", "[survey][xlsx]")
{
    const auto set = load(surveySet());
    // Numbers as a spreadsheet holds them: 0.85000000000000009 is shown, and read, as 0,85.
    const QByteArray book = test::makeXlsx({{u"STT"_s, u"Mã đơn vị"_s, u"Mã tiêu chí"_s, u"Điểm"_s},
                                            {u"1"_s, u"SO-NV"_s, u"2.1.3"_s, u"0.85000000000000009"_s},
                                            {u"2"_s, u"SO-NV"_s, u"1.2"_s, u"2.5"_s}});
    const SurveyRead r = SurveyImport::read(readTable(book), units(set));
    INFO(r.problems.join(u'\n').toStdString());
    REQUIRE(r.ok());
    CHECK(pointsOf(r, u"SO-NV"_s, u"2.1.3"_s) == pts("0.85"));

    const QByteArray bad = test::makeXlsx({{u"Mã đơn vị"_s, u"Mã tiêu chí"_s, u"Điểm"_s},
                                           {u"SO-NV"_s, u"2.1.3"_s, u"0.5"_s},
                                           {u"SO-XX"_s, u"1.2"_s, u"1"_s}});
    const SurveyRead b = SurveyImport::read(readTable(bad), units(set));
    CHECK(b.problems.first() == u"row 3: no unit is named or coded \"SO-XX\""_s);

    QTemporaryDir dir;
    auto created = Centre::create(dir.filePath(u"c.parindex"_s));
    REQUIRE(created.ok());
    const QByteArray results = test::makeXlsx({{u"STT"_s, u"Đơn vị"_s, u"Nhóm"_s, u"Điểm thẩm định"_s, u"Điểm ĐTXHH"_s},
                                               {u"1"_s, u"Sở Nội vụ"_s, u"so"_s, u"65.430000000000007"_s, u"25"_s},
                                               {u"2"_s, u"Sở Y tế"_s, u"so"_s, u"60.125"_s, u"25"_s}});
    const auto refused = created.value()->importHistoricResults(2024, results);
    CHECK(refused.problems == QStringList{u"row 3: appraised 60.125 has more than 2 decimal(s)"_s});
    const QByteArray good = test::makeXlsx({{u"STT"_s, u"Đơn vị"_s, u"Nhóm"_s, u"Điểm thẩm định"_s, u"Điểm ĐTXHH"_s},
                                            {u"1"_s, u"Sở Nội vụ"_s, u"so"_s, u"65.430000000000007"_s, u"25"_s}});
    REQUIRE(created.value()->importHistoricResults(2024, good).ok());
    CHECK(created.value()->results(2024)->units.first().row.appraised == pts("65.43"));
}
