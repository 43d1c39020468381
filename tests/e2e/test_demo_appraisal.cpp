// The demo shows the appraisal at work: `parindex-cli demo` leaves a 2025 year in appraisal with
// units in every stage before the approval, comments, requests and answers, and a demo unit
// whose feedback waits beside it — and a user can take that unit through its response.
#include "app/demo/DemoBuilder.h"
#include "core/centre/Centre.h"
#include "core/unit/UnitAssessment.h"
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

QJsonObject appraisalJson(const QString& centre)
{
    const auto r = runCli({u"appraisal"_s, u"--file"_s, centre, u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QJsonObject unitJson(const QJsonObject& appraisal, const QString& code)
{
    for (const QJsonValue& u : appraisal[u"units"_s].toArray()) {
        if (u[u"unit"_s].toString() == code)
            return u.toObject();
    }
    FAIL("no unit " << code.toStdString());
    return {};
}

} // namespace

TEST_CASE("The demo centre holds a year in appraisal, and its unit has feedback to import", "[demo][appraisal][e2e]")
{
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    const auto demo = runCli({u"demo"_s, u"--out"_s, dir.path()});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    WARN("parindex-cli demo took " << timer.elapsed() << " ms");
    const QString centre = dir.filePath(u"centre.parindex"_s);
    const QString unit = dir.filePath(u"so-tai-chinh-2025.parindex"_s);
    const QString feedback = dir.filePath(u"feedback-SO-TAI-CHINH-2025-round1.zip"_s);
    const QString passphrase = dir.filePath(u"mat-khau-demo.txt"_s);
    for (const QString& f : {centre, unit, feedback, passphrase, dir.filePath(u"centre.pub"_s)})
        CHECK(QFile::exists(f));
    // Nothing half-built is left behind.
    CHECK(QDir(dir.path())
              .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
              .filter(u"building"_s)
              .isEmpty());
    CHECK(QDir(dir.path())
              .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
              .filter(u"scratch"_s)
              .isEmpty());

    // What the rows say: every stage but the approval (the year stays open), comments, requests
    // of both kinds, round-2 points, a round 1 under way.
    const QJsonObject appraisal = appraisalJson(centre);
    QSet<QString> stages;
    QSet<QString> requests;
    int comments = 0;
    bool round2 = false;
    bool partRound1 = false;
    QStringList received;
    for (const QJsonValue& u : appraisal[u"units"_s].toArray()) {
        const QString stage = u[u"stage"_s].toString();
        stages.insert(stage);
        if (stage != u"not_received"_s)
            received.append(u[u"unit"_s].toString());
        int appraised = 0;
        int open = 0;
        for (const QJsonValue& i : u[u"items"_s].toArray()) {
            comments += i[u"comment"_s].toString().isEmpty() ? 0 : 1;
            if (!i[u"request"_s].toString().isEmpty())
                requests.insert(i[u"request"_s].toString());
            round2 = round2 || !i[u"round2"_s].isNull();
            (i[u"round1"_s].isNull() ? open : appraised) += 1;
        }
        if (stage == u"round_1"_s)
            partRound1 = partRound1 || (appraised > 0 && open > 0);
        if (stage == u"received"_s)
            CHECK(appraised == 0);
    }
    for (AppraisalStage s : AppraisalTerms::allStages()) {
        if (s == AppraisalStage::NotReceived || s == AppraisalStage::Approved)
            continue;
        INFO(AppraisalTerms::code(s).toStdString());
        CHECK(stages.contains(AppraisalTerms::code(s)));
    }
    CHECK_FALSE(stages.contains(u"approved"_s));
    CHECK(comments >= 10);
    CHECK(requests == QSet<QString>{u"explanation"_s, u"evidence"_s});
    CHECK(round2);
    CHECK(partRound1);
    CHECK(unitJson(appraisal, u"SO-TAI-CHINH"_s)[u"stage"_s].toString() == u"feedback_sent"_s);

    // Behind the rows: the answers are there, the year is open with its deadlines ahead, the
    // centre's key is the one the demo unit enrolled and wrote beside it.
    {
        auto c = Centre::open(centre);
        REQUIRE(c.ok());
        const auto progress = c.value()->appraisal().progress(2025);
        REQUIRE(progress.ok());
        int answered = 0;
        int requested = 0;
        for (const UnitProgress& p : progress.value()) {
            answered += p.answered;
            requested += p.requested;
        }
        CHECK(answered > 0);
        CHECK(requested > answered);
        const auto approval = c.value()->appraisal().approval(2025);
        REQUIRE(approval.ok());
        CHECK_FALSE(approval.value().has_value());
        const auto plan = c.value()->appraisal().plan(2025);
        REQUIRE(plan.ok());
        CHECK(plan->deadline(DeadlineStage::Explanation) > QDate::currentDate());
        CHECK(plan->deadline(DeadlineStage::Self) < QDate::currentDate());
        CHECK(plan->sets.contains(UnitGroup::So));
        const auto appraisers = c.value()->appraisal().appraisers();
        REQUIRE(appraisers.ok());
        CHECK(appraisers->size() >= 3);
        const auto key = c.value()->signingKey();
        REQUIRE(key.ok());
        REQUIRE(key.value().has_value());
        CHECK(test::readFile(dir.filePath(u"centre.pub"_s)) == key.value()->publicPem);
        auto u = UnitAssessment::open(unit);
        REQUIRE(u.ok());
        const auto enrolled = u.value()->centreKey();
        REQUIRE(enrolled.ok());
        REQUIRE(enrolled.value().has_value());
        CHECK(enrolled.value()->keyId == key.value()->keyId);
        CHECK_FALSE(u.value()->feedback().has_value()); // waiting beside it, not imported
    }

    // The results rank the submitted units on their appraised and survey points, with sensible figures.
    const auto results = runCli({u"results"_s, u"--file"_s, centre, u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s});
    REQUIRE(results.exitCode == 0);
    QStringList ranked;
    for (const QJsonValue& g : QJsonDocument::fromJson(results.out.toUtf8())[u"groups"_s].toArray()) {
        for (const QJsonValue& u : g[u"units"_s].toArray()) {
            const double index = u[u"index"_s].toString().toDouble();
            INFO(u[u"code"_s].toString().toStdString());
            CHECK(index > 30);
            CHECK(index <= 100);
            ranked.append(u[u"code"_s].toString());
        }
    }
    for (const QString& code : received)
        CHECK(ranked.contains(code));

    // The demo unit imports its feedback and answers what was asked; the centre takes the answer.
    auto r = runCli({u"feedback"_s, u"import"_s, u"--file"_s, unit, feedback});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"need an explanation or evidence"_s));
    const QString proof = dir.filePath(u"Kế hoạch bổ sung.pdf"_s);
    test::writeFile(proof, "%PDF-1.4 kế hoạch");
    int answers = 0;
    for (const QJsonValue& i : unitJson(appraisal, u"SO-TAI-CHINH"_s)[u"items"_s].toArray()) {
        const QString item = i[u"item"_s].toString();
        const QString request = i[u"request"_s].toString();
        if (request == u"explanation"_s)
            r = runCli({u"explain"_s, u"--file"_s, unit, u"--item"_s, item, u"--text"_s, u"Giải trình của đơn vị"_s});
        else if (request == u"evidence"_s)
            r = runCli({u"attach"_s, u"--file"_s, unit, u"--item"_s, item, u"--doc"_s, proof, u"--number"_s,
                        u"21/KH-STC"_s, u"--date"_s, u"12/01/2025"_s, u"--summary"_s, u"Kế hoạch bổ sung"_s});
        else
            continue;
        INFO(item.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
        ++answers;
    }
    CHECK(answers >= 2);
    const QString response = dir.filePath(u"tra-loi.zip"_s);
    r = runCli({u"export"_s, u"--file"_s, unit, u"--out"_s, response, u"--passphrase-file"_s, passphrase});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = runCli({u"import"_s, u"--file"_s, centre, response});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(unitJson(appraisalJson(centre), u"SO-TAI-CHINH"_s)[u"stage"_s].toString() == u"response_received"_s);
}

TEST_CASE("The demo unit on its own is a self-assessment in progress", "[demo]")
{
    QTemporaryDir dir;
    const auto built = DemoBuilder::buildUnit(dir.path(), false);
    INFO(built.error().toStdString());
    REQUIRE(built.ok());
    CHECK_FALSE(DemoBuilder::buildUnit(dir.path(), false).ok()); // refuses to overwrite
    auto unit = UnitAssessment::open(built.value());
    REQUIRE(unit.ok());
    CHECK(unit.value()->evidence().size() == 3);
    CHECK(unit.value()->inputs().size() > 50);
    const auto key = unit.value()->centreKey();
    REQUIRE(key.ok());
    CHECK_FALSE(key.value().has_value()); // no centre to pair with
}
