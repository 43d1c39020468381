#include "core/criteria/CriteriaCatalog.h"

#include "core/criteria/CriteriaLoader.h"

#include <QDir>
#include <algorithm>

namespace parindex {

namespace {
struct Shipped
{
    QList<CriteriaSetPtr> sets;
    QStringList problems;
};

const Shipped& load()
{
    static const Shipped shipped = [] {
        Shipped s;
        const QDir dir(QStringLiteral(":/criteria_templates"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const auto r = CriteriaLoader::loadFile(dir.filePath(name));
            if (r.ok())
                s.sets.append(r.set);
            for (const QString& p : r.problems)
                s.problems.append(name + QStringLiteral(": ") + p);
        }
        std::stable_sort(s.sets.begin(), s.sets.end(), [](const CriteriaSetPtr& a, const CriteriaSetPtr& b) {
            if (a->year != b->year)
                return a->year > b->year;
            return a->group < b->group;
        });
        return s;
    }();
    return shipped;
}
} // namespace

const QList<CriteriaSetPtr>& CriteriaCatalog::shipped()
{
    return load().sets;
}

const QStringList& CriteriaCatalog::shippedProblems()
{
    return load().problems;
}

CriteriaSetPtr CriteriaCatalog::shippedById(const QString& id)
{
    for (const auto& s : shipped()) {
        if (s->id == id)
            return s;
    }
    return nullptr;
}

CriteriaSetPtr CriteriaCatalog::shippedFor(int year, UnitGroup group)
{
    CriteriaSetPtr best;
    for (const auto& s : shipped()) {
        if (s->year == year && s->group == group && (!best || s->version > best->version))
            best = s;
    }
    return best;
}

} // namespace parindex
