#pragma once

#include "core/common/Result.h"
#include "core/decimal/Points.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace parindex {

// One cell of a sheet. Numbers are written as numbers (never as text), with a number format of
// exactly their decimals, so that a spreadsheet program shows them with the reader's decimal
// separator (84,58 in Vietnamese) and can compute with them.
struct SheetCell
{
    enum class Kind
    {
        Empty,
        Text,
        Number,
        Integer
    };
    Kind kind = Kind::Empty;
    QString text;
    Points number;
    int decimals = 2; // 0-3
    qint64 integer = 0;

    static SheetCell ofText(QString text);
    // The cell holds `p` rounded half away from zero to `decimals` (0-3): the figure that is
    // shown is the figure that is stored, so sums in the spreadsheet add up what the reader sees.
    static SheetCell ofPoints(Points p, int decimals = 2);
    // Exact up to 2^53 (spreadsheets hold numbers as binary doubles).
    static SheetCell ofInteger(qint64 n);
    static SheetCell empty();
};

struct SheetColumn
{
    QString header;
    int width = 0; // in characters; 0 = from the header and the column's content
};

// A table on a sheet: an optional title line, the header row (bold, wrapped, bordered, with a
// filter, frozen with everything above it), the rows, and footer rows (bold, below the table
// after one empty row, outside the filter — a group's average, a total).
struct Sheet
{
    QString name;  // made valid by validSheetNames() when written
    QString title; // optional line above the header, bold, merged over the table's width
    QList<SheetColumn> columns;
    QList<QList<SheetCell>> rows;
    QList<QList<SheetCell>> footer;
};

struct Workbook
{
    QList<Sheet> sheets;
    QString title;
    QString author;
};

// The names the sheets get: NFC, at most 31 characters (cut between letters, never inside one),
// none of []:*?/\ (brackets become parentheses, the others '-'), no control characters, no
// apostrophe at either end, not empty ("Sheet 3"), not Excel's reserved "History", and unique
// without regard to case (" (2)", " (3)", … added).
QStringList validSheetNames(const QStringList& wanted);

// The .xlsx file's bytes. libxlsxwriter builds it in a private temporary folder that is removed
// afterwards; nothing else on disk is touched.
Result<QByteArray> xlsxBytes(const Workbook& book);

// Writes the workbook atomically: nothing at `path` changes unless the whole file is written
// (FileGuard checks the path; the bytes go through a PendingFile).
Status writeXlsx(const Workbook& book, const QString& path);

} // namespace parindex
