#pragma once

#include "core/results/YearResults.h"

#include <QCoreApplication>

namespace parindex {

// One node (an area or a criterion) of a group's set: the units' indices on it and the average.
struct NodeAnalysis
{
    UnitGroup group = UnitGroup::So;
    NodeLevel level = NodeLevel::Area;
    QString code;
    QString title;
    Points max;
    QHash<QString, Ratio> byUnit;  // unit code -> index on the node (only units scored on it)
    std::optional<Points> average; // mean over the group's ranked units, rounded to 2 decimals
    int averagedUnits = 0;
};

// A unit's own score against what the appraisal left of it.
struct UnitGap
{
    QString unitCode;
    QString unitName;
    UnitGroup group = UnitGroup::So;
    Points self;      // the unit's own points (survey items excluded)
    Points appraised; // the final appraised points of the same items
    int itemsCut = 0; // items appraised below the unit's own score
    int itemsRaised = 0;
    Points difference() const { return appraised - self; }
};

// An item the appraisal cut: in how many units, and by how many points in all.
struct ItemCut
{
    UnitGroup group = UnitGroup::So;
    QString code;
    QString title;
    int units = 0;
    Points points;
};

// The analysis the announcement conference asks for (issue: per area, per criterion): indices per
// unit × area and unit × criterion, group averages, the weakest criteria, self-score against
// appraisal, and the change from last year. Pure computation on a year's results.
class Analysis
{
    Q_DECLARE_TR_FUNCTIONS(Analysis)

public:
    explicit Analysis(const YearResults& results);

    // The areas (or criteria) of every group with units scored on a set, in group then set order.
    QList<NodeAnalysis> nodes(NodeLevel level) const;
    // The criteria of a group with the lowest average index, weakest first.
    QList<NodeAnalysis> weakestCriteria(UnitGroup group, int count) const;
    QList<UnitGap> gaps() const;
    // Items most often cut by the appraisal, per group, most often first.
    QList<ItemCut> mostCut(int countPerGroup) const;

private:
    const YearResults& m_results;
};

} // namespace parindex
