#include "core/results/YearResults.h"

namespace parindex {

QList<ResultRow> YearResults::rows() const
{
    QList<ResultRow> out;
    out.reserve(units.size());
    for (const auto& u : units)
        out.append(u.row);
    return out;
}

const UnitYearResult* YearResults::unit(const QString& code) const
{
    for (const auto& u : units) {
        if (u.row.unitCode == code)
            return &u;
    }
    return nullptr;
}

YearResults YearResults::build(int year, const QList<UnitYearData>& data)
{
    QList<UnitYearResult> list;
    for (const UnitYearData& d : data) {
        UnitYearResult r;
        r.row.unitCode = d.unit.code;
        r.row.unitName = d.unit.name;
        r.row.group = d.unit.group;
        r.row.ranked = d.unit.ranked;
        r.set = d.set;
        r.provisional = d.provisional;
        if (d.historic) {
            r.row.total = d.historic->total();
            r.row.max = d.historic->max;
        } else if (d.inputs && d.set) {
            r.evaluation = evaluate(*d.set, *d.inputs);
            r.row.total = r.evaluation->total;
            r.row.max = r.evaluation->possible;
            r.row.indexDecimals = d.set->indexDecimals;
        } else {
            continue;
        }
        if (r.set) {
            if (const Band* b = r.set->bandFor(r.row.publishedIndex()))
                r.row.band = b->label;
        }
        list.append(std::move(r));
    }

    QList<ResultRow> rows;
    for (const auto& u : list)
        rows.append(u.row);
    rankWithinGroups(rows);

    YearResults out;
    out.year = year;
    out.groups = summarise(rows);
    // Put the detailed entries in ranking order, carrying the assigned ranks.
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < list.size(); ++i)
        position.insert(list.at(i).row.unitCode, i);
    out.units.reserve(rows.size());
    for (const ResultRow& row : rows) {
        UnitYearResult& u = list[position.value(row.unitCode)];
        u.row.rank = row.rank;
        out.units.append(std::move(u));
    }
    return out;
}

} // namespace parindex
