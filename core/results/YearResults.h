#pragma once

#include "core/records/Appraisal.h"
#include "core/records/Assessment.h"
#include "core/records/Unit.h"
#include "core/results/Ranking.h"
#include "core/scoring/Evaluation.h"

#include <optional>

namespace parindex {

// One unit's figures for a year, with the per-area breakdown where the year was scored here.
struct UnitYearResult
{
    ResultRow row;
    CriteriaSetPtr set; // null for historic results of a year with no shipped set
    std::optional<Evaluation> evaluation;
    // Set while the unit's points are not yet final (the appraisal is not approved): its stage.
    std::optional<AppraisalStage> provisional;
};

// What the results of one unit and year are computed from.
struct UnitYearData
{
    Unit unit;
    CriteriaSetPtr set;                      // the set scored on, or the year's set for bands
    std::optional<ItemInputs> inputs;        // scored here
    std::optional<HistoricFigures> historic; // imported
    std::optional<AppraisalStage> provisional;
};

// Everything the results views and commands need for one year: rows ranked within groups and
// the group summaries. Built from data the centre's service reads; computing touches no file.
struct YearResults
{
    int year = 0;
    QList<UnitYearResult> units; // in ranking order
    QList<GroupSummary> groups;

    QList<ResultRow> rows() const;
    const UnitYearResult* unit(const QString& code) const;

    static YearResults build(int year, const QList<UnitYearData>& data);
};

} // namespace parindex
