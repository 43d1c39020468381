#pragma once

#include "core/common/UnitGroup.h"

#include <QString>

namespace parindex {

// A unit (đơn vị) as registered in a data file.
struct Unit
{
    qint64 id = 0;
    QString code;
    QString name;
    UnitGroup group = UnitGroup::So;
    bool ranked = true; // "not ranked" units are assessed but take no rank
};

// What a person enters to register or change a unit; normalised and checked by the service.
struct UnitDraft
{
    QString code; // empty: derived from the name
    QString name;
    UnitGroup group = UnitGroup::So;
    bool ranked = true;
};

// Derives a stable unit code from a name when none is given ("Sở Tài chính" → "SO-TAI-CHINH").
QString codeFromName(const QString& name);

} // namespace parindex
