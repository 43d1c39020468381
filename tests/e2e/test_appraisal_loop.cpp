// The whole appraisal loop through the command line: two units submit, the working group
// appraises round 1 and sends signed feedback, one unit answers in time and one does not, round 2,
// the council's approval — every figure, every lock and the reopen audit checked.
#include "core/criteria/CriteriaCatalog.h"
#include "support/TestSupport.h"

#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;
using test::runCli;

namespace {

struct Loop
{
    QTemporaryDir dir;
    QString centre = dir.filePath(u"C.parindex"_s);
    QString pass = dir.filePath(u"pass.txt"_s);
    QString centrePub = dir.filePath(u"centre.pub"_s);
    QString year = u"2025"_s;

    Loop()
    {
        test::writeFile(pass, "mật khẩu đủ dài\n");
        REQUIRE(runCli({u"new-centre"_s, u"--file"_s, centre}).exitCode == 0);
        const auto keygen =
            runCli({u"keygen"_s, u"--file"_s, centre, u"--passphrase-file"_s, pass, u"--public-out"_s, centrePub});
        INFO(keygen.err.toStdString());
        REQUIRE(keygen.exitCode == 0);
        REQUIRE(keygen.out.contains(u"fingerprint: sha256:"_s));
        REQUIRE(ok({u"appraisers"_s, u"add"_s, u"--file"_s, centre, u"--name"_s, u"Nguyễn Văn An"_s}));
    }
    QString unitFile(const QString& code) const { return dir.filePath(code + u".parindex"_s); }
    static bool ok(const QStringList& args)
    {
        const auto r = runCli(args);
        INFO(args.join(u' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 0);
        return r.exitCode == 0;
    }
    void makeUnit(const QString& code, const QString& name)
    {
        const QString u = unitFile(code);
        REQUIRE(ok({u"new-unit"_s, u"--file"_s, u, u"--code"_s, code, u"--name"_s, name, u"--group"_s, u"so"_s,
                    u"--year"_s, year, u"--set"_s, u"hanoi-2025-so"_s}));
        REQUIRE(ok({u"score"_s, u"--file"_s, u, u"--item"_s, u"1.1.1"_s, u"--option"_s, u"1"_s}));
        REQUIRE(ok({u"score"_s, u"--file"_s, u, u"--item"_s, u"1.1.2"_s, u"--option"_s, u"1"_s}));
        REQUIRE(ok({u"score"_s, u"--file"_s, u, u"--item"_s, u"1.1.3"_s, u"--ratio"_s, u"46/50"_s}));
        const QString pub = dir.filePath(code + u".pub"_s);
        REQUIRE(ok({u"keygen"_s, u"--file"_s, u, u"--passphrase-file"_s, pass, u"--public-out"_s, pub}));
        REQUIRE(ok(
            {u"units"_s, u"add"_s, u"--file"_s, centre, u"--code"_s, code, u"--name"_s, name, u"--group"_s, u"so"_s}));
        REQUIRE(ok({u"units"_s, u"enrol"_s, u"--file"_s, centre, u"--code"_s, code, u"--key"_s, pub}));
        REQUIRE(ok({u"centre-key"_s, u"--file"_s, u, u"--key"_s, centrePub}));
    }
    QString exportFrom(const QString& code, const QString& name)
    {
        const QString pkg = dir.filePath(name);
        REQUIRE(ok({u"export"_s, u"--file"_s, unitFile(code), u"--out"_s, pkg, u"--passphrase-file"_s, pass}));
        return pkg;
    }
    test::CliResult appraise(const QString& unit, QStringList more)
    {
        return runCli(QStringList{u"appraise"_s, u"--file"_s, centre, u"--year"_s, year, u"--unit"_s, unit, u"--by"_s,
                                  u"Nguyễn Văn An"_s} +
                      more);
    }
    QJsonObject appraisal()
    {
        const auto r = runCli({u"appraisal"_s, u"--file"_s, centre, u"--year"_s, year, u"--format"_s, u"json"_s});
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QJsonObject unitJson(const QString& code)
    {
        for (const QJsonValue& u : appraisal().value(u"units"_s).toArray()) {
            if (u[u"unit"_s].toString() == code)
                return u.toObject();
        }
        FAIL("no unit " << code.toStdString());
        return {};
    }
    QJsonObject itemJson(const QString& code, const QString& item)
    {
        for (const QJsonValue& i : unitJson(code).value(u"items"_s).toArray()) {
            if (i[u"item"_s].toString() == item)
                return i.toObject();
        }
        FAIL("no item " << item.toStdString());
        return {};
    }
    QString stage(const QString& code) { return unitJson(code).value(u"stage"_s).toString(); }
    QString feedback(const QString& unit)
    {
        const QString out = dir.filePath(u"feedback-"_s + unit + u".zip"_s);
        const auto r = runCli({u"feedback"_s, u"export"_s, u"--file"_s, centre, u"--year"_s, year, u"--unit"_s, unit,
                               u"--out"_s, out, u"--passphrase-file"_s, pass, u"--by"_s, u"Nguyễn Văn An"_s});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return out;
    }
    int auditRows(const QString& file) const { return test::countRows(file, u"audit_log"_s); }
};

QString dmy(const QDate& d)
{
    return d.toString(u"dd/MM/yyyy"_s);
}

} // namespace

TEST_CASE("The appraisal loop from submission to approval, through the command line", "[appraisal][e2e]")
{
    Loop w;
    w.makeUnit(u"SO-TC"_s, u"Sở Tài chính"_s);
    w.makeUnit(u"SO-XD"_s, u"Sở Xây dựng"_s);
    REQUIRE(Loop::ok({u"deadline"_s, u"set"_s, u"--file"_s, w.centre, u"--year"_s, w.year, u"--stage"_s,
                      u"explanation"_s, u"--at"_s, dmy(QDate::currentDate().addDays(30))}));
    const QString a1 = w.exportFrom(u"SO-TC"_s, u"a1.zip"_s);
    const QString b1 = w.exportFrom(u"SO-XD"_s, u"b1.zip"_s);
    REQUIRE(Loop::ok({u"import"_s, u"--file"_s, w.centre, a1, b1}));
    CHECK(w.stage(u"SO-TC"_s) == u"received"_s);
    const QJsonObject self = w.itemJson(u"SO-TC"_s, u"1.1.3"_s);
    CHECK(self[u"self"_s].toString() == u"2"_s); // 92 % reaches the top tier of 1.1.3
    CHECK(self[u"round1"_s].isNull());

    // Round 1 for SO-TC: one cut with a request for evidence, one accepted, the rest accepted.
    auto r = w.appraise(u"SO-TC"_s, {u"--item"_s, u"1.1.1"_s, u"--option"_s, u"2"_s, u"--comment"_s,
                                     u"Kế hoạch ban hành chậm"_s, u"--request"_s, u"evidence"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = w.appraise(u"SO-TC"_s, {u"--item"_s, u"1.1.2"_s, u"--accept"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(w.stage(u"SO-TC"_s) == u"round_1"_s);
    r = w.appraise(u"SO-TC"_s, {u"--accept-rest"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonObject item = w.itemJson(u"SO-TC"_s, u"1.1.1"_s);
    CHECK(item[u"self"_s].toString() == u"1"_s);
    CHECK(item[u"round1"_s].toString() == u"0.5"_s);
    CHECK(item[u"final"_s].toString() == u"0.5"_s);
    CHECK(item[u"request"_s].toString() == u"evidence"_s);
    CHECK(item[u"comment"_s].toString() == u"Kế hoạch ban hành chậm"_s);
    CHECK(w.itemJson(u"SO-TC"_s, u"1.2.1"_s)[u"round1"_s].toString() == u"0"_s); // unscored, taken at 0
    CHECK(w.itemJson(u"SO-TC"_s, u"1.1.4"_s)[u"round1"_s].toString() == u"0"_s); // unscored option: at 0

    // A request needs a comment; an appraiser must be registered; a bad score is refused.
    CHECK(w.appraise(u"SO-XD"_s, {u"--item"_s, u"1.1.3"_s, u"--accept"_s, u"--request"_s, u"explanation"_s}).exitCode ==
          1);
    CHECK(runCli({u"appraise"_s, u"--file"_s, w.centre, u"--year"_s, w.year, u"--unit"_s, u"SO-XD"_s, u"--by"_s,
                  u"Người lạ"_s, u"--item"_s, u"1.1.2"_s, u"--accept"_s})
              .exitCode == 1);
    CHECK(w.appraise(u"SO-XD"_s, {u"--item"_s, u"1.1.2"_s, u"--option"_s, u"9"_s}).exitCode == 1);
    CHECK(w.appraise(u"SO-XD"_s, {u"--item"_s, u"1.1.2"_s}).exitCode == 2);

    // Round 1 for SO-XD: 1.1.2 cut to 0, 1.1.3 asked to explain.
    REQUIRE(w.appraise(u"SO-XD"_s, {u"--item"_s, u"1.1.2"_s, u"--option"_s, u"2"_s, u"--comment"_s, u"Không đạt"_s})
                .exitCode == 0);
    REQUIRE(w.appraise(u"SO-XD"_s, {u"--item"_s, u"1.1.3"_s, u"--accept"_s, u"--comment"_s,
                                    u"Giải trình cách tính tỷ lệ"_s, u"--request"_s, u"explanation"_s})
                .exitCode == 0);
    REQUIRE(w.appraise(u"SO-XD"_s, {u"--accept-rest"_s}).exitCode == 0);

    // Closing round 1 locks it: an edit is refused and changes nothing.
    REQUIRE(Loop::ok({u"round"_s, u"close"_s, u"--file"_s, w.centre, u"--year"_s, w.year, u"--round"_s, u"1"_s,
                      u"--unit"_s, u"SO-XD"_s}));
    int audit = w.auditRows(w.centre);
    r = w.appraise(u"SO-XD"_s, {u"--item"_s, u"1.1.2"_s, u"--accept"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"round 1 of SO-XD is closed"_s));
    CHECK(w.auditRows(w.centre) == audit);
    CHECK(w.itemJson(u"SO-XD"_s, u"1.1.2"_s)[u"round1"_s].toString() == u"0"_s);

    // Feedback for both; round 1 of SO-TC closes with its export.
    const QString fa = w.feedback(u"SO-TC"_s);
    const QString fb = w.feedback(u"SO-XD"_s);
    CHECK(w.stage(u"SO-TC"_s) == u"feedback_sent"_s);
    r = w.appraise(u"SO-TC"_s, {u"--item"_s, u"1.1.1"_s, u"--accept"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"response arrives"_s));

    // SO-TC imports its feedback: self-scores locked, only the requested item takes evidence.
    const QString ua = w.unitFile(u"SO-TC"_s);
    r = runCli({u"feedback"_s, u"import"_s, u"--file"_s, ua, fa});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"1 item(s) need an explanation or evidence"_s));
    CHECK(runCli({u"feedback"_s, u"import"_s, u"--file"_s, ua, fa}).out.contains(u"already imported"_s));
    r = runCli({u"score"_s, u"--file"_s, ua, u"--item"_s, u"1.1.1"_s, u"--option"_s, u"1"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"self-scores are locked"_s));
    CHECK(runCli({u"explain"_s, u"--file"_s, ua, u"--item"_s, u"1.1.2"_s, u"--text"_s, u"x"_s}).exitCode == 1);
    const QString proof = w.dir.filePath(u"QĐ ban hành kế hoạch.pdf"_s);
    test::writeFile(proof, "%PDF quyết định");
    REQUIRE(Loop::ok({u"attach"_s, u"--file"_s, ua, u"--item"_s, u"1.1.1"_s, u"--doc"_s, proof, u"--number"_s,
                      u"15/QĐ-STC"_s, u"--date"_s, u"10/01/2025"_s, u"--summary"_s, u"Ban hành kế hoạch CCHC"_s}));
    const QString a2 = w.exportFrom(u"SO-TC"_s, u"a2.zip"_s);
    REQUIRE(Loop::ok({u"import"_s, u"--file"_s, w.centre, a2}));
    CHECK(w.stage(u"SO-TC"_s) == u"response_received"_s);

    // Round 2 for SO-TC: the evidence convinced.
    r = w.appraise(u"SO-TC"_s, {u"--item"_s, u"1.1.1"_s, u"--accept"_s, u"--comment"_s, u"Đã bổ sung quyết định"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"round 2"_s));
    CHECK(w.stage(u"SO-TC"_s) == u"round_2"_s);
    CHECK(w.appraise(u"SO-TC"_s,
                     {u"--item"_s, u"1.1.2"_s, u"--accept"_s, u"--comment"_s, u"x"_s, u"--request"_s, u"evidence"_s})
              .exitCode == 1); // no requests in round 2
    REQUIRE(Loop::ok({u"round"_s, u"close"_s, u"--file"_s, w.centre, u"--year"_s, w.year, u"--round"_s, u"2"_s,
                      u"--unit"_s, u"SO-TC"_s}));
    item = w.itemJson(u"SO-TC"_s, u"1.1.1"_s);
    CHECK(item[u"round1"_s].toString() == u"0.5"_s);
    CHECK(item[u"round2"_s].toString() == u"1"_s);
    CHECK(item[u"final"_s].toString() == u"1"_s);
    CHECK(item[u"comment"_s].toString() == u"Đã bổ sung quyết định"_s);
    CHECK(w.stage(u"SO-TC"_s) == u"appraised"_s);

    // SO-XD answers too late: the explanation deadline moved (audited, with a reason) to yesterday.
    const QString ub = w.unitFile(u"SO-XD"_s);
    REQUIRE(Loop::ok({u"feedback"_s, u"import"_s, u"--file"_s, ub, fb}));
    REQUIRE(
        Loop::ok({u"explain"_s, u"--file"_s, ub, u"--item"_s, u"1.1.3"_s, u"--text"_s, u"Tỷ lệ tính trên 50 hồ sơ"_s}));
    const QString b2 = w.exportFrom(u"SO-XD"_s, u"b2.zip"_s);
    CHECK(runCli({u"deadline"_s, u"set"_s, u"--file"_s, w.centre, u"--year"_s, w.year, u"--stage"_s, u"explanation"_s,
                  u"--at"_s, dmy(QDate::currentDate().addDays(-1))})
              .exitCode == 1); // a change needs a reason
    REQUIRE(Loop::ok({u"deadline"_s, u"set"_s, u"--file"_s, w.centre, u"--year"_s, w.year, u"--stage"_s,
                      u"explanation"_s, u"--at"_s, dmy(QDate::currentDate().addDays(-1)), u"--reason"_s,
                      u"Theo Công văn 45/SNV, hạn giải trình là hôm qua"_s}));
    CHECK(test::queryValue(w.centre, u"SELECT old_value || ' ' || item FROM audit_log WHERE entity = 'deadline' "
                                     "ORDER BY id DESC LIMIT 1"_s)
              .contains(u"Công văn 45/SNV"_s));
    const int versions = test::countRows(w.centre, u"submissions"_s);
    audit = w.auditRows(w.centre);
    r = runCli({u"import"_s, u"--file"_s, w.centre, b2});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains(u"deadline passed"_s));
    CHECK(r.out.contains(u"the explanations closed on"_s));
    CHECK(test::countRows(w.centre, u"submissions"_s) == versions);
    CHECK(w.auditRows(w.centre) == audit);
    CHECK(w.stage(u"SO-XD"_s) == u"feedback_sent"_s);

    // Round 2 for SO-XD opens once the deadline has passed; its round-1 decisions carry over.
    REQUIRE(w.appraise(u"SO-XD"_s, {u"--accept-rest"_s}).exitCode == 0);
    REQUIRE(Loop::ok({u"round"_s, u"close"_s, u"--file"_s, w.centre, u"--year"_s, w.year, u"--round"_s, u"2"_s,
                      u"--unit"_s, u"SO-XD"_s}));
    CHECK(w.itemJson(u"SO-XD"_s, u"1.1.2"_s)[u"final"_s].toString() == u"0"_s);

    // Reopening needs a reason and is audited; closing again.
    CHECK(runCli({u"round"_s, u"reopen"_s, u"--file"_s, w.centre, u"--year"_s, w.year, u"--round"_s, u"2"_s,
                  u"--unit"_s, u"SO-XD"_s, u"--by"_s, u"Nguyễn Văn An"_s})
              .exitCode == 2);
    REQUIRE(Loop::ok({u"round"_s, u"reopen"_s, u"--file"_s, w.centre, u"--year"_s, w.year, u"--round"_s, u"2"_s,
                      u"--unit"_s, u"SO-XD"_s, u"--reason"_s, u"Rà soát lại tiêu chí 1.1.3"_s, u"--by"_s,
                      u"Nguyễn Văn An"_s}));
    CHECK(test::queryValue(w.centre, u"SELECT actor || ' | ' || old_value FROM audit_log WHERE entity = "
                                     "'round-reopened' ORDER BY id DESC LIMIT 1"_s) ==
          u"Nguyễn Văn An | Rà soát lại tiêu chí 1.1.3"_s);
    CHECK(w.stage(u"SO-XD"_s) == u"round_2"_s);
    REQUIRE(Loop::ok({u"round"_s, u"close"_s, u"--file"_s, w.centre, u"--year"_s, w.year, u"--round"_s, u"2"_s,
                      u"--unit"_s, u"SO-XD"_s}));

    // Results follow the appraised points before the approval, marked not final.
    auto results = runCli({u"results"_s, u"--file"_s, w.centre, u"--year"_s, w.year, u"--format"_s, u"json"_s});
    REQUIRE(results.exitCode == 0);
    auto totals = [&] {
        QHash<QString, QString> out;
        const auto doc = QJsonDocument::fromJson(
            runCli({u"results"_s, u"--file"_s, w.centre, u"--year"_s, w.year, u"--format"_s, u"json"_s}).out.toUtf8());
        for (const QJsonValue& g : doc[u"groups"_s].toArray())
            for (const QJsonValue& u : g[u"units"_s].toArray())
                out.insert(u[u"code"_s].toString(), u[u"total"_s].toString());
        return out;
    };
    // SO-TC: 1 + 0.5 + 2 (the rest unscored, at 0); SO-XD: 1 + 0 + 2.
    CHECK(totals().value(u"SO-TC"_s) == u"3.5"_s);
    CHECK(totals().value(u"SO-XD"_s) == u"3"_s);
    const auto table = runCli({u"results"_s, u"--file"_s, w.centre, u"--year"_s, w.year});
    CHECK(table.out.contains(u"(not final: Appraised)"_s));
    CHECK(results.out.contains(u"\"final\": false"_s));

    // The survey institute's table: both units, every survey item of the 2025 set (1.6.1 … 8.5.3).
    const QString survey = w.dir.filePath(u"dtxhh.csv"_s);
    {
        QString csv = u"STT;Mã đơn vị;Mã tiêu chí;Tỷ lệ (%)\n"_s;
        int n = 0;
        for (const QString& unit : {u"SO-TC"_s, u"SO-XD"_s}) {
            for (const auto* leaf : parindex::CriteriaCatalog::shippedById(u"hanoi-2025-so"_s)->surveyLeaves())
                csv += u"%1;%2;%3;80\n"_s.arg(++n).arg(unit, leaf->code);
        }
        test::writeFile(survey, csv.toUtf8());
    }
    r = runCli({u"import-survey"_s, u"--file"_s, w.centre, u"--year"_s, w.year, u"--dry-run"_s, survey});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"the table is good (points per unit and item): 2 unit(s)"_s));

    // The council: more than half of its members; then everything is read-only.
    auto approve = [&](const QString& inFavour) {
        return runCli({u"approve"_s, u"--file"_s, w.centre, u"--year"_s, w.year, u"--decision"_s, u"123/QĐ-UBND"_s,
                       u"--date"_s, u"15/02/2026"_s, u"--members"_s, u"10"_s, u"--in-favour"_s, inFavour});
    };
    r = approve(u"5"_s);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"more than half"_s));
    REQUIRE(approve(u"6"_s).exitCode == 0);
    CHECK(w.stage(u"SO-TC"_s) == u"approved"_s);
    audit = w.auditRows(w.centre);
    r = w.appraise(u"SO-XD"_s, {u"--item"_s, u"1.1.2"_s, u"--accept"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"approved"_s));
    CHECK(runCli({u"round"_s, u"reopen"_s, u"--file"_s, w.centre, u"--year"_s, w.year, u"--round"_s, u"2"_s,
                  u"--unit"_s, u"SO-XD"_s, u"--reason"_s, u"x"_s, u"--by"_s, u"Nguyễn Văn An"_s})
              .exitCode == 1);
    CHECK(runCli({u"deadline"_s, u"set"_s, u"--file"_s, w.centre, u"--year"_s, w.year, u"--stage"_s, u"round2"_s,
                  u"--at"_s, u"01/03/2026"_s})
              .exitCode == 1);
    CHECK(approve(u"7"_s).exitCode == 1);
    r = runCli({u"import-survey"_s, u"--file"_s, w.centre, u"--year"_s, w.year, survey});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"the council approved the 2025 results (123/QĐ-UBND); the survey can no longer change"_s));
    r = runCli({u"import"_s, u"--file"_s, w.centre, b2});
    CHECK(r.out.contains(u"year approved"_s));
    CHECK(w.auditRows(w.centre) == audit);
    CHECK(totals().value(u"SO-TC"_s) == u"3.5"_s);
    CHECK_FALSE(runCli({u"results"_s, u"--file"_s, w.centre, u"--year"_s, w.year}).out.contains(u"not final"_s));
}
