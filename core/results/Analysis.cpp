#include "core/results/Analysis.h"

#include <algorithm>

namespace parindex {

Analysis::Analysis(const YearResults& results) : m_results(results) {}

QList<NodeAnalysis> Analysis::nodes(NodeLevel level) const
{
    QList<NodeAnalysis> out;
    QHash<QString, qsizetype> position; // group/code -> index in out
    for (UnitGroup g : UnitGroups::all()) {
        for (const UnitYearResult& u : m_results.units) {
            if (u.row.group != g || !u.set || !u.evaluation)
                continue;
            for (const CriteriaNode* node : u.set->allNodes()) {
                if (node->level != level)
                    continue;
                const NodeResult* r = u.evaluation->node(node->code);
                if (!r)
                    continue;
                const QString key = UnitGroups::code(g) + QLatin1Char('/') + node->code;
                auto it = position.constFind(key);
                if (it == position.cend()) {
                    NodeAnalysis n;
                    n.group = g;
                    n.level = level;
                    n.code = node->code;
                    n.title = node->title;
                    n.max = node->max;
                    it = position.insert(key, out.size());
                    out.append(n);
                }
                out[*it].byUnit.insert(u.row.unitCode, r->index());
            }
        }
    }
    for (NodeAnalysis& n : out) {
        QList<Ratio> ranked;
        for (const UnitYearResult& u : m_results.units) {
            const auto it = n.byUnit.constFind(u.row.unitCode);
            if (u.row.group == n.group && u.row.ranked && it != n.byUnit.cend() && it->isDefined())
                ranked.append(*it);
        }
        n.average = meanPercent(ranked);
        n.averagedUnits = int(ranked.size());
    }
    return out;
}

QList<NodeAnalysis> Analysis::weakestCriteria(UnitGroup group, int count) const
{
    QList<NodeAnalysis> out;
    for (const NodeAnalysis& n : nodes(NodeLevel::Criterion)) {
        if (n.group == group && n.average)
            out.append(n);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const NodeAnalysis& a, const NodeAnalysis& b) { return *a.average < *b.average; });
    return out.mid(0, count);
}

QList<UnitGap> Analysis::gaps() const
{
    QList<UnitGap> out;
    for (const UnitYearResult& u : m_results.units) {
        if (!u.selfEvaluation || !u.evaluation || !u.set)
            continue;
        UnitGap g;
        g.unitCode = u.row.unitCode;
        g.unitName = u.row.unitName;
        g.group = u.row.group;
        g.self = u.selfEvaluation->selfTotal();
        g.appraised = u.row.appraised + u.row.bonus - u.row.penalty;
        for (const CriteriaNode* leaf : u.set->leaves()) {
            if (leaf->isSurvey())
                continue;
            const NodeResult* mine = u.selfEvaluation->node(leaf->code);
            const NodeResult* given = u.evaluation->node(leaf->code);
            if (!mine || !given)
                continue;
            if (given->achieved < mine->achieved)
                ++g.itemsCut;
            else if (given->achieved > mine->achieved)
                ++g.itemsRaised;
        }
        out.append(g);
    }
    return out;
}

QList<ItemCut> Analysis::mostCut(int countPerGroup) const
{
    QList<ItemCut> out;
    for (UnitGroup g : UnitGroups::all()) {
        QList<ItemCut> cuts;
        QHash<QString, qsizetype> position;
        for (const UnitYearResult& u : m_results.units) {
            if (u.row.group != g || !u.selfEvaluation || !u.evaluation || !u.set)
                continue;
            for (const CriteriaNode* leaf : u.set->leaves()) {
                const NodeResult* mine = u.selfEvaluation->node(leaf->code);
                const NodeResult* given = u.evaluation->node(leaf->code);
                if (leaf->isSurvey() || !mine || !given || given->achieved >= mine->achieved)
                    continue;
                auto it = position.constFind(leaf->code);
                if (it == position.cend()) {
                    it = position.insert(leaf->code, cuts.size());
                    cuts.append({g, leaf->code, leaf->title, 0, Points()});
                }
                ++cuts[*it].units;
                cuts[*it].points += mine->achieved - given->achieved;
            }
        }
        std::stable_sort(cuts.begin(), cuts.end(), [](const ItemCut& a, const ItemCut& b) {
            return a.units != b.units ? a.units > b.units : a.points > b.points;
        });
        out.append(cuts.mid(0, countPerGroup));
    }
    return out;
}

} // namespace parindex
