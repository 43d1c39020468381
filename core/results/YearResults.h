#pragma once

#include "Ranking.h"
#include "common/Result.h"
#include "scoring/Evaluation.h"
#include "store/DataFile.h"

#include <optional>

namespace parindex {

// One unit's figures for a year, with the per-area breakdown where the year was scored here.
struct UnitYearResult
{
    ResultRow row;
    CriteriaSetPtr set;                 // null for historic results
    std::optional<Evaluation> evaluation;
};

// Everything the results views and commands need for one year: rows ranked within groups and
// the group summaries.
struct YearResults
{
    int year = 0;
    QList<UnitYearResult> units;        // in ranking order
    QList<GroupSummary> groups;

    QList<ResultRow> rows() const;
    const UnitYearResult* unit(const QString& code) const;

    static Result<YearResults> compute(DataFile& file, int year, std::optional<UnitGroup> onlyGroup = std::nullopt);
};

} // namespace parindex
