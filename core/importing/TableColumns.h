#pragma once

#include "core/importing/Csv.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace parindex {

// The columns of an office table, found by their header names in English or Vietnamese (in any
// Unicode form and case): reads the header row, reports unknown, repeated and missing columns
// with the line, and gives each row's field by column. A column named "STT" (a row number) is
// always ignored. A preview may assign columns by hand instead of by name.
class TableColumns
{
    Q_DECLARE_TR_FUNCTIONS(TableColumns)

public:
    // names[c]: the header names accepted for column c; the first is the one reported.
    explicit TableColumns(QList<QStringList> names);

    // Reads the header (the table's first record); every problem is appended. False when there
    // was one. `assigned` overrides the names: column c is field assigned[c] (-1: none), for
    // every c it holds.
    bool readHeader(const CsvTable& table, const QList<int>& required, QStringList& problems,
                    const QHash<int, int>& assigned = {});
    bool has(int column) const { return m_index.value(column, -1) >= 0; }
    // The field of the table that column c was found in, or -1.
    int fieldOf(int column) const { return m_index.value(column, -1); }
    QString field(const CsvRecord& row, int column) const;
    // A row with another number of fields than the header, described; empty when it fits.
    QString widthProblem(const CsvRecord& row) const;
    QString name(int column) const { return m_names.at(column).first(); }
    // Where a record is, in the words of its source: "line 7" in a CSV file, "row 7" in a sheet.
    QString where(int line) const;
    // "line 7: problem" / "row 7: problem".
    QString at(int line, const QString& problem) const;

private:
    QList<QStringList> m_names;
    QList<int> m_index;
    qsizetype m_width = 0;
    bool m_sheet = false;
};

// Reads a table a person chose: an XLSX workbook (its first sheet) or CSV text, told apart by
// their content.
CsvTable readTable(const QByteArray& bytes);

} // namespace parindex
