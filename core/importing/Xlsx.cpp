#include "core/importing/Xlsx.h"

#include "core/common/Text.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>
#include <charconv>
#include <climits>
#include <cmath>
#include <functional>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace parindex {

namespace {

const QByteArray kZipMagic = QByteArrayLiteral("PK\x03\x04");
// An OLE compound file: an old .xls workbook, or an encrypted OOXML one (the package inside a
// stream named "EncryptedPackage").
const QByteArray kCompoundMagic = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
const QByteArray kEncryptedPackage = QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);

constexpr quint64 kRatioFloor = 1 << 20; // the ratio is only checked above this size

// Text from the file, fit to quote in a message: short and harmless on a terminal.
QString shown(QStringView text)
{
    constexpr qsizetype kMax = 40;
    QString out = safeForDisplay(text.left(kMax).toString());
    if (text.size() > kMax)
        out += QChar(0x2026);
    return out;
}

// ST_Xstring escapes: "_xHHHH_" is the UTF-16 code unit HHHH (Excel writes a carriage return in a
// cell as _x000D_), and "_x005F_" escapes an underscore that would start one.
QString decodeEscapes(const QString& text)
{
    if (!text.contains(QLatin1String("_x"), Qt::CaseInsensitive))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && (text.at(i + 1) == u'x' || text.at(i + 1) == u'X') &&
            text.at(i + 6) == u'_') {
            ushort unit = 0;
            qsizetype k = i + 2;
            for (; k < i + 6; ++k) {
                const char16_t c = text.at(k).unicode();
                const int digit = c >= u'0' && c <= u'9'   ? c - u'0'
                                  : c >= u'a' && c <= u'f' ? c - u'a' + 10
                                  : c >= u'A' && c <= u'F' ? c - u'A' + 10
                                                           : -1;
                if (digit < 0)
                    break;
                unit = ushort(unit * 16 + digit);
            }
            if (k == i + 6) {
                out += QChar(unit);
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

// A relationship's target as a part name: relative to the source part's folder unless it
// starts with '/', percent-decoded, "." and ".." resolved. Empty when it leaves the package.
QString resolveTarget(const QString& folder, const QString& target)
{
    QString t = QUrl::fromPercentEncoding(target.toUtf8());
    t.replace(u'\\', u'/');
    QStringList segments;
    if (!t.startsWith(u'/'))
        segments = folder.split(u'/', Qt::SkipEmptyParts);
    for (const QString& s : t.split(u'/', Qt::SkipEmptyParts)) {
        if (s == QLatin1String("."))
            continue;
        if (s == QLatin1String("..")) {
            if (segments.isEmpty())
                return {};
            segments.removeLast();
        } else {
            segments.append(s);
        }
    }
    return segments.join(u'/');
}

// A row number as written in a reference or a row's r: digits without a leading zero. 0 when it
// is not one; INT_MAX when it has more digits than any sheet has rows.
int parseRowNumber(QStringView text)
{
    if (text.isEmpty() || text.front() == u'0')
        return 0;
    qint64 n = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return 0;
        n = qMin<qint64>(n * 10 + (c.unicode() - '0'), INT_MAX);
    }
    return int(n);
}

// A buffer that refuses a seek past its end quietly (QBuffer warns), as a damaged zip asks.
class QuietBuffer : public QBuffer
{
public:
    bool seek(qint64 pos) override { return pos >= 0 && pos <= size() && QBuffer::seek(pos); }
};

} // namespace

// The reading of one workbook. Every step returns an empty string or the error that ends it.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    XlsxReader(const QByteArray& bytes, const XlsxLimits& limits)
        : m_limits(limits), m_budget(limits.maxTotalBytes), m_zip(&m_buffer)
    {
        m_buffer.setData(bytes);
    }

    QString read(CsvTable& table);

private:
    struct Part
    {
        QString name;
        int index = 0; // position in the zip's directory
        quint64 size = 0;
        quint64 compressedSize = 0;
        quint16 flags = 0;
        quint16 method = 0;
    };
    struct Relationship
    {
        QString type;
        QString target; // a part name; empty for external targets and ones outside the package
    };
    struct Relationships
    {
        QList<Relationship> inOrder;
        QHash<QString, qsizetype> byId; // the first of each id
        const Relationship* find(const QString& id) const
        {
            const auto it = byId.constFind(id);
            return it == byId.cend() ? nullptr : &inOrder.at(it.value());
        }
    };
    using TokenHandler = std::function<bool(QXmlStreamReader&, QString& error)>;

    QString indexParts();
    const Part* findPart(const QString& name) const;
    QString readPart(const Part& part, QByteArray& out);
    QString parseXml(const Part& part, const QByteArray& xml, const TokenHandler& onToken);
    QString readRelationships(const QString& source, Relationships& out);
    QString notAWorkbook() const;
    QString readSharedStrings(const Part& part);
    QString readSheet(const Part& part, CsvTable& table);
    QString tooLarge() const
    {
        return tr("the workbook is too large: it holds more than %1 MiB of data to read")
            .arg(m_limits.maxTotalBytes >> 20);
    }
    QString damaged(const QString& partName) const
    {
        return tr("the workbook is damaged: its part %1 cannot be read").arg(shown(partName));
    }

    const XlsxLimits m_limits;
    qint64 m_budget; // uncompressed bytes that may still be read
    QuietBuffer m_buffer;
    QuaZip m_zip;
    QHash<QString, Part> m_parts; // by case-folded name: part names in a package ignore case
    QStringList m_sharedStrings;
};

QString XlsxReader::indexParts()
{
    if (!m_buffer.open(QIODevice::ReadOnly) || !m_zip.open(QuaZip::mdUnzip))
        return tr("the workbook is damaged: it is not a readable zip archive");
    const int count = m_zip.getEntriesCount();
    if (count < 0 || count > m_limits.maxParts)
        return tr("the workbook has more parts than a workbook can (at most %1 are read)").arg(m_limits.maxParts);
    int index = 0;
    for (bool more = m_zip.goToFirstFile(); more; more = m_zip.goToNextFile(), ++index) {
        if (index >= count)
            return tr("the workbook is damaged: it is not a readable zip archive");
        QuaZipFileInfo64 info;
        if (!m_zip.getCurrentFileInfo(&info))
            return tr("the workbook is damaged: it is not a readable zip archive");
        if (info.name.endsWith(u'/'))
            continue; // a folder
        const QString key = info.name.toCaseFolded();
        if (m_parts.contains(key))
            return tr("the workbook is damaged: it holds two parts named %1").arg(shown(info.name));
        m_parts.insert(key,
                       Part{info.name, index, info.uncompressedSize, info.compressedSize, info.flags, info.method});
    }
    if (m_zip.getZipError() != UNZ_OK && m_parts.isEmpty())
        return tr("the workbook is damaged: it is not a readable zip archive");
    return {};
}

const XlsxReader::Part* XlsxReader::findPart(const QString& name) const
{
    const auto it = m_parts.constFind(name.toCaseFolded());
    return it == m_parts.cend() ? nullptr : &it.value();
}

QString XlsxReader::readPart(const Part& part, QByteArray& out)
{
    out.clear();
    if (part.flags & 0x0001)
        return tr("the workbook is password-protected; save it without a password");
    if (part.method != 0 && part.method != 8)
        return tr("the workbook's part %1 is compressed with method %2, which XLSX files do not use")
            .arg(shown(part.name))
            .arg(part.method);
    if (part.size > kRatioFloor &&
        part.size / qMax<quint64>(part.compressedSize, 1) > quint64(m_limits.maxCompressionRatio))
        return tr("the workbook's part %1 expands more than %2 times (a compression bomb?)")
            .arg(shown(part.name))
            .arg(m_limits.maxCompressionRatio);
    if (part.size > quint64(m_budget))
        return tooLarge();

    // Walk to the entry by its position: never by a name that would have to survive a round
    // trip through the archive's name encoding.
    bool found = m_zip.goToFirstFile();
    for (int i = 0; found && i < part.index; ++i)
        found = m_zip.goToNextFile();
    QuaZipFile file(&m_zip);
    if (!found || !file.open(QIODevice::ReadOnly))
        return damaged(part.name);
    // The reader never inflates past the declared size; a part that is longer or shorter than
    // it says, or whose CRC differs, is damaged.
    out.resize(qsizetype(part.size));
    qint64 got = 0;
    while (got < out.size()) {
        const qint64 n = file.read(out.data() + got, out.size() - got);
        if (n <= 0)
            break;
        got += n;
    }
    char extra = 0;
    const bool longer = got == out.size() && file.read(&extra, 1) > 0;
    file.close();
    if (got != out.size() || longer || file.getZipError() != UNZ_OK) {
        out.clear();
        return damaged(part.name);
    }
    m_budget -= qint64(part.size);
    return {};
}

QString XlsxReader::parseXml(const Part& part, const QByteArray& xml, const TokenHandler& onToken)
{
    QXmlStreamReader reader(xml);
    QString error;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        // A document type declaration is where entities (and their expansion bombs) come from;
        // no workbook has one.
        if (token == QXmlStreamReader::DTD)
            return tr("the workbook's part %1 has a document type declaration (DOCTYPE), which workbooks never "
                      "have; it is refused")
                .arg(shown(part.name));
        if (token == QXmlStreamReader::EntityReference)
            return tr("the workbook's part %1 refers to an undeclared entity").arg(shown(part.name));
        if (token == QXmlStreamReader::Invalid)
            break;
        if (!onToken(reader, error))
            return error;
    }
    if (reader.hasError())
        return tr("the workbook is damaged: its part %1 is not well-formed XML (line %2: %3)")
            .arg(shown(part.name))
            .arg(reader.lineNumber())
            .arg(reader.errorString());
    return {};
}

QString XlsxReader::readRelationships(const QString& source, Relationships& out)
{
    out = Relationships();
    const qsizetype slash = source.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : source.left(slash);
    const QString relsName = (folder.isEmpty() ? QString() : folder + u'/') + QLatin1String("_rels/") +
                             source.mid(slash + 1) + QLatin1String(".rels");
    const Part* part = findPart(relsName);
    if (!part)
        return {};
    QByteArray xml;
    if (QString error = readPart(*part, xml); !error.isEmpty())
        return error;
    return parseXml(*part, xml, [&](QXmlStreamReader& r, QString& error) {
        if (!r.isStartElement() || r.name() != QLatin1String("Relationship"))
            return true;
        if (out.inOrder.size() >= m_limits.maxParts) {
            error = tr("the workbook is damaged: its part %1 has more relationships than it has parts")
                        .arg(shown(part->name));
            return false;
        }
        const QXmlStreamAttributes a = r.attributes();
        const QString id = a.value(QLatin1String("Id")).toString();
        if (out.byId.contains(id))
            return true; // the first one counts
        const bool external = a.value(QLatin1String("TargetMode")) == QLatin1String("External");
        out.byId.insert(id, out.inOrder.size());
        out.inOrder.append(
            Relationship{a.value(QLatin1String("Type")).toString(),
                         external ? QString() : resolveTarget(folder, a.value(QLatin1String("Target")).toString())});
        return true;
    });
}

QString XlsxReader::notAWorkbook() const
{
    if (findPart(QStringLiteral("mimetype")) || findPart(QStringLiteral("content.xml")))
        return tr("this is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) or as CSV");
    if (findPart(QStringLiteral("xl/workbook.bin")))
        return tr("this is a binary Excel workbook (.xlsb); save it as an Excel workbook (.xlsx) or as CSV");
    return tr("the file is a zip archive but not an Excel workbook (.xlsx)");
}

QString XlsxReader::read(CsvTable& table)
{
    if (QString error = indexParts(); !error.isEmpty())
        return error;

    // The workbook: where the package's relationships say, or where it always is.
    Relationships rels;
    if (QString error = readRelationships(QString(), rels); !error.isEmpty())
        return error;
    QString workbookName = QStringLiteral("xl/workbook.xml");
    for (const Relationship& rel : std::as_const(rels.inOrder)) {
        if (rel.type.endsWith(QLatin1String("/officeDocument")) && findPart(rel.target)) {
            workbookName = rel.target;
            break;
        }
    }
    const Part* workbook = findPart(workbookName);
    if (!workbook || workbookName.endsWith(QLatin1String(".bin"), Qt::CaseInsensitive))
        return notAWorkbook();
    workbookName = workbook->name;

    if (QString error = readRelationships(workbookName, rels); !error.isEmpty())
        return error;
    QString sharedStringsName;
    for (const Relationship& rel : std::as_const(rels.inOrder)) {
        if (rel.type.endsWith(QLatin1String("/sharedStrings")) && sharedStringsName.isEmpty())
            sharedStringsName = rel.target;
    }

    // The first sheet in the workbook's order that is a worksheet (not a chart sheet).
    QByteArray xml;
    if (QString error = readPart(*workbook, xml); !error.isEmpty())
        return error;
    int depth = 0;
    bool isWorkbook = false;
    bool inSheets = false;
    QString sheetName;
    QString sheetPart;
    const QString error = parseXml(*workbook, xml, [&](QXmlStreamReader& r, QString& problem) {
        if (r.isEndElement()) {
            if (depth == 2)
                inSheets = false;
            --depth;
        }
        if (!r.isStartElement())
            return true;
        ++depth;
        if (depth == 1) {
            isWorkbook = r.name() == QLatin1String("workbook");
            if (!isWorkbook)
                problem = notAWorkbook();
            return isWorkbook;
        }
        if (depth == 2)
            inSheets = r.name() == QLatin1String("sheets");
        if (depth != 3 || !inSheets || r.name() != QLatin1String("sheet"))
            return true;
        const QXmlStreamAttributes attributes = r.attributes();
        QString id;
        for (const QXmlStreamAttribute& a : attributes) {
            if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                id = a.value().toString();
        }
        const QString name = attributes.value(QLatin1String("name")).toString();
        const Relationship* rel = rels.find(id);
        if (!rel || rel->target.isEmpty()) {
            problem = tr("the workbook is damaged: it does not say where its sheet \"%1\" is").arg(shown(name));
            return false;
        }
        if (!rel->type.endsWith(QLatin1String("/worksheet")))
            return true; // a chart sheet, a dialog sheet: no cells
        sheetName = name;
        sheetPart = rel->target;
        return false;
    });
    if (!error.isEmpty())
        return error;
    if (!isWorkbook)
        return notAWorkbook();
    if (sheetPart.isEmpty())
        return tr("the workbook has no worksheet");
    const Part* sheet = findPart(sheetPart);
    if (!sheet)
        return tr("the workbook is damaged: its sheet \"%1\" is missing (%2)").arg(shown(sheetName), shown(sheetPart));

    if (!sharedStringsName.isEmpty()) {
        if (const Part* strings = findPart(sharedStringsName)) {
            if (QString e = readSharedStrings(*strings); !e.isEmpty())
                return e;
        }
    }
    return readSheet(*sheet, table);
}

QString XlsxReader::readSharedStrings(const Part& part)
{
    QByteArray xml;
    if (QString error = readPart(part, xml); !error.isEmpty())
        return error;
    // sst > si > (t | r > t | rPh > t): the phonetic runs (rPh) are not part of the text.
    int depth = 0;
    int runDepth = -1;
    int textDepth = -1;
    bool inItem = false;
    QString text;
    return parseXml(part, xml, [&](QXmlStreamReader& r, QString& error) {
        if (r.isStartElement()) {
            ++depth;
            const QStringView name = r.name();
            if (depth == 2 && name == QLatin1String("si")) {
                if (m_sharedStrings.size() >= m_limits.maxSharedStrings) {
                    error = tr("the workbook has more than %1 different texts, more than can be read")
                                .arg(m_limits.maxSharedStrings);
                    return false;
                }
                inItem = true;
                text.clear();
            } else if (inItem && depth == 3 && name == QLatin1String("t")) {
                textDepth = depth;
            } else if (inItem && depth == 3 && name == QLatin1String("r")) {
                runDepth = depth;
            } else if (runDepth == 3 && depth == 4 && name == QLatin1String("t")) {
                textDepth = depth;
            }
        } else if (r.isCharacters() && depth == textDepth) {
            if (text.size() + r.text().size() > m_limits.maxTextLength) {
                error = tr("shared string %1 is longer than %2 characters, the most a cell holds")
                            .arg(m_sharedStrings.size())
                            .arg(m_limits.maxTextLength);
                return false;
            }
            text += r.text();
        } else if (r.isEndElement()) {
            if (depth == textDepth)
                textDepth = -1;
            if (depth == runDepth)
                runDepth = -1;
            if (depth == 2 && inItem) {
                m_sharedStrings.append(normalized(decodeEscapes(text)));
                inItem = false;
            }
            --depth;
        }
        return true;
    });
}

QString XlsxReader::readSheet(const Part& part, CsvTable& table)
{
    QByteArray xml;
    if (QString error = readPart(part, xml); !error.isEmpty())
        return error;

    // worksheet > sheetData > row > c > (v | is > (t | r > t)); everything else is skipped.
    enum Depth
    {
        Root = 1,
        SheetData,
        Row,
        Cell,
        Value,
        Text,
        RunText
    };
    const QString empty = normalized(QString());
    int depth = 0;
    bool inSheetData = false;
    bool inRow = false;
    bool inCell = false;
    bool inValue = false;
    bool inInline = false;
    bool inRun = false;
    bool inText = false;
    int row = 0;
    int lastRow = 0;
    int column = -1;
    int lastColumn = -1;
    int width = 0;
    QString type;
    QString value;
    QStringList fields;
    auto cellName = [&] { return xlsxColumnName(column) + QString::number(row); };

    auto startRow = [&](QXmlStreamReader& r, QString& error) {
        const QStringView ref = r.attributes().value(QLatin1String("r"));
        const int number = ref.isEmpty() ? lastRow + 1 : parseRowNumber(ref);
        if (number <= 0) {
            error = lastRow == 0 ? tr("\"%1\" is not a row number").arg(shown(ref))
                                 : tr("after row %1: \"%2\" is not a row number").arg(lastRow).arg(shown(ref));
            return false;
        }
        if (number > m_limits.maxRows) {
            error = tr("row %1 lies beyond the sheet's last row (%2)").arg(number).arg(m_limits.maxRows);
            return false;
        }
        if (number <= lastRow) {
            error = tr("row %1 comes after row %2: the sheet's rows are out of order").arg(number).arg(lastRow);
            return false;
        }
        row = number;
        lastColumn = -1;
        fields.clear();
        return true;
    };

    auto startCell = [&](QXmlStreamReader& r, QString& error) {
        const QXmlStreamAttributes attributes = r.attributes();
        const QStringView ref = attributes.value(QLatin1String("r"));
        if (ref.isEmpty()) {
            column = lastColumn + 1;
            if (column >= m_limits.maxColumns) {
                error = tr("row %1: a cell lies beyond the sheet's last column (%2)")
                            .arg(row)
                            .arg(xlsxColumnName(m_limits.maxColumns - 1));
                return false;
            }
        } else {
            qsizetype letters = 0;
            int col = 0;
            while (letters < ref.size() && letters < 4 && ref.at(letters) >= u'A' && ref.at(letters) <= u'Z') {
                col = col * 26 + (ref.at(letters).unicode() - 'A' + 1);
                ++letters;
            }
            const int number = parseRowNumber(ref.mid(letters));
            if (letters == 0 || letters > 3 || number <= 0) {
                error = tr("row %1: \"%2\" is not a cell reference").arg(row).arg(shown(ref));
                return false;
            }
            column = col - 1;
            if (number > m_limits.maxRows) {
                error = tr("cell %1 lies beyond the sheet's last row (%2)").arg(shown(ref)).arg(m_limits.maxRows);
                return false;
            }
            if (column >= m_limits.maxColumns) {
                error = tr("cell %1 lies beyond the sheet's last column (%2)")
                            .arg(shown(ref))
                            .arg(xlsxColumnName(m_limits.maxColumns - 1));
                return false;
            }
            if (number != row) {
                error = tr("cell %1 is written inside row %2").arg(shown(ref)).arg(row);
                return false;
            }
        }
        if (column <= lastColumn) {
            error = tr("cell %1 comes after cell %2: the cells of row %3 are out of order")
                        .arg(cellName(), xlsxColumnName(lastColumn) + QString::number(row))
                        .arg(row);
            return false;
        }
        type = attributes.value(QLatin1String("t")).toString();
        value.clear();
        return true;
    };

    auto endCell = [&](QString& error) {
        QString text;
        if (type == QLatin1String("s")) {
            const QString index = value.trimmed();
            bool ok = false;
            const qsizetype i = index.toLongLong(&ok);
            if (!index.isEmpty() && !ok) {
                error = tr("cell %1: \"%2\" is not the number of a shared string").arg(cellName(), shown(index));
                return false;
            }
            if (!index.isEmpty() && (i < 0 || i >= m_sharedStrings.size())) {
                error = tr("cell %1: shared string %2 does not exist").arg(cellName()).arg(i);
                return false;
            }
            if (!index.isEmpty())
                text = m_sharedStrings.at(i);
        } else if (type.isEmpty() || type == QLatin1String("n")) {
            const QByteArray number = value.trimmed().toLatin1();
            if (!number.isEmpty()) {
                double d = 0;
                const auto [end, ec] = std::from_chars(number.constData(), number.constData() + number.size(), d);
                if (ec != std::errc() || end != number.constData() + number.size() || !std::isfinite(d)) {
                    error = tr("cell %1: \"%2\" is not a number").arg(cellName(), shown(value.trimmed()));
                    return false;
                }
                text = xlsxGeneralNumber(d);
            }
        } else if (type == QLatin1String("b")) {
            const QString b = value.trimmed();
            if (b == u'1' || b.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
                text = QStringLiteral("TRUE");
            } else if (b == u'0' || b.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
                text = QStringLiteral("FALSE");
            } else if (!b.isEmpty()) {
                error = tr("cell %1: \"%2\" is not a truth value (0 or 1)").arg(cellName(), shown(b));
                return false;
            }
        } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str") || type == QLatin1String("e") ||
                   type == QLatin1String("d")) {
            // The inline text was gathered into `value` with the <v> one (an inline cell has none).
            text = decodeEscapes(value);
        } else {
            error = tr("cell %1: \"%2\" is not a type of cell").arg(cellName(), shown(type));
            return false;
        }
        if (type != QLatin1String("s"))
            text = normalized(text); // shared strings were when they were read
        if (!text.isEmpty()) {
            while (fields.size() < column)
                fields.append(empty);
            fields.append(text);
        }
        lastColumn = column;
        return true;
    };

    auto endRow = [&](QString& error) {
        lastRow = row;
        if (fields.isEmpty())
            return true;
        const int rowWidth = int(fields.size());
        const int newWidth = qMax(width, rowWidth);
        if (qint64(table.records.size() + 1) * newWidth > m_limits.maxCells) {
            error = tr("row %1: the sheet is too large to read (its rows by its columns A to %2 make more than %3 "
                       "cells)")
                        .arg(row)
                        .arg(xlsxColumnName(newWidth - 1))
                        .arg(m_limits.maxCells);
            return false;
        }
        width = newWidth;
        table.records.append(CsvRecord{row, fields});
        return true;
    };

    bool isWorksheet = false;
    QString error = parseXml(part, xml, [&](QXmlStreamReader& r, QString& problem) {
        if (r.isStartElement()) {
            ++depth;
            const QStringView name = r.name();
            if (depth == Root) {
                isWorksheet = name == QLatin1String("worksheet");
                if (!isWorksheet)
                    problem = tr("the workbook is damaged: its first sheet is not a worksheet");
                return isWorksheet;
            }
            if (depth == SheetData && name == QLatin1String("sheetData"))
                inSheetData = true;
            else if (depth == Row && inSheetData && name == QLatin1String("row"))
                inRow = startRow(r, problem);
            else if (depth == Cell && inRow && name == QLatin1String("c"))
                inCell = startCell(r, problem);
            else if (depth == Value && inCell && name == QLatin1String("v"))
                inValue = true;
            else if (depth == Value && inCell && name == QLatin1String("is"))
                inInline = true;
            else if (depth == Text && inInline && name == QLatin1String("t"))
                inText = true;
            else if (depth == Text && inInline && name == QLatin1String("r"))
                inRun = true;
            else if (depth == RunText && inRun && name == QLatin1String("t"))
                inText = true;
            return problem.isEmpty();
        }
        if (r.isCharacters()) {
            const bool collect = (inValue && depth == Value) || (inText && (depth == Text || depth == RunText));
            if (collect) {
                if (value.size() + r.text().size() > m_limits.maxTextLength) {
                    problem = tr("cell %1: the text is longer than %2 characters, the most a cell holds")
                                  .arg(cellName())
                                  .arg(m_limits.maxTextLength);
                    return false;
                }
                value += r.text();
            }
            return true;
        }
        if (!r.isEndElement())
            return true;
        bool go = true;
        switch (depth) {
        case SheetData:
            if (inSheetData)
                go = false; // the rest of the sheet (merged cells, page setup) is not needed
            break;
        case Row:
            if (inRow)
                go = endRow(problem);
            inRow = false;
            break;
        case Cell:
            if (inCell)
                go = endCell(problem);
            inCell = false;
            break;
        case Value:
            inValue = false;
            inInline = false;
            break;
        case Text:
            inText = false;
            inRun = false;
            break;
        case RunText:
            inText = false;
            break;
        default:
            break;
        }
        --depth;
        return go;
    });
    if (error.isEmpty() && !isWorksheet)
        error = tr("the workbook is damaged: its first sheet is not a worksheet");
    if (!error.isEmpty())
        return error;
    for (CsvRecord& record : table.records) {
        record.fields.reserve(width);
        while (record.fields.size() < width)
            record.fields.append(empty);
    }
    return {};
}

CsvTable readXlsx(const QByteArray& bytes, const XlsxLimits& limits)
{
    CsvTable table;
    table.sheet = true;
    auto fail = [&](const QString& error) {
        table.records.clear();
        table.error = error;
        return table;
    };
    if (bytes.isEmpty())
        return fail(QCoreApplication::translate("XlsxReader", "the file is empty"));
    if (bytes.startsWith(kCompoundMagic)) {
        if (bytes.contains(kEncryptedPackage))
            return fail(QCoreApplication::translate("XlsxReader",
                                                    "the workbook is password-protected; save it without a password"));
        return fail(QCoreApplication::translate(
            "XlsxReader",
            "this is a workbook in the old Excel format (.xls); save it as an Excel workbook (.xlsx) or as CSV"));
    }
    if (!looksLikeXlsx(bytes))
        return fail(QCoreApplication::translate("XlsxReader", "the file is not an Excel workbook (.xlsx)"));
    XlsxReader reader(bytes, limits);
    if (const QString error = reader.read(table); !error.isEmpty())
        return fail(error);
    return table;
}

bool looksLikeXlsx(const QByteArray& bytes)
{
    return bytes.startsWith(kZipMagic);
}

QString xlsxColumnName(int column)
{
    QString name;
    for (int n = column; n >= 0; n = n / 26 - 1)
        name.prepend(QChar(u'A' + n % 26));
    return name;
}

QString xlsxGeneralNumber(double value)
{
    if (value == 0 || !std::isfinite(value))
        return QStringLiteral("0");
    // Rounded to 15 significant digits: d.dddddddddddddde±x.
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific, 14);
    if (ec != std::errc())
        return QStringLiteral("0");
    const QLatin1String text(buffer, end);
    const bool negative = text.startsWith(u'-');
    const qsizetype e = text.indexOf(u'e');
    const QLatin1String mantissa = text.mid(negative ? 1 : 0, e - (negative ? 1 : 0));
    int exponent = text.mid(e + 1).toString().toInt();
    QString digits = QString(mantissa).remove(u'.');
    while (digits.size() > 1 && digits.endsWith(u'0'))
        digits.chop(1);

    QString out = negative ? QStringLiteral("-") : QString();
    if (exponent >= -9 && exponent < 21) {
        if (exponent < 0)
            out += QLatin1String("0.") + QString(-exponent - 1, u'0') + digits;
        else if (exponent + 1 >= digits.size())
            out += digits + QString(exponent + 1 - digits.size(), u'0');
        else
            out += digits.left(exponent + 1) + u'.' + digits.mid(exponent + 1);
        return out;
    }
    out += digits.left(1);
    if (digits.size() > 1)
        out += u'.' + digits.mid(1);
    out += exponent < 0 ? QLatin1String("E-") : QLatin1String("E+");
    out += QString::number(std::abs(exponent)).rightJustified(2, u'0');
    return out;
}

} // namespace parindex
