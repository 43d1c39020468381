#include "support/SetBuilder.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;
using test::runCli;

namespace {
QStringList with(const QString& file, QStringList args)
{
    args.append({u"--file"_s, file});
    return args;
}
} // namespace

TEST_CASE("parindex-cli takes a unit through self-assessment", "[cli][unit]")
{
    QTemporaryDir dir;
    const QString u = dir.filePath(u"U.parindex"_s);
    const auto created = runCli({u"new-unit"_s, u"--file"_s, u, u"--code"_s, u"SO-TC"_s, u"--name"_s, u"Sở Tài chính"_s,
                                 u"--group"_s, u"so"_s, u"--year"_s, u"2025"_s, u"--set"_s, u"hanoi-2025-so"_s});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(u"108 items"_s));

    SECTION("every input kind, and refusals with their reason")
    {
        CHECK(runCli(with(u, {u"score"_s, u"--item"_s, u"1.1.1"_s, u"--option"_s, u"2"_s}))
                  .out.contains(u"1.1.1: 0,5 of 1 points"_s));
        CHECK(runCli(with(u, {u"score"_s, u"--item"_s, u"1.1.3"_s, u"--ratio"_s, u"46/50"_s}))
                  .out.contains(u"1.1.3: 2 of 2"_s));
        CHECK(runCli(with(u, {u"score"_s, u"--item"_s, u"1.2.1"_s, u"--count"_s, u"2"_s}))
                  .out.contains(u"1.2.1: 0,5 of 1"_s));
        CHECK(runCli(with(u, {u"score"_s, u"--item"_s, u"1.4.3"_s, u"--value"_s, u"0,25"_s})).exitCode == 0);
        CHECK(runCli(with(u, {u"score"_s, u"--item"_s, u"1.4.3"_s, u"--value"_s, u"0.5"_s})).exitCode == 0);
        const auto na = runCli(
            with(u, {u"score"_s, u"--item"_s, u"1.3.2"_s, u"--not-applicable"_s, u"Không có đơn vị trực thuộc"_s}));
        CHECK(na.out.contains(u"not applicable"_s));
        CHECK(na.out.contains(u"of 99"_s)); // the denominator shrank

        const auto above = runCli(with(u, {u"score"_s, u"--item"_s, u"1.1.3"_s, u"--ratio"_s, u"55/50"_s}));
        CHECK(above.exitCode == 1);
        CHECK(above.err == u"parindex-cli score: item 1.1.3: the numerator 55 is larger than the denominator 50\n"_s);
        CHECK(runCli(with(u, {u"score"_s, u"--item"_s, u"1.4.3"_s, u"--value"_s, u"0,3"_s}))
                  .err.contains(u"step 0,25"_s));
        CHECK(runCli(with(u, {u"score"_s, u"--item"_s, u"1.1.1"_s, u"--option"_s, u"4"_s}))
                  .err.contains(u"no option 4"_s));
        CHECK(runCli(with(u, {u"score"_s, u"--item"_s, u"1.1.1"_s, u"--not-applicable"_s, u"x"_s})).exitCode == 1);
        CHECK(runCli(with(u, {u"score"_s, u"--item"_s, u"9.9.9"_s, u"--count"_s, u"1"_s})).exitCode == 1);
        CHECK(runCli(with(u, {u"score"_s, u"--item"_s, u"1.1.1"_s})).exitCode == 2);
        CHECK(runCli(with(u, {u"score"_s, u"--item"_s, u"1.1.1"_s, u"--option"_s, u"1"_s, u"--count"_s, u"1"_s}))
                  .exitCode == 2);
        CHECK(test::countRows(u, u"item_inputs"_s) == 5);
    }
    SECTION("explain, attach, check and the report")
    {
        REQUIRE(runCli(with(u, {u"score"_s, u"--item"_s, u"1.1.1"_s, u"--option"_s, u"1"_s})).exitCode == 0);
        REQUIRE(runCli(with(u, {u"score"_s, u"--item"_s, u"1.1.2"_s, u"--option"_s, u"1"_s})).exitCode == 0);
        const auto before = runCli(with(u, {u"check"_s}));
        CHECK(before.exitCode == 1);
        CHECK(before.out.contains(u"1.1.1: 1 points claimed without evidence or an explanation"_s));
        CHECK(before.out.contains(u"1.1.4: not scored yet"_s));

        const QString plan = dir.filePath(u"Kế hoạch CCHC 2025.pdf"_s);
        test::writeFile(plan, "%PDF-1.4 plan");
        const auto attached =
            runCli(with(u, {u"attach"_s, u"--item"_s, u"1.1.1,1.1.2"_s, u"--doc"_s, plan, u"--number"_s, u"12/KH-STC"_s,
                            u"--date"_s, u"10/01/2025"_s, u"--summary"_s, u"Kế hoạch cải cách hành chính năm 2025"_s}));
        INFO(attached.err.toStdString());
        REQUIRE(attached.exitCode == 0);
        CHECK(runCli(with(u, {u"attach"_s, u"--item"_s, u"1.1.1"_s, u"--doc"_s, plan, u"--date"_s, u"31/02/2025"_s}))
                  .exitCode == 2);
        REQUIRE(
            runCli(with(u, {u"explain"_s, u"--item"_s, u"1.1.3"_s, u"--text"_s, u"Báo cáo số 45/BC-STC"_s})).exitCode ==
            0);
        const auto after = runCli(with(u, {u"check"_s}));
        CHECK_FALSE(after.out.contains(u"1.1.1:"_s));
        CHECK_FALSE(after.out.contains(u"1.1.2:"_s));

        const QString pdf = dir.filePath(u"report.pdf"_s);
        const auto report = runCli(with(u, {u"report"_s, u"self"_s, u"--out"_s, pdf}));
        INFO(report.err.toStdString());
        REQUIRE(report.exitCode == 0);
        CHECK(report.err.isEmpty());
        const QString content = test::pdfText(pdf);
        CHECK(content.contains(u"SỞ TÀI CHÍNH"_s));
        CHECK(content.contains(u"Tổng điểm tự đánh giá: 1,5"_s));
        CHECK(content.contains(u"12/KH-STC"_s));
        CHECK(runCli(with(u, {u"report"_s, u"centre"_s, u"--out"_s, pdf})).exitCode == 2);

        // The same report in English, on request.
        REQUIRE(runCli(with(u, {u"report"_s, u"self"_s, u"--out"_s, pdf, u"--language"_s, u"en"_s})).exitCode == 0);
        const QString en = test::pdfText(pdf);
        CHECK(en.contains(u"SOCIALIST REPUBLIC OF VIETNAM"_s));
        CHECK(en.contains(u"Self-assessed total: 1.5"_s));
        CHECK_FALSE(en.contains(u"CỘNG HÒA"_s));
    }
    SECTION("a criteria set file that fails validation is refused with its problems")
    {
        const QString bad = dir.filePath(u"bad.json"_s);
        test::writeFile(bad, test::toBytes(test::with(test::smallSet(), {u"scale"_s}, u"100"_s)));
        const auto r = runCli({u"new-unit"_s, u"--file"_s, dir.filePath(u"V.parindex"_s), u"--code"_s, u"X"_s,
                               u"--name"_s, u"Sở X"_s, u"--group"_s, u"so"_s, u"--year"_s, u"2025"_s, u"--set"_s, bad});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"areas add up to 10,00 but the scale is 100,00"_s));
        CHECK_FALSE(QFile::exists(dir.filePath(u"V.parindex"_s)));
    }
}

TEST_CASE("parindex-cli keygen and the centre's units add, enrol and revoke", "[cli][crypto]")
{
    QTemporaryDir dir;
    const QString u = dir.filePath(u"U.parindex"_s);
    const QString c = dir.filePath(u"C.parindex"_s);
    REQUIRE(runCli({u"new-unit"_s, u"--file"_s, u, u"--code"_s, u"SO-TC"_s, u"--name"_s, u"Sở Tài chính"_s,
                    u"--group"_s, u"so"_s, u"--year"_s, u"2025"_s, u"--set"_s, u"hanoi-2025-so"_s})
                .exitCode == 0);
    const QString pass = dir.filePath(u"pass.txt"_s);
    test::writeFile(pass, "mật khẩu của đơn vị\n");
    const QString pub = dir.filePath(u"K.pub"_s);
    const auto keygen = runCli({u"keygen"_s, u"--file"_s, u, u"--passphrase-file"_s, pass, u"--public-out"_s, pub});
    INFO(keygen.err.toStdString());
    REQUIRE(keygen.exitCode == 0);
    const QString fingerprint = keygen.out.section(u"fingerprint: "_s, 1).section(u'\n', 0, 0);
    CHECK(fingerprint.startsWith(u"sha256:"_s));
    CHECK(fingerprint.size() == 7 + 64);
    CHECK(test::readFile(pub).startsWith("-----BEGIN PUBLIC KEY-----"));

    REQUIRE(runCli({u"new-centre"_s, u"--file"_s, c}).exitCode == 0);
    CHECK(runCli({u"units"_s, u"enrol"_s, u"--file"_s, c, u"--code"_s, u"SO-TC"_s, u"--key"_s, pub})
              .err.contains(u"no unit"_s));
    REQUIRE(runCli({u"units"_s, u"add"_s, u"--file"_s, c, u"--code"_s, u"SO-TC"_s, u"--name"_s, u"Sở Tài chính"_s,
                    u"--group"_s, u"so"_s})
                .exitCode == 0);
    REQUIRE(runCli({u"units"_s, u"add"_s, u"--file"_s, c, u"--code"_s, u"BQL"_s, u"--name"_s, u"Ban Quản lý dự án"_s,
                    u"--group"_s, u"Sở, cơ quan tương đương Sở"_s, u"--not-ranked"_s})
                .exitCode == 0);
    const auto enrol = runCli({u"units"_s, u"enrol"_s, u"--file"_s, c, u"--code"_s, u"SO-TC"_s, u"--key"_s, pub});
    CHECK(enrol.exitCode == 0);
    CHECK(enrol.out.contains(fingerprint));
    CHECK(runCli({u"units"_s, u"enrol"_s, u"--file"_s, c, u"--code"_s, u"BQL"_s, u"--key"_s, pub}).exitCode == 1);
    CHECK(runCli({u"units"_s, u"enrol"_s, u"--file"_s, c, u"--code"_s, u"BQL"_s, u"--key"_s, pass})
              .err.contains(u"not a public key"_s));
    const auto list = runCli({u"units"_s, u"list"_s, u"--file"_s, c});
    CHECK(list.out.contains(u"BQL\tso\tBan Quản lý dự án\t(not ranked)"_s));
    CHECK(list.out.contains(fingerprint));
    CHECK(runCli({u"units"_s, u"revoke"_s, u"--file"_s, c, u"--code"_s, u"SO-TC"_s, u"--key"_s, pub}).exitCode == 0);
    CHECK(runCli({u"units"_s, u"revoke"_s, u"--file"_s, c, u"--code"_s, u"SO-TC"_s}).exitCode == 1); // none left
    CHECK(runCli({u"units"_s, u"list"_s, u"--file"_s, c}).out.contains(fingerprint + u" revoked"_s));
    // Export: warnings listed; --strict refuses while the check finds problems; a wrong passphrase
    // signs nothing. No package is left behind by a refusal.
    const QString pkg = dir.filePath(u"PKG.zip"_s);
    const auto strict =
        runCli({u"export"_s, u"--file"_s, u, u"--out"_s, pkg, u"--passphrase-file"_s, pass, u"--strict"_s});
    CHECK(strict.exitCode == 1);
    CHECK(strict.err.contains(u"warning: 1.1.1: not scored yet"_s));
    CHECK_FALSE(QFile::exists(pkg));
    const QString wrong = dir.filePath(u"wrong.txt"_s);
    test::writeFile(wrong, "not the passphrase\n");
    CHECK(runCli({u"export"_s, u"--file"_s, u, u"--out"_s, pkg, u"--passphrase-file"_s, wrong})
              .err.contains(u"wrong passphrase"_s));
    CHECK_FALSE(QFile::exists(pkg));
    const auto exported = runCli({u"export"_s, u"--file"_s, u, u"--out"_s, pkg, u"--passphrase-file"_s, pass});
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.contains(u"sequence 1"_s));
    CHECK(runCli({u"export"_s, u"--file"_s, u, u"--out"_s, pkg, u"--passphrase-file"_s, pass})
              .out.contains(u"sequence 2"_s));

    // The unit's file is not the centre's.
    CHECK(runCli({u"units"_s, u"list"_s, u"--file"_s, u}).exitCode == 1);
    // A wrong or empty passphrase file.
    test::writeFile(pass, "\n");
    CHECK(runCli({u"keygen"_s, u"--file"_s, u, u"--passphrase-file"_s, pass, u"--public-out"_s, pub})
              .err.contains(u"empty"_s));
}
