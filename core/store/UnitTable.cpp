#include "core/store/UnitTable.h"

#include "core/common/Clock.h"
#include "core/common/Text.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace parindex {

namespace {
Unit unitFrom(const QSqlQuery& q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.code = q.value(1).toString();
    u.name = q.value(2).toString();
    u.group = UnitGroups::parse(q.value(3).toString()).value_or(UnitGroup::So);
    u.ranked = q.value(4).toBool();
    return u;
}
const char* kSelect = "SELECT id, code, name, group_code, ranked FROM units";

QString describe(const Unit& u)
{
    return QStringLiteral("%1 | %2 | %3%4")
        .arg(u.code, u.name, UnitGroups::code(u.group), u.ranked ? QString() : QStringLiteral(" | not ranked"));
}
} // namespace

Result<QList<Unit>> UnitTable::all() const
{
    using R = Result<QList<Unit>>;
    QList<Unit> out;
    QSqlQuery q(m_file.db());
    q.setForwardOnly(true);
    const QString purpose = tr("reading the units");
    if (Status s = execute(q, QLatin1String(kSelect) + QStringLiteral(" ORDER BY id"), purpose); !s)
        return R::failure(s.error());
    while (q.next())
        out.append(unitFrom(q));
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

Result<std::optional<Unit>> UnitTable::byCode(const QString& code) const
{
    using R = Result<std::optional<Unit>>;
    QSqlQuery q(m_file.db());
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE code = ? COLLATE NOCASE"));
    q.addBindValue(normalized(code));
    if (Status s = execute(q, tr("looking up unit %1").arg(code)); !s)
        return R::failure(s.error());
    if (q.next())
        return std::optional(unitFrom(q));
    if (Status s = finished(q, tr("looking up unit %1").arg(code)); !s)
        return R::failure(s.error());
    return std::optional<Unit>();
}

Result<std::optional<Unit>> UnitTable::byId(qint64 id) const
{
    using R = Result<std::optional<Unit>>;
    QSqlQuery q(m_file.db());
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = execute(q, tr("looking up a unit")); !s)
        return R::failure(s.error());
    if (q.next())
        return std::optional(unitFrom(q));
    if (Status s = finished(q, tr("looking up a unit")); !s)
        return R::failure(s.error());
    return std::optional<Unit>();
}

void UnitTable::Index::insert(const Unit& u)
{
    byCode.insert(u.code, u);
    byNameKey.insert(matchKey(u.name), u);
}

Result<UnitTable::Index> UnitTable::index() const
{
    const auto everyone = all();
    if (!everyone)
        return Result<Index>::failure(everyone.error());
    Index index;
    for (const Unit& u : everyone.value())
        index.insert(u);
    return index;
}

Result<Unit> UnitTable::checked(const UnitDraft& draft, qint64 exceptId) const
{
    const auto registry = index();
    if (!registry)
        return Result<Unit>::failure(registry.error());
    return checked(draft, exceptId, registry.value());
}

Result<Unit> UnitTable::checked(const UnitDraft& draft, qint64 exceptId, const Index& index)
{
    using R = Result<Unit>;
    Unit u;
    u.id = exceptId;
    u.name = normalized(draft.name).simplified();
    u.code = normalized(draft.code).simplified().toUpper();
    if (u.code.isEmpty())
        u.code = codeFromName(u.name);
    u.group = draft.group;
    u.ranked = draft.ranked;
    if (u.name.isEmpty())
        return R::failure(tr("a unit needs a name"));
    if (u.name.size() > MaxNameLength)
        return R::failure(tr("a unit's name has at most %1 characters").arg(MaxNameLength));
    if (hasControlOrBidi(u.name))
        return R::failure(tr("a unit's name cannot contain control characters"));
    if (u.code.isEmpty())
        return R::failure(tr("a unit needs a code"));
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{0,63}$"));
    if (!codePattern.match(u.code).hasMatch())
        return R::failure(tr("a unit code is 1 to 64 letters A-Z, digits, '-' or '_', without spaces or accents "
                             "(e.g. SO-TAI-CHINH), not \"%1\"")
                              .arg(safeForDisplay(u.code.left(60))));
    if (const auto same = index.byCode.constFind(u.code); same != index.byCode.cend() && same->id != exceptId)
        return R::failure(tr("a unit with code %1 already exists (%2)").arg(u.code, same->name));
    if (const auto same = index.byNameKey.constFind(matchKey(u.name));
        same != index.byNameKey.cend() && same->id != exceptId)
        return R::failure(tr("a unit named %1 already exists (code %2)").arg(same->name, same->code));
    return u;
}

Result<Unit> UnitTable::add(const UnitDraft& draft)
{
    auto checkedUnit = checked(draft, 0);
    if (!checkedUnit)
        return checkedUnit;
    return insert(checkedUnit.value());
}

QList<Result<Unit>> UnitTable::addAll(const QList<UnitDraft>& drafts)
{
    QList<Result<Unit>> out;
    out.reserve(drafts.size());
    auto registry = index();
    for (const UnitDraft& draft : drafts) {
        if (!registry) {
            out.append(Result<Unit>::failure(registry.error()));
            continue;
        }
        auto u = checked(draft, 0, registry.value());
        if (u)
            u = insert(u.value());
        if (u)
            registry.value().insert(u.value());
        out.append(u);
    }
    return out;
}

Result<Unit> UnitTable::insert(Unit u)
{
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("INSERT INTO units(code, name, group_code, ranked, created_at) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(u.code);
    q.addBindValue(u.name);
    q.addBindValue(UnitGroups::code(u.group));
    q.addBindValue(u.ranked ? 1 : 0);
    q.addBindValue(Clock::now().toUTC().toString(Qt::ISODate));
    if (Status s = execute(q, tr("adding unit %1").arg(u.code)); !s)
        return Result<Unit>::failure(s.error());
    u.id = q.lastInsertId().toLongLong();
    if (Status s = m_file.audit(QStringLiteral("unit"), u.code, QString(), QString(), describe(u)); !s)
        return Result<Unit>::failure(s.error());
    if (Status s = t.commit(); !s)
        return Result<Unit>::failure(s.error());
    return u;
}

Result<Unit> UnitTable::update(qint64 id, const UnitDraft& draft)
{
    using R = Result<Unit>;
    // The old value for the audit is read inside the transaction that replaces it.
    Transaction t(m_file);
    const auto old = byId(id);
    if (!old)
        return R::failure(old.error());
    if (!old.value())
        return R::failure(tr("the unit no longer exists"));
    auto checkedUnit = checked(draft, id);
    if (!checkedUnit)
        return checkedUnit;
    const Unit u = checkedUnit.value();
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("UPDATE units SET code = ?, name = ?, group_code = ?, ranked = ? WHERE id = ?"));
    q.addBindValue(u.code);
    q.addBindValue(u.name);
    q.addBindValue(UnitGroups::code(u.group));
    q.addBindValue(u.ranked ? 1 : 0);
    q.addBindValue(id);
    if (Status s = execute(q, tr("changing unit %1").arg(u.code)); !s)
        return R::failure(s.error());
    if (Status s =
            m_file.audit(QStringLiteral("unit"), old.value()->code, QString(), describe(*old.value()), describe(u));
        !s)
        return R::failure(s.error());
    if (Status s = t.commit(); !s)
        return R::failure(s.error());
    return u;
}

Result<QString> UnitTable::references(qint64 id) const
{
    struct Count
    {
        const char* sql;
        const char* what; // English plural form via %n
    };
    const Count counts[] = {
        {"SELECT count(*) FROM assessments WHERE unit_id = ?", QT_TR_N_NOOP("%n assessment(s)")},
        {"SELECT count(*) FROM submissions WHERE unit_id = ?", QT_TR_N_NOOP("%n submitted package(s)")},
        {"SELECT count(*) FROM unit_keys WHERE unit_id = ?", QT_TR_N_NOOP("%n enrolled key(s)")},
    };
    QStringList parts;
    for (const Count& c : counts) {
        QSqlQuery q(m_file.db());
        q.prepare(QLatin1String(c.sql));
        q.addBindValue(id);
        if (Status s = execute(q, tr("checking what refers to a unit")); !s)
            return Result<QString>::failure(s.error());
        const int n = q.next() ? q.value(0).toInt() : 0;
        if (n > 0)
            parts.append(tr(c.what, nullptr, n));
    }
    return parts.join(QStringLiteral(", "));
}

Status UnitTable::remove(qint64 id)
{
    // The old value for the audit is read inside the transaction that replaces it.
    Transaction t(m_file);
    const auto old = byId(id);
    if (!old)
        return Status::failure(old.error());
    if (!old.value())
        return Status::failure(tr("the unit no longer exists"));
    const auto refs = references(id);
    if (!refs)
        return Status::failure(refs.error());
    if (!refs.value().isEmpty())
        return Status::failure(
            tr("%1 cannot be removed: the file holds its data (%2)").arg(old.value()->name, refs.value()));
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("DELETE FROM units WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = execute(q, tr("removing unit %1").arg(old.value()->code)); !s)
        return s;
    if (Status s =
            m_file.audit(QStringLiteral("unit"), old.value()->code, QString(), describe(*old.value()), QString());
        !s)
        return s;
    return t.commit();
}

} // namespace parindex
