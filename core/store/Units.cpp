#include "Units.h"

#include "common/Clock.h"
#include "common/Text.h"

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
} // namespace

QList<Unit> Units::all() const
{
    QList<Unit> out;
    QSqlQuery q(m_file.db());
    q.exec(QLatin1String(kSelect) + QStringLiteral(" ORDER BY id"));
    while (q.next())
        out.append(unitFrom(q));
    return out;
}

std::optional<Unit> Units::byCode(const QString& code) const
{
    QSqlQuery q(m_file.db());
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE code = ?"));
    q.addBindValue(normalized(code));
    if (q.exec() && q.next())
        return unitFrom(q);
    return std::nullopt;
}

std::optional<Unit> Units::find(const QString& codeOrName) const
{
    if (auto u = byCode(codeOrName))
        return u;
    const QString key = matchKey(codeOrName);
    for (const Unit& u : all()) {
        if (matchKey(u.name) == key || matchKey(u.code) == key)
            return u;
    }
    return std::nullopt;
}

Result<Unit> Units::add(const QString& code, const QString& name, UnitGroup group, bool ranked)
{
    Unit u;
    u.code = normalized(code);
    u.name = normalized(name).simplified();
    u.group = group;
    u.ranked = ranked;
    if (u.code.isEmpty() || u.name.isEmpty())
        return Result<Unit>::failure(tr("a unit needs a code and a name"));
    if (byCode(u.code))
        return Result<Unit>::failure(tr("a unit with code %1 already exists").arg(u.code));
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("INSERT INTO units(code, name, group_code, ranked, created_at) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(u.code);
    q.addBindValue(u.name);
    q.addBindValue(UnitGroups::code(group));
    q.addBindValue(ranked ? 1 : 0);
    q.addBindValue(Clock::now().toString(Qt::ISODate));
    if (Status s = execute(q, tr("adding unit %1").arg(u.code)); !s)
        return Result<Unit>::failure(s.error());
    u.id = q.lastInsertId().toLongLong();
    const QString described = QStringLiteral("%1 | %2 | %3%4")
                                  .arg(u.name, UnitGroups::code(group), ranked ? QString() : QStringLiteral("not ranked"))
                                  .trimmed();
    if (Status s = m_file.audit(QStringLiteral("unit"), u.code, QString(), QString(), described); !s)
        return Result<Unit>::failure(s.error());
    return u;
}

QString codeFromName(const QString& name)
{
    // Strip diacritics by decomposing and dropping combining marks; Đ/đ has no decomposition.
    QString d = normalized(name).normalized(QString::NormalizationForm_D);
    QString out;
    bool dash = false;
    for (QChar c : d) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0110) || c == QChar(0x0111))
            c = QLatin1Char('D');
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            out += c.toUpper();
            dash = false;
        } else if (!dash && !out.isEmpty()) {
            out += QLatin1Char('-');
            dash = true;
        }
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace parindex
