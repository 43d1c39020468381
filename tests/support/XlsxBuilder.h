#pragma once

// Small XLSX workbooks for tests, written with QuaZip: the minimal valid package
// ([Content_Types].xml, _rels/.rels, xl/workbook.xml, xl/_rels/workbook.xml.rels, one part per
// sheet and xl/sharedStrings.xml). Text cells are shared strings (or inline strings), cells that
// read as numbers are numeric cells; a sheet can also be given as raw XML, and the parts can be
// edited before they are zipped, to break one thing at a time.

#include <QBuffer>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace test {

// (part name, bytes) in zip order.
using XlsxParts = QList<QPair<QString, QByteArray>>;

struct XlsxSheet
{
    QString name = QStringLiteral("Sheet1");
    QList<QStringList> rows; // rows[i] is row i + 1, rows[i][j] column j (A = 0); "" leaves no cell
    QByteArray xml;          // raw mode: the worksheet part as is (rows are then ignored)
    QString part;            // the part's name, under xl/; default xl/worksheets/sheet<n>.xml
};

struct XlsxOptions
{
    bool sharedStrings = true; // text as shared strings; false: inline strings
    bool compress = true;      // deflate the parts; false: store them
};

namespace xlsx {

inline const char* const kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
inline const char* const kRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline const char* const kPackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

inline QString cellRef(int column, int row)
{
    QString name;
    for (int n = column; n >= 0; n = n / 26 - 1)
        name.prepend(QChar(u'A' + n % 26));
    return name + QString::number(row);
}

inline QByteArray escaped(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

// A <t> element, keeping leading and trailing spaces.
inline QByteArray textElement(const QString& text)
{
    const bool preserve = !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
    return (preserve ? QByteArray("<t xml:space=\"preserve\">") : QByteArray("<t>")) + escaped(text) + "</t>";
}

inline bool isNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    return number.match(text).hasMatch();
}

// A worksheet part around the given <sheetData> content.
inline QByteArray sheetXml(const QByteArray& sheetData)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"") + kMain +
           "\" xmlns:r=\"" + kRelationships + "\"><dimension ref=\"A1\"/><sheetData>" + sheetData +
           "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
           "footer=\"0.3\"/></worksheet>";
}

// A shared strings part around the given <si> items.
inline QByteArray sharedStringsXml(const QByteArray& items)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"") + kMain + "\">" +
           items + "</sst>";
}

} // namespace xlsx

// The parts of a workbook with `sheets` in workbook order.
inline XlsxParts xlsxParts(const QList<XlsxSheet>& sheets, const XlsxOptions& options = {})
{
    QStringList strings;
    QByteArray workbookSheets;
    QByteArray workbookRels;
    QByteArray overrides;
    XlsxParts sheetParts;
    for (int s = 0; s < sheets.size(); ++s) {
        const XlsxSheet& sheet = sheets.at(s);
        const QString part = sheet.part.isEmpty() ? QStringLiteral("xl/worksheets/sheet%1.xml").arg(s + 1) : sheet.part;
        QByteArray xml = sheet.xml;
        if (xml.isEmpty()) {
            QByteArray data;
            for (int r = 0; r < sheet.rows.size(); ++r) {
                data += "<row r=\"" + QByteArray::number(r + 1) + "\">";
                for (int c = 0; c < sheet.rows.at(r).size(); ++c) {
                    const QString& text = sheet.rows.at(r).at(c);
                    if (text.isEmpty())
                        continue;
                    const QByteArray ref = xlsx::cellRef(c, r + 1).toLatin1();
                    if (xlsx::isNumber(text)) {
                        data += "<c r=\"" + ref + "\"><v>" + text.toLatin1() + "</v></c>";
                    } else if (options.sharedStrings) {
                        qsizetype index = strings.indexOf(text);
                        if (index < 0) {
                            index = strings.size();
                            strings.append(text);
                        }
                        data += "<c r=\"" + ref + "\" t=\"s\"><v>" + QByteArray::number(index) + "</v></c>";
                    } else {
                        data += "<c r=\"" + ref + "\" t=\"inlineStr\"><is>" + xlsx::textElement(text) + "</is></c>";
                    }
                }
                data += "</row>";
            }
            xml = xlsx::sheetXml(data);
        }
        sheetParts.append({part, xml});
        const QByteArray id = "rId" + QByteArray::number(s + 1);
        workbookSheets += "<sheet name=\"" + xlsx::escaped(sheet.name) + "\" sheetId=\"" + QByteArray::number(s + 1) +
                          "\" r:id=\"" + id + "\"/>";
        workbookRels += "<Relationship Id=\"" + id + "\" Type=\"" + xlsx::kRelationships + "/worksheet\" Target=\"" +
                        xlsx::escaped(part.mid(3)) + "\"/>";
        overrides += "<Override PartName=\"/" + xlsx::escaped(part) +
                     "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    }
    QByteArray items;
    for (const QString& text : strings)
        items += "<si>" + xlsx::textElement(text) + "</si>";
    workbookRels += "<Relationship Id=\"rId" + QByteArray::number(sheets.size() + 1) + "\" Type=\"" +
                    xlsx::kRelationships + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    const QByteArray declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    XlsxParts parts;
    parts.append({QStringLiteral("[Content_Types].xml"),
                  declaration +
                      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                      "<Default Extension=\"rels\" "
                      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                      "<Override PartName=\"/xl/workbook.xml\" "
                      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                      overrides +
                      "<Override PartName=\"/xl/sharedStrings.xml\" "
                      "ContentType=\"application/"
                      "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>"});
    parts.append({QStringLiteral("_rels/.rels"), declaration + "<Relationships xmlns=\"" + xlsx::kPackageRelationships +
                                                     "\"><Relationship Id=\"rId1\" Type=\"" + xlsx::kRelationships +
                                                     "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    parts.append({QStringLiteral("xl/workbook.xml"), declaration + "<workbook xmlns=\"" + xlsx::kMain +
                                                         "\" xmlns:r=\"" + xlsx::kRelationships + "\"><sheets>" +
                                                         workbookSheets + "</sheets></workbook>"});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), declaration + "<Relationships xmlns=\"" +
                                                                    xlsx::kPackageRelationships + "\">" + workbookRels +
                                                                    "</Relationships>"});
    parts.append(sheetParts);
    parts.append({QStringLiteral("xl/sharedStrings.xml"), xlsx::sharedStringsXml(items)});
    return parts;
}

inline QByteArray* findXlsxPart(XlsxParts& parts, const QString& name)
{
    for (auto& [n, bytes] : parts) {
        if (n == name)
            return &bytes;
    }
    return nullptr;
}

inline void setXlsxPart(XlsxParts& parts, const QString& name, const QByteArray& bytes)
{
    if (QByteArray* existing = findXlsxPart(parts, name))
        *existing = bytes;
    else
        parts.append({name, bytes});
}

inline void removeXlsxPart(XlsxParts& parts, const QString& name)
{
    parts.removeIf([&](const QPair<QString, QByteArray>& p) { return p.first == name; });
}

inline QByteArray zipXlsxParts(const XlsxParts& parts, bool compress = true)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        zip.setAutoClose(false);
        if (!zip.open(QuaZip::mdCreate))
            return {};
        for (const auto& [name, bytes] : parts) {
            QuaZipFile f(&zip);
            if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, compress ? Z_DEFLATED : 0,
                        compress ? Z_DEFAULT_COMPRESSION : 0))
                return {};
            f.write(bytes);
            f.close();
        }
        zip.close();
    }
    return buffer.data();
}

// The parts of a zip, in its order (unreadable entries left out).
inline XlsxParts unzipXlsxParts(const QByteArray& zipBytes)
{
    XlsxParts out;
    QBuffer buffer;
    buffer.setData(zipBytes);
    buffer.open(QIODevice::ReadOnly);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return out;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        if (f.open(QIODevice::ReadOnly))
            out.append({zip.getCurrentFileName(), f.readAll()});
    }
    return out;
}

// A workbook of one sheet with these rows.
inline QByteArray makeXlsx(const QList<QStringList>& rows, const XlsxOptions& options = {})
{
    XlsxSheet sheet;
    sheet.rows = rows;
    return zipXlsxParts(xlsxParts({sheet}, options), options.compress);
}

// A workbook of one sheet whose worksheet part is `sheet` as is, and whose shared strings part is
// `sharedStrings` when given (else empty).
inline QByteArray makeXlsxRaw(const QByteArray& sheet, const QByteArray& sharedStrings = {})
{
    XlsxSheet s;
    s.xml = sheet;
    XlsxParts parts = xlsxParts({s});
    if (!sharedStrings.isNull())
        setXlsxPart(parts, QStringLiteral("xl/sharedStrings.xml"), sharedStrings);
    return zipXlsxParts(parts);
}

} // namespace test
