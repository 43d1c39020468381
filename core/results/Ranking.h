#pragma once

#include "core/common/UnitGroup.h"
#include "core/criteria/CriteriaSet.h"
#include "core/decimal/Points.h"

#include <QList>
#include <QString>
#include <optional>

namespace parindex {

struct ResultRow
{
    QString unitCode;
    QString unitName;
    UnitGroup group = UnitGroup::So;
    bool ranked = true; // "not ranked" units are shown but get no rank
    Points total;
    Points max;
    // The parts of the total: appraised points (everything the unit scores, after appraisal),
    // survey points, and the bonus and penalty as counted (after their caps).
    Points appraised;
    Points survey;
    Points bonus;
    Points penalty;
    // What the appraised and survey parts could reach; zero when not known (results imported
    // without them).
    Points appraisedMax;
    Points surveyMax;
    int rank = 0; // 0 = no rank
    QString band; // band label, empty when the year has no bands
    int indexDecimals = 2;
    RankPrecision rankPrecision = RankPrecision::Published;
    // Last year's published index and rank of the unit (or of the units it was formed from).
    std::optional<Points> previousIndex;
    int previousRank = 0; // 0 = none (not ranked, unknown, or several units merged)

    Ratio index() const { return Ratio(total, max); }
    Points publishedIndex() const { return index().percent(indexDecimals); }
    Ratio appraisedIndex() const { return Ratio(appraised, appraisedMax); }
    Ratio surveyIndex() const { return Ratio(survey, surveyMax); }
    // Whether two rows of a group share a rank: equal published indices, or equal exact indices
    // where the set asks for full precision.
    bool tiesWith(const ResultRow& other) const;
};

struct GroupSummary
{
    UnitGroup group = UnitGroup::So;
    int units = 0;                          // ranked units: the average is theirs
    int notRanked = 0;                      // shown but left out of the average
    Points averageIndex;                    // mean of the ranked units' indices, rounded to 2 decimals
    std::optional<Points> averageAppraised; // mean appraised index (%), where every unit has one
    std::optional<Points> averageSurvey;    // mean survey index (%), likewise
};

// Orders rows by group (so, xa, huyen), then by descending index — the published one unless the
// set asks for full precision, so that equal printed values stand together in name order — and
// assigns competition ranks within each group (1, 2, 2, 4) to ranked units only.
void rankWithinGroups(QList<ResultRow>& rows);

// One summary per group present in `rows`, in group order. Only ranked units count for the
// averages, as published ("trung bình của 17 bộ").
QList<GroupSummary> summarise(const QList<ResultRow>& rows);

// The mean of exact percentages, rounded once to 2 decimals; none for an empty list.
std::optional<Points> meanPercent(const QList<Ratio>& values);

} // namespace parindex
