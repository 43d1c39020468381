#pragma once

#include "core/records/Unit.h"
#include "core/store/DataFile.h"

#include <QList>
#include <optional>

namespace parindex {

// The units table of a data file. Every read reports a database error instead of an empty answer.
class UnitTable
{
    Q_DECLARE_TR_FUNCTIONS(UnitTable)

public:
    static constexpr int MaxNameLength = 200;

    explicit UnitTable(DataFile& file) : m_file(file) {}

    Result<QList<Unit>> all() const;
    Result<std::optional<Unit>> byCode(const QString& code) const;
    Result<std::optional<Unit>> byId(qint64 id) const;
    // Adds a unit; the code and name are normalised and must be unique. Audited.
    Result<Unit> add(const UnitDraft& draft);
    // Changes a unit's code, name, group or ranking; the code stays unique. Audited.
    Result<Unit> update(qint64 id, const UnitDraft& draft);
    // Removes a unit that nothing refers to (no assessment, key or submission). Audited.
    Status remove(qint64 id);
    // What refers to the unit, in words ("2 assessments, 1 key"); empty when nothing does.
    Result<QString> references(qint64 id) const;

private:
    Result<Unit> checked(const UnitDraft& draft, qint64 exceptId) const;
    DataFile& m_file;
};

} // namespace parindex
