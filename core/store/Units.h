#pragma once

#include "DataFile.h"
#include "common/UnitGroup.h"

#include <QList>

#include <optional>

namespace parindex {

struct Unit
{
    qint64 id = 0;
    QString code;
    QString name;
    UnitGroup group = UnitGroup::So;
    bool ranked = true;
};

// The registry of units (đơn vị) in a data file.
class Units
{
    Q_DECLARE_TR_FUNCTIONS(Units)

public:
    explicit Units(DataFile& file) : m_file(file) {}

    QList<Unit> all() const;
    std::optional<Unit> byCode(const QString& code) const;
    // Finds a unit by its code, or by its name (NFC, case-insensitive).
    std::optional<Unit> find(const QString& codeOrName) const;
    // Adds a unit; the code and name are normalised and must be unique. Audited.
    Result<Unit> add(const QString& code, const QString& name, UnitGroup group, bool ranked = true);

private:
    DataFile& m_file;
};

// Derives a stable unit code from a name when a table has none ("Sở Tài chính" → "SO-TAI-CHINH").
QString codeFromName(const QString& name);

} // namespace parindex
