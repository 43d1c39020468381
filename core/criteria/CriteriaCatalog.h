#pragma once

#include "core/criteria/CriteriaSet.h"

#include <QList>
#include <QStringList>

namespace parindex {

// The criteria sets shipped with ParIndex (criteria_templates/, compiled into the program).
class CriteriaCatalog
{
public:
    static const QList<CriteriaSetPtr>& shipped();
    static CriteriaSetPtr shippedById(const QString& id);
    // The newest version shipped for a year and group, or null.
    static CriteriaSetPtr shippedFor(int year, UnitGroup group);
    // Problems met while loading the shipped sets (each prefixed with the file name); empty
    // in a correct build, and checked by the tests.
    static const QStringList& shippedProblems();
};

} // namespace parindex
