#include "core/store/AssessmentTable.h"

#include "core/common/Clock.h"
#include "core/common/Text.h"
#include "core/criteria/CriteriaLoader.h"

#include <QMutex>
#include <QSqlQuery>
#include <QVariant>

namespace parindex {

namespace {
QString nowText()
{
    return Clock::now().toUTC().toString(Qt::ISODate);
}

QString describe(const ItemInput& in)
{
    QString s = in.encode();
    if (in.kind == ItemInput::Kind::NotApplicable && !in.reason.isEmpty())
        s += QStringLiteral(" (") + in.reason + QLatin1Char(')');
    return s;
}

AssessmentRef refFrom(const QSqlQuery& q)
{
    AssessmentRef a;
    a.id = q.value(0).toLongLong();
    a.unitId = q.value(1).toLongLong();
    a.year = q.value(2).toInt();
    a.historic = q.value(3).toString() == QLatin1String("historic");
    a.setSha256 = q.value(4).toString();
    return a;
}
const char* kSelect = "SELECT id, unit_id, year, kind, set_sha256 FROM assessments";

StoredInput storedFrom(const QSqlQuery& q)
{
    StoredInput s;
    s.input = ItemInput::decode(q.value(1).toString()).value_or(ItemInput());
    s.input.reason = q.value(2).toString();
    s.explanation = q.value(3).toString();
    return s;
}
} // namespace

Status AssessmentTable::storeSet(const CriteriaSet& set)
{
    QSqlQuery q(m_file.db());
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO criteria_sets(sha256, set_id, version, year, group_code, body, added_at) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(set.sha256);
    q.addBindValue(set.id);
    q.addBindValue(set.version);
    q.addBindValue(set.year);
    q.addBindValue(UnitGroups::code(set.group));
    q.addBindValue(set.canonicalJson);
    q.addBindValue(nowText());
    return execute(q, tr("storing criteria set %1").arg(set.id));
}

Result<CriteriaSetPtr> AssessmentTable::storedSet(const QString& sha256) const
{
    using R = Result<CriteriaSetPtr>;
    static QMutex mutex;
    static QHash<QString, CriteriaSetPtr> cache;
    {
        QMutexLocker lock(&mutex);
        if (auto it = cache.constFind(sha256); it != cache.cend())
            return *it;
    }
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT body FROM criteria_sets WHERE sha256 = ?"));
    q.addBindValue(sha256);
    const QString purpose = tr("reading a criteria set");
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    if (!q.next()) {
        if (Status s = finished(q, purpose); !s)
            return R::failure(s.error());
        return CriteriaSetPtr();
    }
    const auto loaded = CriteriaLoader::loadBytes(q.value(0).toByteArray());
    if (!loaded.ok() || loaded.set->sha256 != sha256)
        return R::failure(tr("the criteria set %1 stored in the file is damaged").arg(sha256.left(12)));
    QMutexLocker lock(&mutex);
    cache.insert(sha256, loaded.set);
    return loaded.set;
}

Result<QList<CriteriaSetPtr>> AssessmentTable::storedSets() const
{
    using R = Result<QList<CriteriaSetPtr>>;
    QSqlQuery q(m_file.db());
    const QString purpose = tr("reading the criteria sets");
    if (Status s =
            execute(q, QStringLiteral("SELECT sha256 FROM criteria_sets ORDER BY year, set_id, version"), purpose);
        !s)
        return R::failure(s.error());
    QStringList hashes;
    while (q.next())
        hashes.append(q.value(0).toString());
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    QList<CriteriaSetPtr> out;
    for (const QString& sha : hashes) {
        const auto set = storedSet(sha);
        if (!set)
            return R::failure(set.error());
        out.append(set.value());
    }
    return out;
}

Result<std::optional<AssessmentRef>> AssessmentTable::find(qint64 unitId, int year) const
{
    using R = Result<std::optional<AssessmentRef>>;
    QSqlQuery q(m_file.db());
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE unit_id = ? AND year = ?"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    const QString purpose = tr("looking up an assessment");
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    if (q.next())
        return std::optional(refFrom(q));
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return std::optional<AssessmentRef>();
}

Result<QList<AssessmentRef>> AssessmentTable::forYear(int year) const
{
    using R = Result<QList<AssessmentRef>>;
    QList<AssessmentRef> out;
    QSqlQuery q(m_file.db());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE year = ? ORDER BY id"));
    q.addBindValue(year);
    const QString purpose = tr("reading the assessments of %1").arg(year);
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    while (q.next())
        out.append(refFrom(q));
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

Result<QList<int>> AssessmentTable::years() const
{
    using R = Result<QList<int>>;
    QList<int> out;
    QSqlQuery q(m_file.db());
    const QString purpose = tr("reading the years");
    if (Status s = execute(q, QStringLiteral("SELECT DISTINCT year FROM assessments ORDER BY year DESC"), purpose); !s)
        return R::failure(s.error());
    while (q.next())
        out.append(q.value(0).toInt());
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

Result<AssessmentRef> AssessmentTable::createScored(qint64 unitId, int year, const CriteriaSet& set)
{
    using R = Result<AssessmentRef>;
    if (set.year != year)
        return R::failure(tr("criteria set %1 is for %2, not %3").arg(set.id).arg(set.year).arg(year));
    const auto existing = find(unitId, year);
    if (!existing)
        return R::failure(existing.error());
    if (existing.value())
        return R::failure(tr("this unit already has an assessment for %1").arg(year));
    Transaction t(m_file);
    if (Status s = storeSet(set); !s)
        return R::failure(s.error());
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral(
        "INSERT INTO assessments(unit_id, year, kind, set_sha256, created_at) VALUES(?, ?, 'scored', ?, ?)"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    q.addBindValue(set.sha256);
    q.addBindValue(nowText());
    if (Status s = execute(q, tr("creating the assessment")); !s)
        return R::failure(s.error());
    AssessmentRef a{q.lastInsertId().toLongLong(), unitId, year, false, set.sha256};
    if (Status s = m_file.audit(QStringLiteral("assessment"), QStringLiteral("%1/%2").arg(unitId).arg(year), QString(),
                                QString(), set.id + QLatin1Char(' ') + set.sha256);
        !s)
        return R::failure(s.error());
    if (Status s = t.commit(); !s)
        return R::failure(s.error());
    return a;
}

Result<QHash<QString, StoredInput>> AssessmentTable::storedInputs(qint64 assessmentId) const
{
    using R = Result<QHash<QString, StoredInput>>;
    QHash<QString, StoredInput> out;
    QSqlQuery q(m_file.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT item_code, input, reason, explanation FROM item_inputs WHERE assessment_id = ?"));
    q.addBindValue(assessmentId);
    const QString purpose = tr("reading the scores");
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    while (q.next())
        out.insert(q.value(0).toString(), storedFrom(q));
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

Result<StoredInput> AssessmentTable::storedInput(qint64 assessmentId, const QString& itemCode) const
{
    using R = Result<StoredInput>;
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT item_code, input, reason, explanation FROM item_inputs "
                             "WHERE assessment_id = ? AND item_code = ?"));
    q.addBindValue(assessmentId);
    q.addBindValue(itemCode);
    const QString purpose = tr("reading item %1").arg(itemCode);
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    if (q.next())
        return storedFrom(q);
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return StoredInput();
}

Result<ItemInputs> AssessmentTable::inputs(qint64 assessmentId) const
{
    const auto stored = storedInputs(assessmentId);
    if (!stored)
        return Result<ItemInputs>::failure(stored.error());
    ItemInputs out;
    for (auto it = stored->begin(); it != stored->end(); ++it)
        out.insert(it.key(), it->input);
    return out;
}

Status AssessmentTable::setInput(const AssessmentRef& a, const CriteriaSet& set, const QString& itemCode,
                                 const ItemInput& input)
{
    const CriteriaNode* node = set.find(itemCode);
    if (!node || !node->isLeaf())
        return Status::failure(tr("the criteria set has no scored item %1").arg(itemCode));
    ItemInput clean = input;
    clean.reason = normalized(input.reason);
    if (clean.kind == ItemInput::Kind::NotApplicable && clean.reason.isEmpty())
        return Status::failure(tr("item %1: say why it is not applicable").arg(itemCode));
    const ItemScore score = Scorer::score(set, *node, clean);
    if (score.state == ItemScore::State::Invalid)
        return Status::failure(score.error);

    // The old value for the audit is read inside the transaction that replaces it.
    Transaction t(m_file);
    const auto old = storedInput(a.id, itemCode);
    if (!old)
        return Status::failure(old.error());
    QSqlQuery q(m_file.db());
    if (clean.kind == ItemInput::Kind::None) {
        q.prepare(QStringLiteral("UPDATE item_inputs SET input = '', reason = '', updated_at = ? "
                                 "WHERE assessment_id = ? AND item_code = ?"));
        q.addBindValue(nowText());
        q.addBindValue(a.id);
        q.addBindValue(itemCode);
    } else {
        q.prepare(QStringLiteral("INSERT INTO item_inputs(assessment_id, item_code, input, reason, updated_at) "
                                 "VALUES(?, ?, ?, ?, ?) ON CONFLICT(assessment_id, item_code) DO UPDATE SET "
                                 "input = excluded.input, reason = excluded.reason, updated_at = excluded.updated_at"));
        q.addBindValue(a.id);
        q.addBindValue(itemCode);
        q.addBindValue(clean.encode());
        q.addBindValue(clean.reason);
        q.addBindValue(nowText());
    }
    if (Status s = execute(q, tr("saving item %1").arg(itemCode)); !s)
        return s;
    if (Status s = m_file.audit(QStringLiteral("score"), QStringLiteral("%1/%2").arg(a.unitId).arg(a.year), itemCode,
                                describe(old->input), describe(clean));
        !s)
        return s;
    return t.commit();
}

Status AssessmentTable::setExplanation(const AssessmentRef& a, const QString& itemCode, const QString& text)
{
    const QString clean = normalized(text);
    // The old value for the audit is read inside the transaction that replaces it.
    Transaction t(m_file);
    const auto old = storedInput(a.id, itemCode);
    if (!old)
        return Status::failure(old.error());
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("INSERT INTO item_inputs(assessment_id, item_code, input, explanation, updated_at) "
                             "VALUES(?, ?, '', ?, ?) ON CONFLICT(assessment_id, item_code) DO UPDATE SET "
                             "explanation = excluded.explanation, updated_at = excluded.updated_at"));
    q.addBindValue(a.id);
    q.addBindValue(itemCode);
    q.addBindValue(clean);
    q.addBindValue(nowText());
    if (Status s = execute(q, tr("saving the explanation of %1").arg(itemCode)); !s)
        return s;
    if (Status s = m_file.audit(QStringLiteral("explanation"), QStringLiteral("%1/%2").arg(a.unitId).arg(a.year),
                                itemCode, old->explanation, clean);
        !s)
        return s;
    return t.commit();
}

Result<std::optional<HistoricFigures>> AssessmentTable::historic(qint64 assessmentId) const
{
    using R = Result<std::optional<HistoricFigures>>;
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral(
        "SELECT appraised, survey, bonus, penalty, max, band FROM historic_results WHERE assessment_id = ?"));
    q.addBindValue(assessmentId);
    const QString purpose = tr("reading historic results");
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    if (!q.next()) {
        if (Status s = finished(q, purpose); !s)
            return R::failure(s.error());
        return std::optional<HistoricFigures>();
    }
    HistoricFigures f;
    f.appraised = Points::fromThousandths(q.value(0).toLongLong());
    f.survey = Points::fromThousandths(q.value(1).toLongLong());
    f.bonus = Points::fromThousandths(q.value(2).toLongLong());
    f.penalty = Points::fromThousandths(q.value(3).toLongLong());
    f.max = Points::fromThousandths(q.value(4).toLongLong());
    f.band = q.value(5).toString();
    return std::optional(f);
}

Status AssessmentTable::setHistoric(qint64 unitId, const QString& unitCode, int year, const HistoricFigures& f)
{
    const auto found = find(unitId, year);
    if (!found)
        return Status::failure(found.error());
    std::optional<AssessmentRef> existing = found.value();
    QString old;
    if (existing && !existing->historic)
        return Status::failure(tr("unit %1 already has a scored assessment for %2; historic results would replace it")
                                   .arg(unitCode)
                                   .arg(year));
    Transaction t(m_file);
    if (existing) {
        const auto h = historic(existing->id);
        if (!h)
            return Status::failure(h.error());
        if (h.value())
            old = QStringLiteral("%1/%2").arg(h.value()->total().toString(), h.value()->max.toString());
    } else {
        QSqlQuery q(m_file.db());
        q.prepare(
            QStringLiteral("INSERT INTO assessments(unit_id, year, kind, created_at) VALUES(?, ?, 'historic', ?)"));
        q.addBindValue(unitId);
        q.addBindValue(year);
        q.addBindValue(nowText());
        if (Status s = execute(q, tr("creating the %1 results of %2").arg(year).arg(unitCode)); !s)
            return s;
        existing = AssessmentRef{q.lastInsertId().toLongLong(), unitId, year, true, QString()};
    }
    QSqlQuery q(m_file.db());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO historic_results(assessment_id, appraised, survey, bonus, penalty, max, "
                       "band) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(existing->id);
    for (Points p : {f.appraised, f.survey, f.bonus, f.penalty, f.max})
        q.addBindValue(p.thousandths());
    q.addBindValue(normalized(f.band));
    if (Status s = execute(q, tr("saving the %1 results of %2").arg(year).arg(unitCode)); !s)
        return s;
    if (Status s = m_file.audit(QStringLiteral("historic"), QStringLiteral("%1/%2").arg(unitCode).arg(year), QString(),
                                old, QStringLiteral("%1/%2").arg(f.total().toString(), f.max.toString()));
        !s)
        return s;
    return t.commit();
}

} // namespace parindex
