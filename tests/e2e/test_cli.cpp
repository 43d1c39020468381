#include "core/common/UnitGroup.h"
#include "support/SetBuilder.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;
using test::runCli;

TEST_CASE("parindex-cli lists its commands and each has help", "[cli]")
{
    const auto help = runCli({u"--help"_s});
    CHECK(help.exitCode == 0);
    for (const QString& cmd : {u"sets"_s, u"new-centre"_s, u"import-results"_s, u"results"_s, u"demo"_s}) {
        CHECK(help.out.contains(cmd));
        const auto sub = runCli({cmd, u"--help"_s});
        INFO(cmd.toStdString() << ": " << sub.err.toStdString());
        CHECK(sub.exitCode == 0);
        CHECK(sub.out.contains(u"Usage: parindex-cli "_s + cmd));
    }
    const auto unknown = runCli({u"frobnicate"_s});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.trimmed().count(u'\n') == 0);
    CHECK(unknown.err.contains(u"unknown command 'frobnicate'"_s));
    CHECK(runCli({}).exitCode != 0);
}

TEST_CASE("parindex-cli sets list and validate", "[cli]")
{
    const auto list = runCli({u"sets"_s, u"list"_s});
    CHECK(list.exitCode == 0);
    for (const QString& id :
         {u"hanoi-2025-so"_s, u"hanoi-2025-xa"_s, u"hanoi-2024-so"_s, u"hanoi-2024-huyen"_s, u"bnv-2948-tinh-2018"_s})
        CHECK(list.out.contains(id));

    const auto valid = runCli({u"sets"_s, u"validate"_s, test::sourcePath(u"criteria_templates/hanoi-2025-so.json"_s)});
    CHECK(valid.exitCode == 0);
    CHECK(valid.out.contains(u"valid"_s));

    QTemporaryDir dir;
    const QString broken = dir.filePath(u"broken.json"_s);
    test::writeFile(broken,
                    test::toBytes(test::with(test::smallSet(), {u"areas"_s, 0, u"criteria"_s, 0, u"max"_s}, u"3.5"_s)));
    const auto invalid =
        runCli({u"sets"_s, u"validate"_s, test::sourcePath(u"criteria_templates/hanoi-2025-xa.json"_s), broken});
    CHECK(invalid.exitCode == 1);
    CHECK(invalid.out.contains(u"areas[0] \"1\" criteria[0] \"1.1\": children add up to 3,00 but max is 3,50"_s));
    CHECK(invalid.out.contains(u"invalid, 2 problem(s)"_s));
    CHECK(runCli({u"sets"_s, u"validate"_s}).exitCode == 2);
    CHECK(runCli({u"sets"_s, u"validate"_s, dir.filePath(u"missing.json"_s)}).exitCode == 1);
}

TEST_CASE("parindex-cli new-centre, import-results and results end to end", "[cli]")
{
    QTemporaryDir dir;
    const QString centre = dir.filePath(u"C.parindex"_s);
    REQUIRE(runCli({u"new-centre"_s, u"--file"_s, centre}).exitCode == 0);
    const auto again = runCli({u"new-centre"_s, u"--file"_s, centre});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"already exists"_s));

    const QString csv = dir.filePath(u"2024.csv"_s);
    test::writeFile(csv, "\xEF\xBB\xBFunit;group;appraised;survey;bonus;penalty\n"
                         "Sở Tài chính;so;60,08;24,5;0;0\n"
                         "Sở Tư pháp;so;58;26,58;0;0\n"
                         "Sở Y tế;so;55;20;0;1\n"
                         "Quận Cầu Giấy;huyen;66,3;29,5;0;0\n"
                         "Huyện Quốc Oai;Quận/huyện;65,7;30;0;0\n"
                         "Quận Ba Đình;huyen;65,7;30;0;0\n");
    const auto imported = runCli({u"import-results"_s, u"--file"_s, centre, u"--year"_s, u"2024"_s, csv});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(u"imported 6 result(s) for 2024"_s));

    SECTION("json")
    {
        const auto r = runCli({u"results"_s, u"--file"_s, centre, u"--year"_s, u"2024"_s, u"--format"_s, u"json"_s});
        REQUIRE(r.exitCode == 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        CHECK(root[u"year"_s].toInt() == 2024);
        const QJsonArray groups = root[u"groups"_s].toArray();
        REQUIRE(groups.size() == 2);
        const QJsonObject so = groups.at(0).toObject();
        CHECK(so[u"group"_s].toString() == u"so"_s);
        CHECK(so[u"average_index"_s].toString() == u"81.05"_s); // (84,58 + 84,58 + 74) / 3
        const QJsonArray units = so[u"units"_s].toArray();
        REQUIRE(units.size() == 3);
        const QJsonObject first = units.at(0).toObject();
        CHECK(first[u"rank"_s].toInt() == 1);
        CHECK(first[u"total"_s].toString() == u"84.58"_s);
        CHECK(first[u"max"_s].toString() == u"100"_s);
        CHECK(first[u"index"_s].toString() == u"84.58"_s);
        CHECK(first[u"appraised"_s].toString() == u"60.08"_s);
        CHECK(first[u"survey"_s].toString() == u"24.5"_s);
        CHECK(first[u"penalty"_s].toString() == u"0"_s);
        CHECK(first[u"previous_index"_s].isNull());
        CHECK(first[u"previous_rank"_s].isNull());
        CHECK(units.at(2).toObject()[u"penalty"_s].toString() == u"1"_s);
        CHECK(units.at(1).toObject()[u"rank"_s].toInt() == 1); // a real tie
        CHECK(units.at(2).toObject()[u"rank"_s].toInt() == 3);
        const QJsonArray huyen = groups.at(1).toObject()[u"units"_s].toArray();
        CHECK(huyen.at(0).toObject()[u"unit"_s].toString() == u"Quận Cầu Giấy"_s);
        CHECK(huyen.at(1).toObject()[u"rank"_s].toInt() == 2);
        CHECK(huyen.at(2).toObject()[u"rank"_s].toInt() == 2);
    }
    SECTION("csv")
    {
        const auto r = runCli({u"results"_s, u"--file"_s, centre, u"--year"_s, u"2024"_s, u"--format"_s, u"csv"_s,
                               u"--group"_s, u"huyen"_s});
        REQUIRE(r.exitCode == 0);
        const QStringList lines = r.out.trimmed().split(u'\n');
        CHECK(lines.first().startsWith(u"group,rank,"_s));
        CHECK(lines.first().contains(u"unit,appraised,survey,bonus,penalty,total"_s));
        CHECK(lines.size() == 4);
        // Imported results get no band from another issuer's set: the table gave none.
        CHECK(lines.at(1) == u"huyen,1,QUAN-CAU-GIAY,Quận Cầu Giấy,66.3,29.5,0,0,95.8,100,95.80,,,"_s);
    }
    SECTION("xlsx: one sheet per group, numbers as numbers, read back by openpyxl")
    {
        const QString xlsx = dir.filePath(u"ket-qua.xlsx"_s);
        const auto r = runCli(
            {u"results"_s, u"--file"_s, centre, u"--year"_s, u"2024"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, xlsx});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QProcess python;
        python.start(u"/usr/bin/python3"_s,
                     {u"-c"_s,
                      u"import json, sys, openpyxl\n"
                      "wb = openpyxl.load_workbook(sys.argv[1])\n"
                      "out = {}\n"
                      "for ws in wb.worksheets:\n"
                      "    out[ws.title] = {'freeze': ws.freeze_panes, 'filter': ws.auto_filter.ref,\n"
                      "        'rows': [[[c.value, c.data_type, c.number_format] for c in row] for row in "
                      "ws.iter_rows()]}\n"
                      "print(json.dumps(out, ensure_ascii=False))\n"_s,
                      xlsx});
        REQUIRE(python.waitForFinished(60000));
        INFO(python.readAllStandardError().toStdString());
        const QJsonObject book = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        REQUIRE(book.size() == 2);
        QJsonObject so; // the sheet of the Sở (named after the group, in the workbook's language)
        for (const QString& name : book.keys()) {
            if (QJsonDocument(book.value(name).toObject()).toJson().contains("Sở Tài chính"))
                so = book.value(name).toObject();
        }
        CHECK(so[u"freeze"_s].toString() == u"A3"_s);
        const QJsonArray rows = so[u"rows"_s].toArray();
        // Title, header, then Sở Tài chính ranked first: appraised 60,08 as a number with two decimals.
        const QJsonArray first = rows.at(2).toArray();
        CHECK(first.at(2).toArray().at(0).toString() == u"Sở Tài chính"_s);
        CHECK(first.at(3).toArray().at(0).toDouble() == 60.08);
        CHECK(first.at(3).toArray().at(1).toString() == u"n"_s);
        CHECK(first.at(3).toArray().at(2).toString() == u"0.00"_s);
        CHECK(first.at(9).toArray().at(0).toDouble() == 84.58);
        CHECK(first.at(10).toArray().at(0).toInt() == 1);
        // The group average below the table: (84,58 + 84,58 + 74) / 3.
        bool average = false;
        for (const QJsonValue& row : rows)
            average = average || row.toArray().at(9).toArray().at(0).toDouble() == 81.05;
        CHECK(average);
    }
    SECTION("table")
    {
        const auto r = runCli({u"results"_s, u"--file"_s, centre, u"--year"_s, u"2024"_s});
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(u"84,58"_s));
        CHECK(r.out.contains(u"Quận Cầu Giấy"_s));
        CHECK(r.out.contains(u"95,80"_s));
        CHECK_FALSE(r.out.contains(u"84.58"_s));
    }
    SECTION("bad input: nothing imported, each bad row named, one-line reason")
    {
        const QString bad = dir.filePath(u"bad.csv"_s);
        test::writeFile(bad, "unit,group,appraised,survey\nSở Nội vụ,so,60,30\nSở Xây dựng,tinh,60,30\n");
        const int before = test::countRows(centre, u"assessments"_s);
        const auto r = runCli({u"import-results"_s, u"--file"_s, centre, u"--year"_s, u"2022"_s, bad});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"line 3: unknown group \"tinh\""_s));
        CHECK(r.err.contains(u"nothing imported"_s));
        CHECK(test::countRows(centre, u"assessments"_s) == before);
        CHECK(runCli({u"results"_s, u"--file"_s, centre, u"--year"_s, u"20x"_s}).exitCode == 2);
        CHECK(runCli({u"results"_s, u"--file"_s, centre, u"--year"_s, u"2024"_s, u"--format"_s, u"xml"_s}).exitCode ==
              2);
        CHECK(runCli({u"results"_s, u"--file"_s, dir.filePath(u"none.parindex"_s), u"--year"_s, u"2024"_s}).exitCode ==
              1);
    }
}

TEST_CASE("parindex-cli demo writes a realistic centre", "[cli][demo]")
{
    QTemporaryDir dir;
    const auto r = runCli({u"demo"_s, u"--out"_s, dir.path(), u"--units"_s, u"30"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString centre = dir.filePath(u"centre.parindex"_s);
    CHECK(QFile::exists(centre));
    CHECK(runCli({u"demo"_s, u"--out"_s, dir.path()}).exitCode == 1);               // refuses to overwrite
    CHECK(runCli({u"demo"_s, u"--out"_s, dir.path(), u"--force"_s}).exitCode == 0); // unless asked
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(u"building"_s).isEmpty());

    const auto json = runCli({u"results"_s, u"--file"_s, centre, u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s});
    REQUIRE(json.exitCode == 0);
    const QJsonArray groups = QJsonDocument::fromJson(json.out.toUtf8()).object()[u"groups"_s].toArray();
    REQUIRE(groups.size() == 2);
    CHECK(groups.at(0).toObject()[u"group"_s].toString() == u"so"_s);
    CHECK(groups.at(1).toObject()[u"group"_s].toString() == u"xa"_s);
    int ranks = 0;
    QSet<int> seen;
    bool tie = false;
    bool unranked = false;
    bool rescaled = false;
    for (const auto g : groups) {
        seen.clear();
        for (const auto u : g.toObject()[u"units"_s].toArray()) {
            const QJsonObject o = u.toObject();
            if (o[u"rank"_s].isNull()) {
                unranked = true;
                continue;
            }
            tie = tie || seen.contains(o[u"rank"_s].toInt());
            seen.insert(o[u"rank"_s].toInt());
            rescaled = rescaled || o[u"max"_s].toString() != u"100"_s;
            ++ranks;
        }
    }
    CHECK(ranks >= 28);
    CHECK(tie);      // two communes with identical results
    CHECK(unranked); // one unit is assessed but not ranked
    CHECK(rescaled); // not-applicable items reduce the maximum
    const auto history = runCli({u"results"_s, u"--file"_s, centre, u"--year"_s, u"2024"_s, u"--format"_s, u"csv"_s});
    CHECK(history.out.count(u'\n') > 5);
    CHECK(test::countRows(centre, u"item_inputs"_s) > 2000);
}
