#pragma once

#include "core/importing/Csv.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace parindex {

// The columns of an office table, found by their header names in English or Vietnamese (in any
// Unicode form and case): reads the header row, reports unknown, repeated and missing columns
// with the line, and gives each row's field by column. A column named "STT" (a row number) is
// always ignored.
class TableColumns
{
    Q_DECLARE_TR_FUNCTIONS(TableColumns)

public:
    // names[c]: the header names accepted for column c; the first is the one reported.
    explicit TableColumns(QList<QStringList> names);

    // Reads the header; every problem is appended. False when there was one.
    bool readHeader(const CsvRecord& header, const QList<int>& required, QStringList& problems);
    bool has(int column) const { return m_index.value(column, -1) >= 0; }
    QString field(const CsvRecord& row, int column) const;
    // A row with another number of fields than the header, described; empty when it fits.
    QString widthProblem(const CsvRecord& row) const;
    QString name(int column) const { return m_names.at(column).first(); }

private:
    QList<QStringList> m_names;
    QList<int> m_index;
    qsizetype m_width = 0;
};

} // namespace parindex
