#pragma once

#include "core/common/UnitGroup.h"
#include "core/decimal/Points.h"

#include <QList>
#include <QString>

namespace parindex {

struct ResultRow
{
    QString unitCode;
    QString unitName;
    UnitGroup group = UnitGroup::So;
    bool ranked = true; // "not ranked" units are shown but get no rank
    Points total;
    Points max;
    int rank = 0; // 0 = no rank
    QString band; // band label, empty when the year has no bands
    int indexDecimals = 2;

    Ratio index() const { return Ratio(total, max); }
    Points publishedIndex() const { return index().percent(indexDecimals); }
};

struct GroupSummary
{
    UnitGroup group = UnitGroup::So;
    int units = 0;
    Points averageIndex; // mean of the units' indices, rounded to 2 decimals
};

// Orders rows by group (so, xa, huyen), then descending index compared at full precision, then
// by name; assigns competition ranks within each group (1, 2, 2, 4) to ranked units only.
void rankWithinGroups(QList<ResultRow>& rows);

// One summary per group present in `rows`, in group order. Every unit counts for the average.
QList<GroupSummary> summarise(const QList<ResultRow>& rows);

} // namespace parindex
