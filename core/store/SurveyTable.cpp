#include "core/store/SurveyTable.h"

#include "core/common/Clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace parindex {

Result<QList<SurveyVersion>> SurveyTable::versions(int year) const
{
    using R = Result<QList<SurveyVersion>>;
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT v.version, v.shape, v.source_name, v.source_sha256, v.source_rows, v.imported_at, "
                             "v.imported_by, (SELECT count(DISTINCT p.unit_id) FROM survey_points p "
                             "WHERE p.year = v.year AND p.version = v.version) "
                             "FROM survey_versions v WHERE v.year = ? ORDER BY v.version DESC"));
    q.addBindValue(year);
    const QString purpose = tr("reading the survey's versions");
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    QList<SurveyVersion> out;
    while (q.next()) {
        SurveyVersion v;
        v.year = year;
        v.version = q.value(0).toInt();
        v.shape = surveyShapeFromCode(q.value(1).toString()).value_or(SurveyShape::Points);
        v.sourceName = q.value(2).toString();
        v.sourceSha256 = q.value(3).toString();
        v.sourceRows = q.value(4).toInt();
        v.importedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        v.importedBy = q.value(6).toString();
        v.units = q.value(7).toInt();
        out.append(v);
    }
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

Result<QList<SurveyPoint>> SurveyTable::points(int year, int version) const
{
    using R = Result<QList<SurveyPoint>>;
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT u.code, p.item_code, p.points, p.answers FROM survey_points p "
                             "JOIN units u ON u.id = p.unit_id WHERE p.year = ? AND p.version = "
                             "(CASE WHEN ? > 0 THEN ? ELSE (SELECT max(version) FROM survey_versions WHERE year = ?) "
                             "END) ORDER BY u.code, p.item_code"));
    q.addBindValue(year);
    q.addBindValue(version);
    q.addBindValue(version);
    q.addBindValue(year);
    const QString purpose = tr("reading the survey's points");
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    QList<SurveyPoint> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), Points::fromThousandths(q.value(2).toLongLong()),
                    q.value(3).toInt()});
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

Result<int> SurveyTable::store(const SurveyVersion& header, const QList<SurveyPoint>& points,
                               const QHash<QString, qint64>& unitIds)
{
    using R = Result<int>;
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT coalesce(max(version), 0) FROM survey_versions WHERE year = ?"));
    q.addBindValue(header.year);
    if (Status s = execute(q, tr("reading the survey's versions")); !s)
        return R::failure(s.error());
    const int previous = q.next() ? q.value(0).toInt() : 0;
    const int version = previous + 1;
    q.prepare(QStringLiteral("INSERT INTO survey_versions(year, version, shape, source_name, source_sha256, "
                             "source_rows, imported_at, imported_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(header.year);
    q.addBindValue(version);
    q.addBindValue(surveyShapeCode(header.shape));
    q.addBindValue(header.sourceName.isNull() ? QStringLiteral("") : header.sourceName);
    q.addBindValue(header.sourceSha256.isNull() ? QStringLiteral("") : header.sourceSha256);
    q.addBindValue(header.sourceRows);
    q.addBindValue(Clock::now().toUTC().toString(Qt::ISODate));
    q.addBindValue(m_file.actor().isNull() ? QStringLiteral("") : m_file.actor());
    const QString purpose = tr("saving the %1 survey").arg(header.year);
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    // One statement, many rows: a bound batch keeps a large survey fast.
    QVariantList years, versions, units, items, values, answers;
    for (const SurveyPoint& p : points) {
        const auto id = unitIds.constFind(p.unitCode);
        if (id == unitIds.cend())
            return R::failure(tr("%1 is not a registered unit").arg(p.unitCode));
        years.append(header.year);
        versions.append(version);
        units.append(*id);
        items.append(p.item);
        values.append(p.points.thousandths());
        answers.append(p.answers);
    }
    q.prepare(QStringLiteral("INSERT INTO survey_points(year, version, unit_id, item_code, points, answers) "
                             "VALUES(?, ?, ?, ?, ?, ?)"));
    for (const QVariantList* list : {&years, &versions, &units, &items, &values, &answers})
        q.addBindValue(*list);
    if (!q.execBatch())
        return R::failure(tr("%1: %2").arg(purpose, q.lastError().text()));
    if (Status s = m_file.audit(QStringLiteral("survey"), QString::number(header.year), QString(),
                                previous > 0 ? QString::number(previous) : QString(),
                                QStringLiteral("%1 (%2, %3)")
                                    .arg(version)
                                    .arg(surveyShapeCode(header.shape),
                                         header.sourceName.isEmpty() ? QStringLiteral("-") : header.sourceName));
        !s)
        return R::failure(s.error());
    if (Status s = t.commit(); !s)
        return R::failure(s.error());
    return version;
}

Result<QList<UnitMapping>> SurveyTable::mappings(int year) const
{
    using R = Result<QList<UnitMapping>>;
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT o.code, n.code FROM unit_mappings m JOIN units o ON o.id = m.old_unit_id "
                             "JOIN units n ON n.id = m.new_unit_id WHERE m.year = ? ORDER BY n.code, o.code"));
    q.addBindValue(year);
    const QString purpose = tr("reading the units' mapping");
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    QList<UnitMapping> out;
    while (q.next())
        out.append({year, q.value(0).toString(), q.value(1).toString()});
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

Status SurveyTable::map(int year, const QList<std::pair<qint64, QString>>& oldUnits, qint64 newUnitId,
                        const QString& newUnit)
{
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    const QString purpose = tr("saving the units' mapping");
    for (const auto& [oldId, oldCode] : oldUnits) {
        q.prepare(QStringLiteral("SELECT n.code FROM unit_mappings m JOIN units n ON n.id = m.new_unit_id "
                                 "WHERE m.year = ? AND m.old_unit_id = ?"));
        q.addBindValue(year);
        q.addBindValue(oldId);
        if (Status s = execute(q, purpose); !s)
            return s;
        const QString before = q.next() ? q.value(0).toString() : QString();
        q.prepare(QStringLiteral("DELETE FROM unit_mappings WHERE year = ? AND old_unit_id = ?"));
        q.addBindValue(year);
        q.addBindValue(oldId);
        if (Status s = execute(q, purpose); !s)
            return s;
        q.prepare(QStringLiteral("INSERT INTO unit_mappings(year, old_unit_id, new_unit_id, recorded_at, recorded_by) "
                                 "VALUES(?, ?, ?, ?, ?)"));
        q.addBindValue(year);
        q.addBindValue(oldId);
        q.addBindValue(newUnitId);
        q.addBindValue(Clock::now().toUTC().toString(Qt::ISODate));
        q.addBindValue(m_file.actor().isNull() ? QStringLiteral("") : m_file.actor());
        if (Status s = execute(q, purpose); !s)
            return s;
        if (Status s = m_file.audit(QStringLiteral("unit-mapping"), QString::number(year), oldCode, before, newUnit);
            !s)
            return s;
    }
    return t.commit();
}

} // namespace parindex
