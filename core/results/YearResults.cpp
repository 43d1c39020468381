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
        r.awaitingSurvey = d.awaitingSurvey;
        r.selfEvaluation = d.selfEvaluation;
        if (d.set)
            r.row.rankPrecision = d.set->rankPrecision;
        if (d.historic) {
            const HistoricFigures& h = *d.historic;
            r.row.total = h.total();
            r.row.max = h.max;
            r.row.appraised = h.appraised;
            r.row.survey = h.survey;
            r.row.bonus = h.bonus;
            r.row.penalty = h.penalty;
            r.row.band = h.band;
        } else if (d.inputs && d.set) {
            r.evaluation = evaluate(*d.set, *d.inputs);
            const Evaluation& e = *r.evaluation;
            r.row.total = e.total;
            r.row.max = e.possible;
            r.row.appraised = e.base - e.surveyPoints;
            r.row.survey = e.surveyPoints;
            r.row.bonus = e.bonus;
            r.row.penalty = e.penalty;
            r.row.appraisedMax = e.possible - e.surveyPossible;
            r.row.surveyMax = e.surveyPossible;
            r.row.indexDecimals = d.set->indexDecimals;
        } else {
            continue;
        }
        if (r.set && r.row.band.isEmpty()) {
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

void YearResults::compareWith(const YearResults& previous, const QList<UnitMapping>& mappings)
{
    QHash<QString, QStringList> formedFrom; // new code -> old codes
    for (const UnitMapping& m : mappings)
        formedFrom[m.newUnit].append(m.oldUnit);
    for (UnitYearResult& u : units) {
        const QStringList sources = formedFrom.value(u.row.unitCode, {u.row.unitCode});
        QList<Ratio> indices;
        const ResultRow* only = nullptr;
        for (const QString& code : sources) {
            if (const UnitYearResult* p = previous.unit(code); p && p->row.index().isDefined()) {
                indices.append(Ratio(p->row.publishedIndex(), Points::whole(100)));
                only = &p->row;
            }
        }
        u.row.previousIndex.reset();
        u.row.previousRank = 0;
        if (indices.isEmpty())
            continue;
        u.row.previousIndex = meanPercent(indices);
        if (sources.size() == 1 && only && only->group == u.row.group)
            u.row.previousRank = only->rank;
    }
}

} // namespace parindex
