#pragma once

#include "core/records/Appraisal.h"
#include "core/records/Assessment.h"
#include "core/records/Survey.h"
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
    std::optional<Evaluation> selfEvaluation; // the unit's own scores, where it sent them
    // Set while the unit's points are not yet final (the appraisal is not approved): its stage.
    std::optional<AppraisalStage> provisional;
    bool awaitingSurvey = false; // its set has survey items and the year's survey has no points for it
};

// What the results of one unit and year are computed from.
struct UnitYearData
{
    Unit unit;
    CriteriaSetPtr set;                      // the set scored on, or the year's own set for bands
    std::optional<ItemInputs> inputs;        // scored here
    std::optional<HistoricFigures> historic; // imported
    std::optional<AppraisalStage> provisional;
    bool awaitingSurvey = false;
    std::optional<Evaluation> selfEvaluation;
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
    // Fills each unit's previous index and rank from last year's results: the same unit, or the
    // units it was formed from (`mappings`, old code -> new code). A unit formed from several gets
    // their mean index and no previous rank.
    void compareWith(const YearResults& previous, const QList<UnitMapping>& mappings);
};

} // namespace parindex
