#include "core/importing/Xlsx.h"
#include "support/TestSupport.h"
#include "support/XlsxBuilder.h"

#include <QElapsedTimer>
#include <algorithm>
#include <zlib.h>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using test::XlsxOptions;
using test::XlsxParts;
using test::XlsxSheet;

namespace {

QList<QStringList> fieldsOf(const CsvTable& table)
{
    QList<QStringList> out;
    for (const CsvRecord& r : table.records)
        out.append(r.fields);
    return out;
}

QList<int> linesOf(const CsvTable& table)
{
    QList<int> out;
    for (const CsvRecord& r : table.records)
        out.append(r.line);
    return out;
}

// The table of a workbook whose sheet has this <sheetData> content (and these shared strings).
CsvTable readSheetData(const QByteArray& sheetData, const QByteArray& sharedItems = {})
{
    return readXlsx(test::makeXlsxRaw(test::xlsx::sheetXml(sheetData), test::xlsx::sharedStringsXml(sharedItems)));
}

// The error of a table that must have failed whole.
QString errorOf(const CsvTable& table)
{
    CHECK(table.records.isEmpty());
    CHECK(table.sheet);
    return table.error;
}

QByteArray utf16(const QString& text)
{
    QByteArray out;
    for (QChar c : text) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

void putU32(QByteArray& bytes, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char((value >> (8 * i)) & 0xFF);
}

quint16 u16At(const QByteArray& bytes, qsizetype at)
{
    return quint16(quint8(bytes.at(at)) | quint8(bytes.at(at + 1)) << 8);
}

// The zip with the uncompressed size of `name` rewritten in its local header and in the central
// directory: a size lie.
QByteArray withDeclaredSize(QByteArray zip, const QByteArray& name, quint32 size)
{
    int patched = 0;
    for (qsizetype i = 0; i + 46 <= zip.size(); ++i) {
        if (zip.mid(i, 4) == QByteArray("PK\x03\x04", 4) && zip.mid(i + 30, u16At(zip, i + 26)) == name) {
            putU32(zip, i + 22, size);
            ++patched;
        } else if (zip.mid(i, 4) == QByteArray("PK\x01\x02", 4) && zip.mid(i + 46, u16At(zip, i + 28)) == name) {
            putU32(zip, i + 24, size);
            ++patched;
        }
    }
    REQUIRE(patched == 2);
    return zip;
}

// A zip whose entries are encrypted with a password (zip encryption, not Office's).
QByteArray encryptedZip(const XlsxParts& parts)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        zip.setAutoClose(false);
        REQUIRE(zip.open(QuaZip::mdCreate));
        for (const auto& [name, bytes] : parts) {
            QuaZipFile f(&zip);
            const quint32 crc =
                quint32(crc32(0, reinterpret_cast<const Bytef*>(bytes.constData()), uInt(bytes.size())));
            REQUIRE(f.open(QIODevice::WriteOnly, QuaZipNewInfo(name), "secret", crc, Z_DEFLATED));
            f.write(bytes);
            f.close();
        }
        zip.close();
    }
    return buffer.data();
}

} // namespace

TEST_CASE("XLSX: column names", "[xlsx]")
{
    CHECK(xlsxColumnName(0) == u"A"_s);
    CHECK(xlsxColumnName(25) == u"Z"_s);
    CHECK(xlsxColumnName(26) == u"AA"_s);
    CHECK(xlsxColumnName(27) == u"AB"_s);
    CHECK(xlsxColumnName(51) == u"AZ"_s);
    CHECK(xlsxColumnName(52) == u"BA"_s);
    CHECK(xlsxColumnName(701) == u"ZZ"_s);
    CHECK(xlsxColumnName(702) == u"AAA"_s);
    CHECK(xlsxColumnName(16383) == u"XFD"_s);
    CHECK(xlsxColumnName(-1).isEmpty());
}

TEST_CASE("XLSX: numbers read as the General format shows them", "[xlsx]")
{
    CHECK(xlsxGeneralNumber(65.43000000000001) == u"65.43"_s);
    CHECK(xlsxGeneralNumber(0.1) == u"0.1"_s);
    CHECK(xlsxGeneralNumber(0.1 + 0.2) == u"0.3"_s);
    CHECK(xlsxGeneralNumber(100) == u"100"_s);
    CHECK(xlsxGeneralNumber(1e-3) == u"0.001"_s);
    CHECK(xlsxGeneralNumber(-0.0) == u"0"_s);
    CHECK(xlsxGeneralNumber(-12.5) == u"-12.5"_s);
    CHECK(xlsxGeneralNumber(2.675) == u"2.675"_s);
    CHECK(xlsxGeneralNumber(45292) == u"45292"_s);
    CHECK(xlsxGeneralNumber(1234567.891) == u"1234567.891"_s);
    CHECK(xlsxGeneralNumber(123456789012345678.0) == u"123456789012346000"_s);
    CHECK(xlsxGeneralNumber(0.999999999999999999) == u"1"_s);
    CHECK(xlsxGeneralNumber(1e-9) == u"0.000000001"_s);
    CHECK(xlsxGeneralNumber(1e-10) == u"1E-10"_s);
    CHECK(xlsxGeneralNumber(-2.5e-12) == u"-2.5E-12"_s);
    CHECK(xlsxGeneralNumber(1e20) == u"100000000000000000000"_s);
    CHECK(xlsxGeneralNumber(1e21) == u"1E+21"_s);
    CHECK(xlsxGeneralNumber(1.5e25) == u"1.5E+25"_s);
    CHECK(xlsxGeneralNumber(1.7976931348623157e308) == u"1.79769313486232E+308"_s);

    // …and so are the numeric cells of a sheet, whatever their digits.
    const CsvTable t = readXlsx(test::makeXlsx(
        {{u"65.43000000000001"_s, u"0.1"_s, u"100"_s, u"1E-3"_s, u"-0"_s, u"62.750"_s, u"1.0e2"_s, u"3"_s}}));
    REQUIRE(t.error.isEmpty());
    CHECK(fieldsOf(t) ==
          QList<QStringList>{{u"65.43"_s, u"0.1"_s, u"100"_s, u"0.001"_s, u"0"_s, u"62.75"_s, u"100"_s, u"3"_s}});
    // A formula's cached result, and a numeric cell with spaces around its value.
    CHECK(fieldsOf(readSheetData("<row r=\"1\"><c r=\"A1\"><f>SUM(1,2)</f><v>3</v></c><c r=\"B1\"><v> 4.5 </v></c>"
                                 "<c r=\"C1\" t=\"n\"><v>7</v></c></row>")) ==
          QList<QStringList>{{u"3"_s, u"4.5"_s, u"7"_s}});
}

TEST_CASE("XLSX: Vietnamese text NFC-normalised and trimmed, shared or inline", "[xlsx]")
{
    const QString nfd = u"  Sở Tư pháp "_s.normalized(QString::NormalizationForm_D);
    REQUIRE(nfd != u"  Sở Tư pháp "_s);
    const QList<QStringList> rows = {{u"Đơn vị"_s, u"Nhóm"_s, u"Điểm"_s},
                                     {nfd, u"so"_s, u"62.75"_s},
                                     {u"Phường Cửa Nam"_s, u"xa"_s, u"58"_s},
                                     {u"Sở Tư pháp"_s, u"so"_s, u"65,5"_s}};
    const QList<QStringList> expected = {{u"Đơn vị"_s, u"Nhóm"_s, u"Điểm"_s},
                                         {u"Sở Tư pháp"_s, u"so"_s, u"62.75"_s},
                                         {u"Phường Cửa Nam"_s, u"xa"_s, u"58"_s},
                                         {u"Sở Tư pháp"_s, u"so"_s, u"65,5"_s}};
    for (const bool shared : {true, false}) {
        INFO("shared strings: " << shared);
        XlsxOptions options;
        options.sharedStrings = shared;
        for (const bool compress : {true, false}) {
            options.compress = compress;
            const CsvTable t = readXlsx(test::makeXlsx(rows, options));
            REQUIRE(t.error.isEmpty());
            CHECK(t.sheet);
            CHECK(t.delimiter.isNull());
            CHECK(fieldsOf(t) == expected);
            CHECK(linesOf(t) == QList<int>{1, 2, 3, 4});
            CHECK_FALSE(t.records.at(1).fields.first().isNull());
        }
    }
}

TEST_CASE("XLSX: rich text, phonetic runs, xml:space, escapes, formulas, booleans and errors", "[xlsx]")
{
    const QByteArray shared = "<si><r><rPr><b/><sz val=\"11\"/></rPr><t>Sở </t></r><r><t xml:space=\"preserve\">Tài "
                              "</t></r><r><rPr><i/></rPr><t>chính</t></r></si>"
                              "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh><phoneticPr fontId=\"1\"/></si>"
                              "<si><t>Dòng 1_x000D_\nDòng 2</t></si>"
                              "<si><t>a_x005F_x0041_b _x0041_</t></si>"
                              "<si><t xml:space=\"preserve\">  </t></si>"
                              "<si><t><![CDATA[x < y & z]]></t></si>";
    const CsvTable t = readSheetData(
        "<row r=\"1\" spans=\"1:9\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>5</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><t>Phường </t></r><r><rPr><b/></rPr><t>Cửa "
        "Nam</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></is></c>"
        "<c r=\"B2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> Hoàn Kiếm </t></is></c>"
        "<c r=\"C2\" t=\"str\"><f>A2&amp;\"\"</f><v>kết quả</v></c>"
        "<c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"b\"><v>0</v></c>"
        "<c r=\"F2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"G2\" t=\"e\"><v>#N/A</v></c>"
        "<c r=\"H2\" t=\"d\"><v>2025-03-01T00:00:00</v></c>"
        "<c r=\"I2\" t=\"s\"><v>4</v></c></row>",
        shared);
    REQUIRE(t.error.isEmpty());
    CHECK(fieldsOf(t) == QList<QStringList>{{u"Sở Tài chính"_s, u"漢字"_s, u"Dòng 1\r\nDòng 2"_s, u"a_x0041_b A"_s,
                                             u"x < y & z"_s, u""_s, u""_s, u""_s},
                                            {u"Phường Cửa Nam"_s, u"Hoàn Kiếm"_s, u"kết quả"_s, u"TRUE"_s, u"FALSE"_s,
                                             u"#DIV/0!"_s, u"#N/A"_s, u"2025-03-01T00:00:00"_s}});
}

TEST_CASE("XLSX: gaps between cells and rows, implied references, padding and empty rows", "[xlsx]")
{
    const CsvTable t = readSheetData("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"C2\"><v>1</v></c>"
                                     "<c r=\"D2\" s=\"3\"/></row>"
                                     "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" t=\"str\"><v/></c></row>"
                                     "<row r=\"4\" ht=\"20\" customHeight=\"1\"/>"
                                     "<row r=\"5\"><c r=\"E5\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                                     "<row><c t=\"s\"><v>2</v></c><c><v>2</v></c><c r=\"D6\"><v>4</v></c><c>"
                                     "<v>5</v></c></row>"
                                     "<row><c r=\"A7\"><v>7</v></c><c r=\"C7\" t=\"s\"><v>1</v></c></row>"
                                     "<row r=\"10\"><c t=\"s\"><v>0</v></c></row>",
                                     "<si><t>a</t></si><si><t> </t></si><si><t>p</t></si>");
    REQUIRE(t.error.isEmpty());
    CHECK(linesOf(t) == QList<int>{2, 5, 6, 7, 10});
    CHECK(fieldsOf(t) == QList<QStringList>{{u"a"_s, u""_s, u"1"_s, u""_s, u""_s},
                                            {u""_s, u""_s, u""_s, u""_s, u"x"_s},
                                            {u"p"_s, u"2"_s, u""_s, u"4"_s, u"5"_s},
                                            {u"7"_s, u""_s, u""_s, u""_s, u""_s},
                                            {u"a"_s, u""_s, u""_s, u""_s, u""_s}});
    for (const CsvRecord& r : t.records) {
        for (const QString& f : r.fields)
            CHECK_FALSE(f.isNull()); // like readCsv's: never a null string
    }

    // The table is as wide as its rightmost non-empty cell: trailing blanks add no column.
    CHECK(fieldsOf(readXlsx(test::makeXlsx({{u"x"_s, u""_s, u"  "_s}, {u"y"_s}}))) ==
          QList<QStringList>{{u"x"_s}, {u"y"_s}});
    // An empty sheet is an empty table, as an empty CSV file is.
    const CsvTable empty = readSheetData("");
    CHECK(empty.error.isEmpty());
    CHECK(empty.records.isEmpty());
    // Cells as far as the last column and row.
    const CsvTable far = readSheetData("<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>");
    REQUIRE(far.error.isEmpty());
    REQUIRE(far.records.size() == 1);
    CHECK(far.records.first().line == 1048576);
    CHECK(far.records.first().fields.size() == 16384);
    CHECK(far.records.first().fields.last() == u"1"_s);
}

TEST_CASE("XLSX: the first worksheet in the workbook's order", "[xlsx]")
{
    XlsxSheet first;
    first.name = u"Dữ liệu"_s;
    first.rows = {{u"first"_s}};
    first.part = u"xl/worksheets/sheet2.xml"_s;
    XlsxSheet second;
    second.name = u"Ghi chú"_s;
    second.rows = {{u"second"_s}};
    second.part = u"xl/worksheets/sheet1.xml"_s;
    XlsxParts parts = test::xlsxParts({first, second});
    // Whatever the order of the parts in the zip.
    std::sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    CHECK(fieldsOf(readXlsx(test::zipXlsxParts(parts))) == QList<QStringList>{{u"first"_s}});

    SECTION("a chart sheet before it is passed over")
    {
        QByteArray& workbook = *test::findXlsxPart(parts, u"xl/workbook.xml"_s);
        workbook.replace("<sheets>", "<sheets><sheet name=\"Biểu đồ\" sheetId=\"9\" r:id=\"rId9\"/>");
        test::findXlsxPart(parts, u"xl/_rels/workbook.xml.rels"_s)
            ->replace("</Relationships>",
                      "<Relationship Id=\"rId9\" "
                      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet\" "
                      "Target=\"chartsheets/sheet1.xml\"/></Relationships>");
        CHECK(fieldsOf(readXlsx(test::zipXlsxParts(parts))) == QList<QStringList>{{u"first"_s}});
    }
    SECTION("the workbook found through the package's relationships, with an absolute target")
    {
        XlsxParts moved;
        for (auto [name, bytes] : parts) {
            if (name == u"xl/workbook.xml"_s)
                name = u"xl/book.xml"_s;
            if (name == u"xl/_rels/workbook.xml.rels"_s) {
                name = u"xl/_rels/book.xml.rels"_s;
                bytes.replace("Target=\"worksheets/sheet2.xml\"", "Target=\"/xl/worksheets/./sheet2.xml\"");
            }
            if (name == u"_rels/.rels"_s)
                bytes.replace("xl/workbook.xml", "xl/book.xml");
            moved.append({name, bytes});
        }
        CHECK(fieldsOf(readXlsx(test::zipXlsxParts(moved))) == QList<QStringList>{{u"first"_s}});
    }
}

TEST_CASE("XLSX: files that are not workbooks say what they are", "[xlsx]")
{
    CHECK(errorOf(readXlsx({})) == u"the file is empty"_s);
    CHECK(errorOf(readXlsx("unit,group\nA,so\n")) == u"the file is not an Excel workbook (.xlsx)"_s);
    CHECK_FALSE(looksLikeXlsx("unit,group\nA,so\n"));
    CHECK(looksLikeXlsx(test::makeXlsx({{u"a"_s}})));

    const QByteArray compound = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0');
    CHECK(errorOf(readXlsx(compound + utf16(u"Root Entry"_s) + utf16(u"Workbook"_s))) ==
          u"this is a workbook in the old Excel format (.xls); save it as an Excel workbook (.xlsx) or as CSV"_s);
    CHECK(errorOf(readXlsx(compound + utf16(u"Root Entry"_s) + utf16(u"EncryptionInfo"_s) +
                           utf16(u"EncryptedPackage"_s))) ==
          u"the workbook is password-protected; save it without a password"_s);

    const QByteArray rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                            "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    CHECK(errorOf(readXlsx(test::zipXlsxParts({{u"_rels/.rels"_s, rels}, {u"word/document.xml"_s, "<document/>"}}))) ==
          u"the file is a zip archive but not an Excel workbook (.xlsx)"_s);
    // A document where the workbook should be.
    XlsxParts parts = test::xlsxParts({XlsxSheet()});
    test::setXlsxPart(parts, u"xl/workbook.xml"_s, "<document><sheets/></document>");
    CHECK(errorOf(readXlsx(test::zipXlsxParts(parts))) ==
          u"the file is a zip archive but not an Excel workbook (.xlsx)"_s);
    CHECK(errorOf(readXlsx(test::zipXlsxParts({{u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet"},
                                               {u"content.xml"_s, "<office:document-content/>"}}))) ==
          u"this is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) or as CSV"_s);
    CHECK(errorOf(readXlsx(test::zipXlsxParts({{u"xl/workbook.bin"_s, "\x83\x01"}}))) ==
          u"this is a binary Excel workbook (.xlsb); save it as an Excel workbook (.xlsx) or as CSV"_s);

    const QByteArray good = test::makeXlsx({{u"Đơn vị"_s, u"1"_s}});
    CHECK(errorOf(readXlsx(good.left(good.size() / 2))) ==
          u"the workbook is damaged: it is not a readable zip archive"_s);
    CHECK(errorOf(readXlsx(QByteArray("PK\x03\x04", 4) + QByteArray(2000, 'x'))) ==
          u"the workbook is damaged: it is not a readable zip archive"_s);
    // Zip encryption of the parts themselves.
    CHECK(errorOf(readXlsx(encryptedZip(test::xlsxParts({XlsxSheet()})))) ==
          u"the workbook is password-protected; save it without a password"_s);
}

TEST_CASE("XLSX: every truncation and every flipped byte of a workbook ends in a table or an error", "[xlsx]")
{
    const QByteArray good = test::makeXlsx({{u"Đơn vị"_s, u"Điểm"_s}, {u"Sở Tài chính"_s, u"62.75"_s}});
    REQUIRE(readXlsx(good).error.isEmpty());
    const QList<QStringList> expected = fieldsOf(readXlsx(good));
    QList<int> readableShortBy;
    for (qsizetype n = 0; n < good.size(); ++n) {
        const CsvTable t = readXlsx(good.left(n));
        CHECK(t.error.isEmpty() != t.records.isEmpty());
        if (t.error.isEmpty()) {
            readableShortBy.append(int(good.size() - n));
            CHECK(fieldsOf(t) == expected);
        }
    }
    // Only the end record's last bytes (the length of an empty comment) can go without harm.
    CHECK(readableShortBy == QList<int>{3, 2, 1});
    for (qsizetype i = 0; i < good.size(); i += 3) {
        QByteArray flipped = good;
        flipped[i] = char(flipped.at(i) ^ 0x5A);
        const CsvTable t = readXlsx(flipped);
        if (t.error.isEmpty()) {
            for (const CsvRecord& r : t.records)
                CHECK(r.fields.size() == t.records.first().fields.size());
        } else {
            CHECK(t.records.isEmpty());
        }
    }
}

TEST_CASE("XLSX: a document type declaration in any part is refused, before any entity is expanded", "[xlsx]")
{
    const QByteArray laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                              "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                              "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                              "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                              "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                              "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                              "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                              "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                              "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                              "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";
    const XlsxParts parts = test::xlsxParts({XlsxSheet{u"Sheet1"_s, {{u"&lol9;"_s, u"x"_s}}, {}, {}}});
    for (const QString& name : {u"_rels/.rels"_s, u"xl/workbook.xml"_s, u"xl/_rels/workbook.xml.rels"_s,
                                u"xl/worksheets/sheet1.xml"_s, u"xl/sharedStrings.xml"_s}) {
        INFO(name.toStdString());
        XlsxParts hostile = parts;
        QByteArray& xml = *test::findXlsxPart(hostile, name);
        xml.insert(xml.indexOf("?>") + 2, "\n" + laughs);
        if (name == u"xl/sharedStrings.xml"_s)
            xml.replace("&amp;lol9;", "&lol9;");
        QElapsedTimer timer;
        timer.start();
        CHECK(errorOf(readXlsx(test::zipXlsxParts(hostile))) ==
              u"the workbook's part %1 has a document type declaration (DOCTYPE), which workbooks never have; it is "
              u"refused"_s.arg(name));
        CHECK(timer.elapsed() < 2000);
    }
    // An entity without a declaration is no better.
    CHECK(
        errorOf(readSheetData("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"))
            .startsWith(u"the workbook is damaged: its part xl/worksheets/sheet1.xml is not well-formed XML (line "_s));
    CHECK(errorOf(readSheetData("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"))
              .startsWith(u"the workbook is damaged: its part xl/worksheets/sheet1.xml is not well-formed XML"_s));
}

TEST_CASE("XLSX: references to cells, rows and shared strings that do not hold", "[xlsx]")
{
    const QByteArray one = "<si><t>một</t></si>";
    CHECK(errorOf(readSheetData("<row r=\"7\"><c r=\"A7\" t=\"s\"><v>0</v></c><c r=\"B7\" t=\"s\"><v>99</v></c></row>",
                                one)) == u"cell B7: shared string 99 does not exist"_s);
    CHECK(errorOf(readSheetData("<row r=\"2\"><c r=\"C2\" t=\"s\"><v>1</v></c></row>", one)) ==
          u"cell C2: shared string 1 does not exist"_s);
    CHECK(errorOf(readSheetData("<row r=\"2\"><c r=\"C2\" t=\"s\"><v>-1</v></c></row>", one)) ==
          u"cell C2: shared string -1 does not exist"_s);
    CHECK(errorOf(readSheetData("<row r=\"2\"><c r=\"C2\" t=\"s\"><v>x1</v></c></row>", one)) ==
          u"cell C2: \"x1\" is not the number of a shared string"_s);
    // No shared strings part at all.
    XlsxParts parts = test::xlsxParts(
        {XlsxSheet{u"Sheet1"_s, {}, test::xlsx::sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), {}}});
    test::removeXlsxPart(parts, u"xl/sharedStrings.xml"_s);
    CHECK(errorOf(readXlsx(test::zipXlsxParts(parts))) == u"cell A1: shared string 0 does not exist"_s);

    for (const char* ref : {"7B", "A0", "A01", "$A$1", "ABCD1", "A", "1", "A-1", "A1.5", "Ă1", "a1", " A1"}) {
        INFO(ref);
        CHECK(errorOf(readSheetData("<row r=\"1\"><c r=\"" + QByteArray(ref) + "\"><v>1</v></c></row>")) ==
              u"row 1: \"%1\" is not a cell reference"_s.arg(QString::fromUtf8(ref)));
    }
    CHECK(errorOf(readSheetData("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")) ==
          u"cell XFE1 lies beyond the sheet's last column (XFD)"_s);
    CHECK(errorOf(readSheetData("<row r=\"1\"><c r=\"A99999999999\"><v>1</v></c></row>")) ==
          u"cell A99999999999 lies beyond the sheet's last row (1048576)"_s);
    CHECK(errorOf(readSheetData("<row r=\"1048577\"><c><v>1</v></c></row>")) ==
          u"row 1048577 lies beyond the sheet's last row (1048576)"_s);
    CHECK(errorOf(readSheetData("<row r=\"1048576\"/><row><c><v>1</v></c></row>")) ==
          u"row 1048577 lies beyond the sheet's last row (1048576)"_s);
    CHECK(errorOf(readSheetData("<row r=\"x\"/>")) == u"\"x\" is not a row number"_s);
    CHECK(errorOf(readSheetData("<row r=\"2\"/><row r=\"03\"/>")) == u"after row 2: \"03\" is not a row number"_s);
    CHECK(errorOf(readSheetData("<row r=\"3\"><c r=\"A4\"><v>1</v></c></row>")) ==
          u"cell A4 is written inside row 3"_s);
    CHECK(errorOf(readSheetData("<row r=\"1\"><c r=\"C1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row>")) ==
          u"cell A1 comes after cell C1: the cells of row 1 are out of order"_s);
    CHECK(errorOf(readSheetData("<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row>")) ==
          u"cell B1 comes after cell B1: the cells of row 1 are out of order"_s);
    CHECK(errorOf(readSheetData("<row r=\"5\"><c><v>1</v></c></row><row r=\"3\"><c><v>1</v></c></row>")) ==
          u"row 3 comes after row 5: the sheet's rows are out of order"_s);
    CHECK(errorOf(readSheetData("<row r=\"5\"/><row r=\"5\"/>")) ==
          u"row 5 comes after row 5: the sheet's rows are out of order"_s);
    QByteArray unnamed = "<row r=\"2\"><c r=\"XFC2\"/>";
    unnamed += "<c/><c><v>1</v></c></row>";
    CHECK(errorOf(readSheetData(unnamed)) == u"row 2: a cell lies beyond the sheet's last column (XFD)"_s);

    CHECK(errorOf(readSheetData("<row r=\"4\"><c r=\"D4\"><v>12abc</v></c></row>")) ==
          u"cell D4: \"12abc\" is not a number"_s);
    for (const char* v : {"1e999", "nan", "inf", "1,5", "0x10", "--1"}) {
        INFO(v);
        CHECK(errorOf(readSheetData("<row r=\"4\"><c r=\"D4\"><v>" + QByteArray(v) + "</v></c></row>")) ==
              u"cell D4: \"%1\" is not a number"_s.arg(QString::fromLatin1(v)));
    }
    CHECK(errorOf(readSheetData("<row r=\"4\"><c r=\"D4\" t=\"b\"><v>2</v></c></row>")) ==
          u"cell D4: \"2\" is not a truth value (0 or 1)"_s);
    CHECK(errorOf(readSheetData("<row r=\"4\"><c r=\"D4\" t=\"x\"><v>2</v></c></row>")) ==
          u"cell D4: \"x\" is not a type of cell"_s);
    // A text from the file is quoted short and harmless.
    CHECK(errorOf(readSheetData("<row r=\"1\"><c r=\"A1\"><v>" + QByteArray(100, '9') + "x\u202E</v></c></row>")) ==
          u"cell A1: \"%1…\" is not a number"_s.arg(QString(40, u'9')));
}

TEST_CASE("XLSX: missing and doubled parts", "[xlsx]")
{
    const XlsxParts parts = test::xlsxParts({XlsxSheet{u"Dữ liệu"_s, {{u"a"_s}}, {}, {}}});
    XlsxParts noSheet = parts;
    test::removeXlsxPart(noSheet, u"xl/worksheets/sheet1.xml"_s);
    CHECK(errorOf(readXlsx(test::zipXlsxParts(noSheet))) ==
          u"the workbook is damaged: its sheet \"Dữ liệu\" is missing (xl/worksheets/sheet1.xml)"_s);

    XlsxParts noSheets = parts;
    test::findXlsxPart(noSheets, u"xl/workbook.xml"_s)->replace("<sheets>", "<sheets/><x>");
    test::findXlsxPart(noSheets, u"xl/workbook.xml"_s)->replace("</sheets>", "</x>");
    CHECK(errorOf(readXlsx(test::zipXlsxParts(noSheets))) == u"the workbook has no worksheet"_s);

    XlsxParts noRel = parts;
    test::findXlsxPart(noRel, u"xl/_rels/workbook.xml.rels"_s)->replace("Id=\"rId1\"", "Id=\"rId7\"");
    CHECK(errorOf(readXlsx(test::zipXlsxParts(noRel))) ==
          u"the workbook is damaged: it does not say where its sheet \"Dữ liệu\" is"_s);

    XlsxParts noWorkbook = parts;
    test::removeXlsxPart(noWorkbook, u"xl/workbook.xml"_s);
    CHECK(errorOf(readXlsx(test::zipXlsxParts(noWorkbook))) ==
          u"the file is a zip archive but not an Excel workbook (.xlsx)"_s);

    XlsxParts twice = parts;
    twice.append({u"xl/worksheets/sheet1.xml"_s, test::xlsx::sheetXml("<row r=\"1\"><c><v>2</v></c></row>")});
    CHECK(errorOf(readXlsx(test::zipXlsxParts(twice))) ==
          u"the workbook is damaged: it holds two parts named xl/worksheets/sheet1.xml"_s);
    XlsxParts otherCase = parts;
    otherCase.append({u"XL/Worksheets/Sheet1.xml"_s, test::xlsx::sheetXml("<row r=\"1\"><c><v>2</v></c></row>")});
    CHECK(errorOf(readXlsx(test::zipXlsxParts(otherCase))) ==
          u"the workbook is damaged: it holds two parts named XL/Worksheets/Sheet1.xml"_s);
}

TEST_CASE("XLSX: bounded work and memory: sizes, ratios, counts", "[xlsx]")
{
    SECTION("more than 64 MiB of parts is refused before it is read")
    {
        // Stored, so that no compression ratio gives it away.
        const XlsxParts parts = test::xlsxParts({XlsxSheet{
            u"Sheet1"_s, {}, test::xlsx::sheetXml("<row><c><v>1</v></c></row>" + QByteArray(65 << 20, ' ')), {}}});
        CHECK(errorOf(readXlsx(test::zipXlsxParts(parts, false))) ==
              u"the workbook is too large: it holds more than 64 MiB of data to read"_s);
    }
    SECTION("the budget counts every part read, together")
    {
        XlsxLimits limits;
        limits.maxTotalBytes = 1 << 20;
        const QByteArray text = QByteArray(600 * 1024, 'x');
        const QByteArray shared = test::xlsx::sharedStringsXml("<si><t>" + text + "</t></si>");
        const QByteArray sheet = test::xlsx::sheetXml("<row r=\"1\"><c t=\"inlineStr\"><is><t>" + text.left(1000) +
                                                      "</t></is></c></row>" + QByteArray(500 * 1024, ' '));
        limits.maxTextLength = 1 << 20;
        const QByteArray stored = test::zipXlsxParts(
            [&] {
                XlsxParts p = test::xlsxParts({XlsxSheet{u"Sheet1"_s, {}, sheet, {}}});
                test::setXlsxPart(p, u"xl/sharedStrings.xml"_s, shared);
                return p;
            }(),
            false);
        CHECK(errorOf(readXlsx(stored, limits)) ==
              u"the workbook is too large: it holds more than 1 MiB of data to read"_s);
        limits.maxTotalBytes = 2 << 20;
        CHECK(readXlsx(stored, limits).error.isEmpty());
    }
    SECTION("a part that inflates too far is refused without inflating it")
    {
        const QByteArray bomb = test::xlsx::sheetXml("<row r=\"1\"><c><v>1</v></c></row>" + QByteArray(20 << 20, ' '));
        QElapsedTimer timer;
        timer.start();
        CHECK(errorOf(readXlsx(test::makeXlsxRaw(bomb))) ==
              u"the workbook's part xl/worksheets/sheet1.xml expands more than 200 times (a compression bomb?)"_s);
        CHECK(timer.elapsed() < 5000);
    }
    SECTION("a part larger or smaller than it says is damaged; a huge declared size is refused")
    {
        const QByteArray good = test::makeXlsx({{u"a"_s, u"1"_s}});
        XlsxParts unzipped = test::unzipXlsxParts(good);
        const QByteArray sheet = *test::findXlsxPart(unzipped, u"xl/worksheets/sheet1.xml"_s);
        for (const quint32 size : {quint32(10), quint32(sheet.size() - 1), quint32(sheet.size() + 5)}) {
            INFO(size);
            CHECK(errorOf(readXlsx(withDeclaredSize(good, "xl/worksheets/sheet1.xml", size))) ==
                  u"the workbook is damaged: its part xl/worksheets/sheet1.xml cannot be read"_s);
        }
        QElapsedTimer timer;
        timer.start();
        CHECK(errorOf(readXlsx(withDeclaredSize(good, "xl/worksheets/sheet1.xml", 0xFFFFFFF0u)))
                  .contains(u"(a compression bomb?)"_s));
        const QByteArray storedGood = test::makeXlsx({{u"a"_s, u"1"_s}}, XlsxOptions{true, false});
        CHECK(errorOf(readXlsx(withDeclaredSize(storedGood, "xl/worksheets/sheet1.xml", 0xFFFFFFF0u)))
                  .contains(u"(a compression bomb?)"_s));
        CHECK(timer.elapsed() < 2000);
    }
    SECTION("shared strings: how many, and how long")
    {
        XlsxLimits limits;
        limits.maxSharedStrings = 3;
        const QByteArray book = test::makeXlsx({{u"a"_s, u"b"_s, u"c"_s, u"d"_s}});
        CHECK(errorOf(readXlsx(book, limits)) ==
              u"the workbook has more than 3 different texts, more than can be read"_s);
        limits.maxSharedStrings = 4;
        CHECK(readXlsx(book, limits).error.isEmpty());

        const QString longest = QString(32767, u'ơ');
        const CsvTable fits = readXlsx(test::makeXlsx({{longest}}));
        REQUIRE(fits.error.isEmpty());
        CHECK(fits.records.first().fields.first() == longest);
        CHECK(errorOf(readXlsx(test::makeXlsx({{u"x"_s, longest + u'ơ'}}))) ==
              u"shared string 1 is longer than 32767 characters, the most a cell holds"_s);
        CHECK(errorOf(readXlsx(test::makeXlsx({{u"x"_s, longest + u'ơ'}}, XlsxOptions{false, true}))) ==
              u"cell B1: the text is longer than 32767 characters, the most a cell holds"_s);
    }
    SECTION("rows by columns: a far cell in many rows is refused before the table is padded")
    {
        QByteArray rows;
        for (int r = 1; r <= 300; ++r)
            rows +=
                "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r) + "\"><v>1</v></c></row>";
        CHECK(errorOf(readSheetData(rows)) ==
              u"row 245: the sheet is too large to read (its rows by its columns A to XFD make more than 4000000 "
              u"cells)"_s);
        XlsxLimits limits;
        limits.maxCells = 300 * 16384;
        CHECK(readXlsx(test::makeXlsxRaw(test::xlsx::sheetXml(rows), test::xlsx::sharedStringsXml({})), limits)
                  .records.size() == 300);
    }
    SECTION("parts and relationships")
    {
        XlsxLimits limits;
        limits.maxParts = 5;
        CHECK(errorOf(readXlsx(test::makeXlsx({{u"a"_s}}), limits)) ==
              u"the workbook has more parts than a workbook can (at most 5 are read)"_s);
        limits.maxParts = 6;
        CHECK(readXlsx(test::makeXlsx({{u"a"_s}}), limits).error.isEmpty());
    }
}
