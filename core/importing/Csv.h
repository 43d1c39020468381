#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace parindex {

struct CsvRecord
{
    int line = 0; // 1-based line on which the record starts
    QStringList fields;
};

struct CsvTable
{
    QChar delimiter;
    QList<CsvRecord> records; // header included, blank lines skipped
    QString error;            // set when the text cannot be read as CSV at all
    bool sheet = false;       // read from a spreadsheet (XLSX): `line` is the sheet's row number
};

// RFC 4180 reading with the habits of Vietnamese office tables: UTF-8 with or without BOM,
// ',' or ';' (chosen from the header line), quoted fields with doubled quotes, CRLF or LF.
// Every field is NFC-normalised and trimmed.
CsvTable readCsv(const QByteArray& bytes);

} // namespace parindex
