#include "core/results/Ranking.h"

#include "core/common/Text.h"

#include <algorithm>

namespace parindex {

void rankWithinGroups(QList<ResultRow>& rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const ResultRow& a, const ResultRow& b) {
        if (a.group != b.group)
            return a.group < b.group;
        const auto cmp = a.index() <=> b.index();
        if (cmp != 0)
            return cmp > 0;
        return compareVietnamese(a.unitName, b.unitName) < 0;
    });
    int position = 0;
    const ResultRow* previous = nullptr;
    for (ResultRow& row : rows) {
        if (previous && previous->group != row.group) {
            position = 0;
            previous = nullptr;
        }
        if (!row.ranked) {
            row.rank = 0;
            continue;
        }
        ++position;
        row.rank = previous && previous->index() == row.index() ? previous->rank : position;
        previous = &row;
    }
}

QList<GroupSummary> summarise(const QList<ResultRow>& rows)
{
    QList<GroupSummary> out;
    for (UnitGroup g : UnitGroups::all()) {
        // Each index in millionths of a percent keeps the mean exact to far below what is printed.
        WideInt sumMicro = 0;
        int n = 0;
        for (const ResultRow& r : rows) {
            if (r.group != g || !r.index().isDefined())
                continue;
            sumMicro += divideRounded(WideInt(r.total.thousandths()) * 100 * 1000000, r.max.thousandths());
            ++n;
        }
        if (n == 0)
            continue;
        GroupSummary s;
        s.group = g;
        s.units = n;
        // One rounding only: the mean in millionths straight to hundredths of a percent.
        s.averageIndex = Points::fromThousandths(divideRounded(sumMicro, WideInt(n) * 10000) * 10);
        out.append(s);
    }
    return out;
}

} // namespace parindex
