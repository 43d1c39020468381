#include "YearResults.h"

#include "criteria/CriteriaCatalog.h"
#include "store/Assessments.h"
#include "store/Units.h"

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

Result<YearResults> YearResults::compute(DataFile& file, int year, std::optional<UnitGroup> onlyGroup)
{
    Assessments assessments(file);
    QHash<qint64, Unit> unitsById;
    for (const Unit& u : Units(file).all())
        unitsById.insert(u.id, u);

    QList<UnitYearResult> list;
    for (const AssessmentRef& a : assessments.forYear(year)) {
        const Unit unit = unitsById.value(a.unitId);
        if (onlyGroup && unit.group != *onlyGroup)
            continue;
        UnitYearResult r;
        r.row.unitCode = unit.code;
        r.row.unitName = unit.name;
        r.row.group = unit.group;
        r.row.ranked = unit.ranked;
        if (a.historic) {
            const auto h = assessments.historic(a.id);
            if (!h)
                continue;
            r.row.total = h->total();
            r.row.max = h->max;
            r.set = CriteriaCatalog::shippedFor(year, unit.group);
        } else {
            r.set = assessments.storedSet(a.setSha256);
            if (!r.set)
                return Result<YearResults>::failure(
                    QCoreApplication::translate("YearResults", "the criteria set of %1 for %2 cannot be read")
                        .arg(unit.code)
                        .arg(year));
            r.evaluation = evaluate(*r.set, assessments.inputs(a.id));
            r.row.total = r.evaluation->total;
            r.row.max = r.evaluation->possible;
            r.row.indexDecimals = r.set->indexDecimals;
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
