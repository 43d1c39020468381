#pragma once

#include "core/reports/Spreadsheet.h"
#include "core/results/YearResults.h"

#include <QCoreApplication>

namespace parindex {

// A year's results and their analysis as a workbook (Excel): one sheet per group (STT, unit,
// appraised and survey points, bonus, penalty, total, index, rank, band, last year's index and the
// change; the group's average below) and the analysis sheets (index per area, per criterion,
// self-score against appraisal). Headers in the workbook's language (Vietnamese by default).
class ResultsWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(ResultsWorkbook)

public:
    static Workbook build(const YearResults& results, const QString& language = QStringLiteral("vi"));
};

} // namespace parindex
