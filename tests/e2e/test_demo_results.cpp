// The demo is a realistic province: Hà Nội's Sở and communes of 2025 with the survey imported from
// the institute's answers, and 2024 under the old groups (districts, wards merged since, Sở merged
// or renamed) with the 2025 units mapped to them for the comparison with last year.
#include "core/centre/Centre.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace parindex;
using namespace Qt::Literals::StringLiterals;
using test::runCli;

namespace {

// One default demo for the test cases of this file.
QString demoFolder()
{
    static QTemporaryDir dir;
    static const bool built = [] {
        QElapsedTimer timer;
        timer.start();
        const auto r = runCli({u"demo"_s, u"--out"_s, dir.path()});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        WARN("parindex-cli demo took " << timer.elapsed() << " ms");
        return true;
    }();
    REQUIRE(built);
    return dir.path();
}

QString demoCentre()
{
    return QDir(demoFolder()).filePath(u"centre.parindex"_s);
}

QJsonObject unitOf(const QJsonDocument& results, const QString& code)
{
    for (const QJsonValue& g : results[u"groups"_s].toArray()) {
        for (const QJsonValue& u : g[u"units"_s].toArray()) {
            if (u[u"code"_s].toString() == code)
                return u.toObject();
        }
    }
    FAIL("no unit " << code.toStdString());
    return {};
}

} // namespace

TEST_CASE("The demo's 2025 results: Hà Nội's Sở and communes, every one with its survey points", "[demo][survey][e2e]")
{
    auto centre = Centre::open(demoCentre());
    REQUIRE(centre.ok());
    const auto results = centre.value()->results(2025);
    REQUIRE(results.ok());
    int so = 0;
    int xa = 0;
    int notRanked = 0;
    for (const UnitYearResult& u : results->units) {
        INFO(u.row.unitCode.toStdString());
        (u.row.group == UnitGroup::So ? so : xa) += 1;
        notRanked += u.row.ranked ? 0 : 1;
        CHECK(u.row.group != UnitGroup::Huyen);
        CHECK_FALSE(u.awaitingSurvey);
        CHECK(u.row.survey > Points());
        CHECK(u.row.survey <= u.row.surveyMax);
        CHECK(u.row.surveyMax > Points());
    }
    CHECK(so == 23);
    CHECK(xa == 126);
    CHECK(notRanked >= 1);

    // Group averages are over the ranked units only, as published.
    for (const GroupSummary& g : results->groups) {
        QList<Ratio> ranked;
        int unranked = 0;
        for (const UnitYearResult& u : results->units) {
            if (u.row.group == g.group)
                u.row.ranked ? ranked.append(u.row.index()) : void(++unranked);
        }
        CHECK(g.units == ranked.size());
        CHECK(g.notRanked == unranked);
        CHECK(g.averageIndex == meanPercent(ranked).value());
    }
    const auto so2025 = std::find_if(results->groups.cbegin(), results->groups.cend(),
                                     [](const GroupSummary& g) { return g.group == UnitGroup::So; });
    REQUIRE(so2025 != results->groups.cend());
    CHECK(so2025->notRanked >= 1);

    // The survey came in as answers, through the service, as one version; its table lies beside
    // the demo, ready to import again.
    const auto versions = centre.value()->survey().versions(2025);
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 1);
    CHECK(versions->first().shape == SurveyShape::Answers);
    CHECK(versions->first().sourceName == u"dieu-tra-xa-hoi-hoc-2025.csv"_s);
    CHECK(versions->first().sourceRows >= 1000);
    const QString table = QDir(demoFolder()).filePath(u"dieu-tra-xa-hoi-hoc-2025.csv"_s);
    REQUIRE(QFile::exists(table));
    CHECK(test::readFile(table).contains("Phiếu;Nhóm đối tượng;Đơn vị;Mã câu hỏi;Trả lời"));
    centre = Result<std::shared_ptr<Centre>>::failure({});
    const auto again =
        runCli({u"import-survey"_s, u"--file"_s, demoCentre(), u"--year"_s, u"2025"_s, u"--dry-run"_s, table});
    INFO(again.out.toStdString() << again.err.toStdString());
    CHECK(again.exitCode == 0);
}

TEST_CASE("The demo compares 2025 with 2024 under the old groups, through the units' mapping", "[demo][e2e]")
{
    const QString file = demoCentre();
    {
        auto centre = Centre::open(file);
        REQUIRE(centre.ok());
        const auto before = centre.value()->results(2024);
        REQUIRE(before.ok());
        int huyen = 0;
        int xa = 0;
        for (const UnitYearResult& u : before->units) {
            huyen += u.row.group == UnitGroup::Huyen ? 1 : 0;
            xa += u.row.group == UnitGroup::Xa ? 1 : 0;
        }
        CHECK(huyen == 30);
        CHECK(xa >= 10);
        CHECK(before->unit(u"SO-KE-HOACH-VA-DAU-TU"_s)); // merged into Sở Tài chính in 2025

        const auto mappings = centre.value()->unitMappings(2025);
        REQUIRE(mappings.ok());
        CHECK(mappings->size() >= 20);
        const auto results = centre.value()->results(2025);
        REQUIRE(results.ok());
        QHash<QString, int> formedFrom;
        for (const UnitMapping& m : mappings.value())
            formedFrom[m.newUnit] += 1;
        for (auto it = formedFrom.cbegin(); it != formedFrom.cend(); ++it) {
            const UnitYearResult* u = results->unit(it.key());
            REQUIRE(u);
            INFO(it.key().toStdString());
            CHECK(u->row.previousIndex.has_value());
            if (it.value() > 1)
                CHECK(u->row.previousRank == 0); // a mean of several units takes no rank
        }
        CHECK(formedFrom.value(u"PHUONG-HOAN-KIEM"_s) > 1);
        CHECK(formedFrom.value(u"SO-DAN-TOC-VA-TON-GIAO"_s) == 1); // renamed from Ban Dân tộc
        // A Sở as it was keeps its rank of last year; a new commune has no last year.
        const UnitYearResult* same = results->unit(u"SO-TU-PHAP"_s);
        REQUIRE(same);
        CHECK(same->row.previousIndex.has_value());
        CHECK(same->row.previousRank > 0);
        const UnitYearResult* fresh = results->unit(u"XA-SOC-SON"_s);
        REQUIRE(fresh);
        CHECK_FALSE(fresh->row.previousIndex.has_value());
    }

    const auto json = runCli({u"results"_s, u"--file"_s, file, u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonDocument results = QJsonDocument::fromJson(json.out.toUtf8());
    const QJsonObject merged = unitOf(results, u"PHUONG-HOAN-KIEM"_s);
    CHECK(merged[u"previous_index"_s].isString());
    CHECK(merged[u"previous_rank"_s].isNull());
    CHECK(unitOf(results, u"SO-DAN-TOC-VA-TON-GIAO"_s)[u"previous_index"_s].isString());

    const auto yoy = runCli(
        {u"analysis"_s, u"--file"_s, file, u"--year"_s, u"2025"_s, u"--kind"_s, u"yoy"_s, u"--format"_s, u"json"_s});
    INFO(yoy.err.toStdString());
    REQUIRE(yoy.exitCode == 0);
    int compared = 0;
    for (const QJsonValue& u : QJsonDocument::fromJson(yoy.out.toUtf8())[u"units"_s].toArray())
        compared += u[u"change"_s].isNull() ? 0 : 1;
    CHECK(compared >= 25); // the Sở of 2024 and the merged wards
}
