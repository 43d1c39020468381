#pragma once

#include "core/decimal/Points.h"
#include "core/scoring/ItemInput.h"

#include <QString>

namespace parindex {

// One unit's assessment for one year: scored here on a criteria set, or figures imported from
// an earlier year (historic).
struct AssessmentRef
{
    qint64 id = 0;
    qint64 unitId = 0;
    int year = 0;
    bool historic = false;
    QString setSha256; // empty for historic results
};

// What is kept for one item: the input and the unit's written explanation (giải trình).
struct StoredInput
{
    ItemInput input;
    QString explanation;
};

// Final figures of a year scored elsewhere (imported historic results).
struct HistoricFigures
{
    Points appraised;
    Points survey;
    Points bonus;
    Points penalty;
    Points max = Points::whole(100);
    QString band; // the band as published, if the table gives one

    // A bonus makes up for points lost; it does not lift the total above the max.
    Points total() const { return parindex::min(max, parindex::max(Points(), appraised + survey + bonus - penalty)); }
};

} // namespace parindex
