#include "core/results/Ranking.h"

#include "core/common/Text.h"

#include <algorithm>

namespace parindex {

namespace {

// The order of two rows of a group: descending index at the precision that ranks them.
std::strong_ordering compareIndex(const ResultRow& a, const ResultRow& b)
{
    if (a.rankPrecision == RankPrecision::Published && b.rankPrecision == RankPrecision::Published)
        return a.publishedIndex() <=> b.publishedIndex();
    return a.index() <=> b.index();
}

} // namespace

bool ResultRow::tiesWith(const ResultRow& other) const
{
    return compareIndex(*this, other) == std::strong_ordering::equal;
}

void rankWithinGroups(QList<ResultRow>& rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const ResultRow& a, const ResultRow& b) {
        if (a.group != b.group)
            return a.group < b.group;
        const auto cmp = compareIndex(a, b);
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
        row.rank = previous && previous->tiesWith(row) ? previous->rank : position;
        previous = &row;
    }
}

std::optional<Points> meanPercent(const QList<Ratio>& values)
{
    // Each value in millionths of a percent keeps the mean exact to far below what is printed.
    WideInt sumMicro = 0;
    for (const Ratio& r : values) {
        if (!r.isDefined())
            return std::nullopt;
        sumMicro += divideRounded(WideInt(r.achieved().thousandths()) * 100 * 1000000, r.possible().thousandths());
    }
    if (values.isEmpty())
        return std::nullopt;
    // One rounding only: the mean in millionths straight to hundredths of a percent.
    return Points::fromThousandths(divideRounded(sumMicro, WideInt(values.size()) * 10000) * 10);
}

QList<GroupSummary> summarise(const QList<ResultRow>& rows)
{
    QList<GroupSummary> out;
    for (UnitGroup g : UnitGroups::all()) {
        QList<Ratio> indices;
        QList<Ratio> appraised;
        QList<Ratio> survey;
        GroupSummary s;
        s.group = g;
        for (const ResultRow& r : rows) {
            if (r.group != g)
                continue;
            if (!r.ranked) {
                ++s.notRanked;
                continue;
            }
            if (!r.index().isDefined())
                continue;
            indices.append(r.index());
            appraised.append(r.appraisedIndex());
            survey.append(r.surveyIndex());
        }
        if (indices.isEmpty())
            continue;
        s.units = int(indices.size());
        s.averageIndex = meanPercent(indices).value_or(Points());
        s.averageAppraised = meanPercent(appraised);
        s.averageSurvey = meanPercent(survey);
        out.append(s);
    }
    return out;
}

} // namespace parindex
