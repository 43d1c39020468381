#pragma once

#include "core/decimal/Points.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& s) { return "[" + s.join(QStringLiteral(" | ")).toStdString() + "]"; }
};
template <> struct StringMaker<parindex::Points>
{
    static std::string convert(const parindex::Points& p) { return p.toString().toStdString(); }
};
} // namespace Catch

namespace test {

parindex::Points pts(const char* text);
QString sourcePath(const QString& relative);
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs the built parindex-cli with `args` (English messages).
CliResult runCli(const QStringList& args);

// The text of a PDF as pdftotext extracts it (poppler-utils).
QString pdfText(const QString& pdf, bool layout = false);

// Counts rows of a table in a SQLite file, through a SQLite connection of its own (SQLite shares
// its locks between the connections of one process, so this is safe while the file is open).
int countRows(const QString& dbPath, const QString& table);
// The first column of the first row a query returns, read through a connection of its own.
QString queryValue(const QString& dbPath, const QString& sql);
// Runs one statement on a SQLite file through a connection of its own, as a damaging program would.
void execSql(const QString& dbPath, const QString& sql);

} // namespace test
