#pragma once

#include "core/records/Unit.h"
#include "core/store/DataFile.h"

#include <QHash>
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
    // Adds many units, each checked like add() against the registry and the ones before it,
    // reading the registry once: one result per draft, in order. Call inside a transaction and
    // commit only when every result is a unit.
    QList<Result<Unit>> addAll(const QList<UnitDraft>& drafts);
    // Changes a unit's code, name, group or ranking; the code stays unique. Audited.
    Result<Unit> update(qint64 id, const UnitDraft& draft);
    // Removes a unit that nothing refers to (no assessment, key or submission). Audited.
    Status remove(qint64 id);
    // What refers to the unit, in words ("2 assessments, 1 key"); empty when nothing does.
    Result<QString> references(qint64 id) const;

private:
    // The registry as the uniqueness rules see it: codes, and names by their match key.
    struct Index
    {
        QHash<QString, Unit> byCode;
        QHash<QString, Unit> byNameKey;
        void insert(const Unit& u);
    };
    Result<Index> index() const;
    Result<Unit> checked(const UnitDraft& draft, qint64 exceptId) const;
    static Result<Unit> checked(const UnitDraft& draft, qint64 exceptId, const Index& index);
    Result<Unit> insert(Unit u);
    DataFile& m_file;
};

} // namespace parindex
