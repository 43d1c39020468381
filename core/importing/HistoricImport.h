#pragma once

#include "common/UnitGroup.h"
#include "store/Assessments.h"

#include <QCoreApplication>
#include <QStringList>

namespace parindex {

struct HistoricRow
{
    int line = 0;
    QString unit;           // code or name
    UnitGroup group = UnitGroup::So;
    HistoricFigures figures;
};

struct HistoricImportReport
{
    QStringList problems;   // every bad row with its line number; nothing imported when not empty
    int imported = 0;
    int unitsCreated = 0;
    bool ok() const { return problems.isEmpty(); }
};

// Imports a year's final results from a table (see README "Historic results"). All or nothing:
// every row is checked first; one bad row and the file is left exactly as it was.
class HistoricImport
{
    Q_DECLARE_TR_FUNCTIONS(HistoricImport)

public:
    // Parses and checks the table without touching any file.
    static QList<HistoricRow> parse(const QByteArray& csv, QStringList& problems);
    static HistoricImportReport run(DataFile& file, int year, const QByteArray& csv);
};

} // namespace parindex
