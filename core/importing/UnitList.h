#pragma once

#include "core/records/Unit.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace parindex {

struct UnitListRow
{
    int line = 0;
    UnitDraft unit;
    bool readable = true; // false when the row itself has a problem (reported by parse)
};

// Reads a list of units to register (CSV: a header row, then one unit a row). Columns, in any
// order, in English or Vietnamese: name ("Tên đơn vị", "Đơn vị"), group ("Nhóm"), optional code
// ("Mã đơn vị"; derived from the name when empty) and ranked ("Xếp hạng": có/không, yes/no,
// 1/0); an "STT" column is ignored. Every problem is reported with its line.
class UnitList
{
    Q_DECLARE_TR_FUNCTIONS(UnitList)

public:
    static QList<UnitListRow> parse(const QByteArray& csv, QStringList& problems);
};

} // namespace parindex
