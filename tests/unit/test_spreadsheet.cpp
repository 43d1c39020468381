#include "core/criteria/CriteriaCatalog.h"
#include "core/reports/Spreadsheet.h"
#include "core/unit/UnitAssessment.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <cstring>
#include <locale.h>
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace parindex;

namespace {

// openpyxl comes from Debian (python3-openpyxl, installed by packaging/setup.sh), for Debian's python.
QString python()
{
    return QFileInfo::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
}

// Reads a workbook back with openpyxl (independent of the code under test): the properties and,
// per sheet, its name, frozen pane, filter, merged ranges, column widths and every cell that
// holds something or has a style.
QJsonObject readBack(const QString& path)
{
    QProcess p;
    p.start(python(), {u"-c"_s, uR"(import json, sys, openpyxl
from openpyxl.cell.cell import MergedCell
wb = openpyxl.load_workbook(sys.argv[1])
out = {"title": wb.properties.title, "creator": wb.properties.creator, "sheets": []}
for ws in wb.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c, MergedCell) or (c.value is None and not c.has_style):
                continue
            cells[c.coordinate] = {"v": c.value, "t": c.data_type, "f": c.number_format, "b": bool(c.font.b),
                                   "wrap": bool(c.alignment.wrap_text), "border": c.border.bottom.style}
    out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                          "merged": sorted(str(r) for r in ws.merged_cells.ranges),
                          "widths": {k: d.width for k, d in ws.column_dimensions.items()}, "cells": cells})
sys.stdout.write(json.dumps(out))
)"_s,
                       path});
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

// One part of the .xlsx zip, read with Python's zipfile.
QByteArray zipEntry(const QString& zip, const QString& name)
{
    QProcess p;
    p.start(python(),
            {u"-c"_s, u"import sys,zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"_s,
             zip, name});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

QJsonObject cell(const QJsonObject& sheet, const char* ref)
{
    return sheet[u"cells"_s].toObject()[QString::fromLatin1(ref)].toObject();
}

// A Vietnamese group results table: a title, numbers with 2 and 3 decimals, integers, empty
// cells and a group average below.
Workbook resultsBook()
{
    Sheet so;
    so.name = u"Sở/Ban: [2025]*?"_s;
    so.title = u"Kết quả Chỉ số CCHC năm 2025 — nhóm Sở, ban, ngành"_s;
    so.columns = {{u"STT"_s}, {u"Tên đơn vị"_s}, {u"Chỉ số CCHC (%)"_s}, {u"Điểm thẩm định"_s}, {u"Ghi chú"_s, 30}};
    so.rows = {
        {SheetCell::ofInteger(1), SheetCell::ofText(u"Sở Tài chính"_s), SheetCell::ofPoints(test::pts("84.58")),
         SheetCell::ofPoints(test::pts("0.125"), 3), SheetCell::ofText(u"Đã giải trình <đủ> & đúng hạn"_s)},
        {SheetCell::ofInteger(2), SheetCell::ofText(u"Sở Nội vụ"_s), SheetCell::ofPoints(test::pts("95.7")),
         SheetCell::empty(), SheetCell::empty()},
        {SheetCell::ofInteger(3), SheetCell::ofText(u"Ủy ban nhân dân phường Hoàn Kiếm"_s),
         SheetCell::ofPoints(test::pts("0.125")), SheetCell::ofPoints(test::pts("12.5"), 3),
         // Decomposed (NFD) letters and spaces at both ends come back as they were.
         SheetCell::ofText(u"  Thẩm định lại  "_s.normalized(QString::NormalizationForm_D))},
    };
    so.footer = {
        {SheetCell::empty(), SheetCell::ofText(u"Trung bình nhóm"_s), SheetCell::ofPoints(test::pts("60.135"))}};

    Sheet ranking;
    ranking.name = u"Bảng xếp hạng các đơn vị hành chính cấp xã năm 2025"_s;
    ranking.columns = {{u"Xếp hạng"_s}, {u"Đơn vị"_s}};
    ranking.rows = {{SheetCell::ofInteger(1), SheetCell::ofText(u"Xã Sóc Sơn"_s)},
                    {SheetCell::ofInteger(2), SheetCell::ofText(u"Phường Ba Đình"_s)}};

    Workbook book;
    book.sheets = {so, ranking};
    book.title = u"Chỉ số cải cách hành chính 2025"_s;
    book.author = u"Sở Nội vụ thành phố Hà Nội"_s;
    return book;
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("Sheet names are made valid for Excel: short, no forbidden characters, unique, not empty", "[xlsx-writer]")
{
    const QString longName = u"Bảng xếp hạng các đơn vị hành chính cấp xã năm 2025"_s;
    const QStringList names = validSheetNames({
        u"Sở/Ban: [2025]*?"_s,
        QString(),
        u"History"_s,
        u"'quoted'"_s,
        u"Nhóm Sở"_s,
        u"NHÓM SỞ"_s,
        longName,
        longName,
        u"Sở"_s.normalized(QString::NormalizationForm_D),
        u"Tab\there\nand\\there"_s,
        u"   "_s,
    });
    CHECK(names == QStringList{
                       u"Sở-Ban- (2025)--"_s,
                       u"Sheet 2"_s,
                       u"History (2)"_s,
                       u"quoted"_s,
                       u"Nhóm Sở"_s,
                       u"NHÓM SỞ (2)"_s,
                       u"Bảng xếp hạng các đơn vị hành c"_s,
                       u"Bảng xếp hạng các đơn vị hà (2)"_s,
                       u"Sở"_s,
                       u"Tab here and-there"_s,
                       u"Sheet 11"_s,
                   });
    for (const QString& name : names) {
        INFO(name.toStdString());
        CHECK(!name.isEmpty());
        CHECK(name.size() <= 31);
        for (const QChar c : u"[]:*?/\\"_s)
            CHECK(!name.contains(c));
        CHECK(!name.startsWith(u'\''));
        CHECK(!name.endsWith(u'\''));
    }
    // Decomposed Vietnamese is composed first, so that the letters count once…
    const QString vietnamese = QString(30, u'a') + u"ệx"_s;
    CHECK(validSheetNames({vietnamese.normalized(QString::NormalizationForm_D)}) ==
          QStringList{QString(30, u'a') + u"ệ"_s});
    // …and a letter with a mark that has no composed form is kept or cut whole, never split.
    const QString xHat = u"x\u0302"_s;
    REQUIRE(xHat.normalized(QString::NormalizationForm_C).size() == 2);
    CHECK(validSheetNames({QString(30, u'a') + xHat}) == QStringList{QString(30, u'a')});
    CHECK(validSheetNames({QString(29, u'a') + xHat}) == QStringList{QString(29, u'a') + xHat});
}

TEST_CASE("A workbook reads back with numeric cells, formats, frozen header, filter and Vietnamese text",
          "[xlsx-writer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Kết quả 2025.xlsx"_s);
    test::writeFile(path, "an older file, replaced whole");
    const Status written = writeXlsx(resultsBook(), path);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(entries(dir.path()) == QStringList{u"Kết quả 2025.xlsx"_s}); // nothing else left beside it

    const QJsonObject book = readBack(path);
    CHECK(book[u"title"_s].toString() == u"Chỉ số cải cách hành chính 2025"_s);
    CHECK(book[u"creator"_s].toString() == u"Sở Nội vụ thành phố Hà Nội"_s);
    const QJsonArray sheets = book[u"sheets"_s].toArray();
    REQUIRE(sheets.size() == 2);
    const QJsonObject so = sheets[0].toObject();
    const QJsonObject ranking = sheets[1].toObject();
    CHECK(so[u"name"_s].toString() == u"Sở-Ban- (2025)--"_s);
    CHECK(ranking[u"name"_s].toString() == u"Bảng xếp hạng các đơn vị hành c"_s);

    SECTION("title line, header, frozen pane and filter")
    {
        CHECK(cell(so, "A1")[u"v"_s].toString() == u"Kết quả Chỉ số CCHC năm 2025 — nhóm Sở, ban, ngành"_s);
        CHECK(cell(so, "A1")[u"b"_s].toBool());
        CHECK(so[u"merged"_s].toArray() == QJsonArray{u"A1:E1"_s});
        const char* headers[] = {"A2", "B2", "C2", "D2", "E2"};
        const QStringList texts{u"STT"_s, u"Tên đơn vị"_s, u"Chỉ số CCHC (%)"_s, u"Điểm thẩm định"_s, u"Ghi chú"_s};
        for (int i = 0; i < 5; ++i) {
            const QJsonObject h = cell(so, headers[i]);
            INFO(headers[i]);
            CHECK(h[u"v"_s].toString() == texts[i]);
            CHECK(h[u"t"_s].toString() == u"s"_s);
            CHECK(h[u"b"_s].toBool());
            CHECK(h[u"wrap"_s].toBool());
            CHECK(h[u"border"_s].toString() == u"thin"_s);
        }
        CHECK(so[u"freeze"_s].toString() == u"A3"_s);
        CHECK(so[u"filter"_s].toString() == u"A2:E5"_s);
        CHECK(!cell(so, "B3")[u"b"_s].toBool());

        // Without a title the header is the first row.
        CHECK(cell(ranking, "A1")[u"v"_s].toString() == u"Xếp hạng"_s);
        CHECK(cell(ranking, "A1")[u"b"_s].toBool());
        CHECK(ranking[u"freeze"_s].toString() == u"A2"_s);
        CHECK(ranking[u"filter"_s].toString() == u"A1:B3"_s);
        CHECK(ranking[u"merged"_s].toArray().isEmpty());
    }

    SECTION("numbers are numeric cells with exactly their decimals")
    {
        const auto number = [&](const char* ref, double value, const QString& format) {
            const QJsonObject c = cell(so, ref);
            INFO(ref);
            CHECK(c[u"t"_s].toString() == u"n"_s);
            CHECK(c[u"v"_s].isDouble());
            CHECK(c[u"v"_s].toDouble() == value);
            CHECK(c[u"f"_s].toString() == format);
        };
        number("A3", 1, u"0"_s);
        number("A5", 3, u"0"_s);
        number("C3", 84.58, u"0.00"_s);
        number("C4", 95.7, u"0.00"_s);
        number("C5", 0.13, u"0.00"_s); // 0.125 shown and stored with two decimals
        number("D3", 0.125, u"0.000"_s);
        number("D5", 12.5, u"0.000"_s);
        // The file holds the decimals themselves, not a binary neighbour.
        const QByteArray xml = zipEntry(path, u"xl/worksheets/sheet1.xml"_s);
        CHECK(xml.contains("<v>84.58</v>"));
        CHECK(xml.contains("<v>95.7</v>"));
        CHECK(xml.contains("<v>0.125</v>"));
        CHECK(!xml.contains("9999"));
        CHECK(!xml.contains("0000001"));
    }

    SECTION("empty cells stay empty and text round-trips exactly")
    {
        CHECK(cell(so, "D4").isEmpty());
        CHECK(cell(so, "E4").isEmpty());
        CHECK(cell(so, "B5")[u"v"_s].toString() == u"Ủy ban nhân dân phường Hoàn Kiếm"_s);
        CHECK(cell(so, "E3")[u"v"_s].toString() == u"Đã giải trình <đủ> & đúng hạn"_s);
        CHECK(cell(so, "E5")[u"v"_s].toString() == u"  Thẩm định lại  "_s.normalized(QString::NormalizationForm_D));
        CHECK(cell(ranking, "B2")[u"v"_s].toString() == u"Xã Sóc Sơn"_s);
    }

    SECTION("the footer is bold, below the table after an empty row, outside the filter")
    {
        CHECK(cell(so, "A6").isEmpty());
        CHECK(cell(so, "B6").isEmpty());
        CHECK(cell(so, "B7")[u"v"_s].toString() == u"Trung bình nhóm"_s);
        CHECK(cell(so, "B7")[u"b"_s].toBool());
        CHECK(cell(so, "C7")[u"v"_s].toDouble() == 60.14);
        CHECK(cell(so, "C7")[u"t"_s].toString() == u"n"_s);
        CHECK(cell(so, "C7")[u"f"_s].toString() == u"0.00"_s);
        CHECK(cell(so, "C7")[u"b"_s].toBool());
    }

    SECTION("columns are as wide as their content, within bounds, or as given")
    {
        const QJsonObject widths = so[u"widths"_s].toObject();
        const double name = widths[u"B"_s].toDouble();
        CHECK(name >= 32); // "Ủy ban nhân dân phường Hoàn Kiếm", 32 letters
        CHECK(name <= 40);
        CHECK(widths[u"A"_s].toDouble() >= 6);
        CHECK(widths[u"A"_s].toDouble() < 10);
        CHECK(widths[u"E"_s].toDouble() >= 30); // given
        CHECK(widths[u"E"_s].toDouble() < 31);

        Sheet sheet;
        sheet.columns = {SheetColumn{u"Nội dung"_s}};
        sheet.rows.append({SheetCell::ofText(QString(500, u'ạ'))});
        Workbook wide;
        wide.sheets.append(sheet);
        const QString widePath = dir.filePath(u"wide.xlsx"_s);
        REQUIRE(writeXlsx(wide, widePath).ok());
        const double capped =
            readBack(widePath)[u"sheets"_s].toArray()[0].toObject()[u"widths"_s].toObject()[u"A"_s].toDouble();
        CHECK(capped >= 40);
        CHECK(capped <= 65);
    }
}

TEST_CASE("Numbers are written with a decimal point under a decimal-comma locale", "[xlsx-writer]")
{
    // The user's locale reaches the C library (Qt sets it from the environment): generate a
    // Vietnamese one, whose decimal separator is a comma, and use it in this thread.
    QTemporaryDir locales;
    QProcess localedef;
    localedef.start(u"localedef"_s, {u"-i"_s, u"vi_VN"_s, u"-f"_s, u"UTF-8"_s, locales.filePath(u"vi_VN.UTF-8"_s)});
    if (!localedef.waitForFinished(60000) || localedef.exitCode() != 0) {
        WARN("localedef cannot build vi_VN.UTF-8 here; skipped");
        return;
    }
    const QByteArray oldLocpath = qgetenv("LOCPATH");
    qputenv("LOCPATH", QFile::encodeName(locales.path()));
#if defined(__SANITIZE_ADDRESS__)
    __lsan_disable(); // glibc's newlocale never frees its copy of LOCPATH
#endif
    locale_t vietnamese = newlocale(LC_NUMERIC_MASK, "vi_VN.UTF-8", nullptr);
#if defined(__SANITIZE_ADDRESS__)
    __lsan_enable();
#endif
    if (oldLocpath.isNull())
        qunsetenv("LOCPATH");
    else
        qputenv("LOCPATH", oldLocpath);
    REQUIRE(vietnamese != nullptr);
    const locale_t previous = uselocale(vietnamese);
    char printed[16] = {};
    std::snprintf(printed, sizeof printed, "%.2f", 84.58);
    const Result<QByteArray> bytes = xlsxBytes(resultsBook());
    uselocale(previous);
    freelocale(vietnamese);
    REQUIRE(std::strcmp(printed, "84,58") == 0); // the locale is in effect

    INFO(bytes.error().toStdString());
    REQUIRE(bytes.ok());
    const QString path = locales.filePath(u"book.xlsx"_s);
    test::writeFile(path, bytes.value());
    const QByteArray xml = zipEntry(path, u"xl/worksheets/sheet1.xml"_s);
    CHECK(xml.contains("<v>84.58</v>"));
    CHECK(!xml.contains("<v>84,58</v>"));
    const QJsonObject so = readBack(path)[u"sheets"_s].toArray()[0].toObject();
    CHECK(cell(so, "C3")[u"v"_s].toDouble() == 84.58);
}

TEST_CASE("Workbooks are written after the process changed its environment", "[xlsx-writer]")
{
    // libxlsxwriter lives apart with a C library of its own; the process's environment array is
    // reallocated (and the old one freed) when variables are added.
    QTemporaryDir dir;
    REQUIRE(writeXlsx(resultsBook(), dir.filePath(u"a.xlsx"_s)).ok());
    for (int i = 0; i < 1000; ++i)
        qputenv(("PARINDEX_TEST_" + QByteArray::number(i)).constData(), "x");
    for (int i = 0; i < 1000; ++i)
        qunsetenv(("PARINDEX_TEST_" + QByteArray::number(i)).constData());
    const Status again = writeXlsx(resultsBook(), dir.filePath(u"b.xlsx"_s));
    INFO(again.error().toStdString());
    CHECK(again.ok());
    CHECK(readBack(dir.filePath(u"b.xlsx"_s))[u"sheets"_s].toArray().size() == 2);
}

TEST_CASE("A spreadsheet that cannot be written leaves nothing, and an older file unchanged", "[xlsx-writer]")
{
    QTemporaryDir dir;

    SECTION("a folder is refused")
    {
        const QString folder = dir.filePath(u"Báo cáo"_s);
        REQUIRE(QDir().mkdir(folder));
        const Status s = writeXlsx(resultsBook(), folder);
        CHECK(!s.ok());
        CHECK(!s.error().isEmpty());
        CHECK(QFileInfo(folder).isDir());
        CHECK(entries(folder).isEmpty());
        CHECK(entries(dir.path()) == QStringList{u"Báo cáo"_s});
    }

    SECTION("a ParIndex data file is refused and stays as it was")
    {
        const QString dataFile = dir.filePath(u"U.parindex"_s);
        {
            auto unit = UnitAssessment::create(dataFile, {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So}, 2025,
                                               CriteriaCatalog::shippedFor(2025, UnitGroup::So));
            REQUIRE(unit.ok());
        }
        const QStringList before = entries(dir.path());
        const QByteArray bytes = test::readFile(dataFile);
        const Status s = writeXlsx(resultsBook(), dataFile);
        CHECK(!s.ok());
        CHECK(s.error().contains(u"data file"_s));
        CHECK(test::readFile(dataFile) == bytes);
        CHECK(entries(dir.path()) == before);
    }

    SECTION("a workbook libxlsxwriter refuses leaves the older file as it was")
    {
        const QString path = dir.filePath(u"Kết quả.xlsx"_s);
        test::writeFile(path, "the older results");
        Workbook book = resultsBook();
        book.sheets[1].rows.append({SheetCell::ofInteger(3), SheetCell::ofText(QString(32768, u'x'))});
        const Status s = writeXlsx(book, path);
        REQUIRE(!s.ok());
        // Where and why, in words.
        CHECK(s.error().contains(u"Bảng xếp hạng các đơn vị hành c"_s));
        CHECK(s.error().contains(u"B4"_s));
        CHECK(s.error().contains(u"32,767"_s));
        CHECK(test::readFile(path) == "the older results");
        CHECK(entries(dir.path()) == QStringList{u"Kết quả.xlsx"_s});
    }
}
