#pragma once

#include "core/common/UnitGroup.h"
#include "core/records/Assessment.h"

#include <QCoreApplication>
#include <QStringList>

namespace parindex {

struct HistoricRow
{
    int line = 0;
    QString where; // "line 7" in a CSV file, "row 7" in a sheet
    QString unit;  // code or name
    UnitGroup group = UnitGroup::So;
    HistoricFigures figures;
};

struct HistoricImportReport
{
    QStringList problems; // every bad row with its line number; nothing imported when not empty
    int imported = 0;
    int unitsCreated = 0;
    bool ok() const { return problems.isEmpty(); }
};

// Reads a year's final results from a table (see README "Historic results"): every row is
// checked and every problem reported with its line. The centre stores them all or none.
class HistoricImport
{
    Q_DECLARE_TR_FUNCTIONS(HistoricImport)

public:
    // Parses and checks the table (CSV or XLSX) of `year` without touching any file; values may
    // have at most `decimals` decimals.
    static QList<HistoricRow> parse(const QByteArray& table, int year, QStringList& problems, int decimals = 2);
};

} // namespace parindex
