#pragma once

#include "core/importing/Csv.h"

#include <QByteArray>
#include <QString>

namespace parindex {

// What an XLSX file from outside may make the reader do. The defaults are Excel's own sheet
// limits and bounds well above any office table, so that no file can take unbounded time or
// memory.
struct XlsxLimits
{
    int maxParts = 10000;                    // entries in the zip
    qint64 maxTotalBytes = qint64(64) << 20; // uncompressed bytes of all the parts read, together
    qint64 maxCompressionRatio = 200;        // for a part above 1 MiB: uncompressed / compressed
    int maxRows = 1048576;                   // Excel's last row
    int maxColumns = 16384;                  // Excel's last column, XFD
    qint64 maxCells = 4000000;               // rows kept × the table's width
    int maxSharedStrings = 1000000;          // entries of xl/sharedStrings.xml
    int maxTextLength = 32767;               // characters of one cell (Excel's own limit)
};

// Reads the first worksheet (in workbook order, via xl/workbook.xml + xl/_rels/workbook.xml.rels) of an
// Office Open XML workbook into the same shape readCsv gives: records with `line` = the spreadsheet row
// number (1-based), fields by column (A = 0), every row padded to the table's width (the rightmost
// non-empty column over all rows), wholly empty rows skipped, every field NFC-normalised and trimmed.
// `delimiter` stays null and `sheet` is true. Cells read as a spreadsheet shows them: text as text
// (shared, inline and rich), formulas by their cached result, booleans as TRUE/FALSE, errors as their
// text (#DIV/0!) and numbers as the General format shows them (15 significant digits, '.' as the
// decimal point: 65.43000000000001 is "65.43"); date formats are not applied (a date stays its serial
// number). On failure `error` is set to a specific message (naming the cell where there is one) and
// records is empty.
CsvTable readXlsx(const QByteArray& bytes, const XlsxLimits& limits = {});
// Whether the bytes start as a zip archive does ("PK\x03\x04"), as every XLSX file does.
bool looksLikeXlsx(const QByteArray& bytes);
// The column letters of a 0-based column index: 0 -> "A", 27 -> "AB"; empty for a negative index.
QString xlsxColumnName(int column);
// A number as a spreadsheet's General format shows it: 15 significant digits, the shortest form,
// '.' as the decimal point, plain notation from 1E-9 up to below 1E+21 ("0.001", "100", "-2.5"),
// scientific beyond ("1.5E+25", "1E-10"); -0 is "0".
QString xlsxGeneralNumber(double value);

} // namespace parindex
