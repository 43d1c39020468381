#include "core/store/AppraisalTable.h"

#include "core/common/Clock.h"

#include <QSqlQuery>
#include <QVariant>

namespace parindex {

namespace {

QString now()
{
    return Clock::now().toUTC().toString(Qt::ISODate);
}

QDateTime timeFrom(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

// The audit's form of a row: the input, then the comment and the request when there are any.
QString auditText(const std::optional<ItemAppraisal>& a)
{
    if (!a)
        return QString();
    QString text = a->input.encode();
    if (!a->input.reason.isEmpty())
        text += QStringLiteral(" (") + a->input.reason + u')';
    if (!a->comment.isEmpty())
        text += QStringLiteral("; comment: ") + a->comment;
    if (a->request != RequestKind::None)
        text += QStringLiteral("; request: ") + AppraisalTerms::code(a->request);
    return text;
}

Status insertAreas(DataFile& file, const QString& name, const QStringList& areas)
{
    QSqlQuery q(file.db());
    for (const QString& area : areas) {
        q.prepare(QStringLiteral("INSERT INTO appraiser_areas(appraiser, area_code) VALUES(?, ?)"));
        q.addBindValue(name);
        q.addBindValue(area);
        if (Status s = execute(q, AppraisalTable::tr("assigning areas")); !s)
            return s;
    }
    return {};
}

} // namespace

// ---- The working group -------------------------------------------------------------------------

Result<QList<Appraiser>> AppraisalTable::appraisers() const
{
    using R = Result<QList<Appraiser>>;
    QSqlQuery q(m_file.db());
    const QString purpose = tr("reading the appraisers");
    if (Status s = execute(q,
                           QStringLiteral("SELECT a.name, r.area_code FROM appraisers a LEFT JOIN appraiser_areas r "
                                          "ON r.appraiser = a.name ORDER BY a.added_at, a.name, r.area_code"),
                           purpose);
        !s)
        return R::failure(s.error());
    QList<Appraiser> out;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (out.isEmpty() || out.last().name != name)
            out.append(Appraiser{name, {}});
        if (!q.value(1).isNull())
            out.last().areas.append(q.value(1).toString());
    }
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

Status AppraisalTable::addAppraiser(const Appraiser& appraiser)
{
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM appraisers WHERE name = ?"));
    q.addBindValue(appraiser.name);
    if (Status s = execute(q, tr("reading the appraisers")); !s)
        return s;
    if (q.next() && q.value(0).toInt() > 0)
        return Status::failure(tr("%1 is already an appraiser").arg(appraiser.name));
    q.prepare(QStringLiteral("INSERT INTO appraisers(name, added_at) VALUES(?, ?)"));
    q.addBindValue(appraiser.name);
    q.addBindValue(now());
    if (Status s = execute(q, tr("registering an appraiser")); !s)
        return s;
    if (Status s = insertAreas(m_file, appraiser.name, appraiser.areas); !s)
        return s;
    if (Status s = m_file.audit(QStringLiteral("appraiser"), appraiser.name, QString(), QString(),
                                appraiser.areas.join(QLatin1Char(',')));
        !s)
        return s;
    return t.commit();
}

Status AppraisalTable::setAreas(const QString& name, const QStringList& areas, const QString& reason)
{
    Transaction t(m_file);
    const auto all = appraisers();
    if (!all)
        return Status::failure(all.error());
    const auto it = std::find_if(all->cbegin(), all->cend(), [&](const Appraiser& a) { return a.name == name; });
    if (it == all->cend())
        return Status::failure(tr("%1 is not a registered appraiser").arg(name));
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("DELETE FROM appraiser_areas WHERE appraiser = ?"));
    q.addBindValue(name);
    if (Status s = execute(q, tr("assigning areas")); !s)
        return s;
    if (Status s = insertAreas(m_file, name, areas); !s)
        return s;
    if (Status s = m_file.audit(QStringLiteral("appraiser-areas"), name, reason, it->areas.join(QLatin1Char(',')),
                                areas.join(QLatin1Char(',')));
        !s)
        return s;
    return t.commit();
}

// ---- The year's plan ---------------------------------------------------------------------------

Result<YearPlan> AppraisalTable::plan(int year) const
{
    using R = Result<YearPlan>;
    YearPlan plan;
    plan.year = year;
    QSqlQuery q(m_file.db());
    const QString purpose = tr("reading the plan of %1").arg(year);
    q.prepare(QStringLiteral("SELECT group_code, set_sha256 FROM year_sets WHERE year = ?"));
    q.addBindValue(year);
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    while (q.next()) {
        if (const auto g = UnitGroups::parse(q.value(0).toString()))
            plan.sets.insert(*g, q.value(1).toString());
    }
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    q.prepare(QStringLiteral("SELECT stage, due_on FROM year_deadlines WHERE year = ?"));
    q.addBindValue(year);
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    while (q.next()) {
        if (const auto stage = AppraisalTerms::deadlineFromCode(q.value(0).toString()))
            plan.deadlines.insert(*stage, QDate::fromString(q.value(1).toString(), Qt::ISODate));
    }
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return plan;
}

Status AppraisalTable::setYearSet(int year, UnitGroup group, const QString& setSha256, const QString& reason)
{
    Transaction t(m_file);
    const auto old = plan(year);
    if (!old)
        return Status::failure(old.error());
    const QString before = old->sets.value(group);
    if (before == setSha256)
        return t.commit();
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("DELETE FROM year_sets WHERE year = ? AND group_code = ?"));
    q.addBindValue(year);
    q.addBindValue(UnitGroups::code(group));
    if (Status s = execute(q, tr("changing the year's criteria set")); !s)
        return s;
    q.prepare(QStringLiteral("INSERT INTO year_sets(year, group_code, set_sha256) VALUES(?, ?, ?)"));
    q.addBindValue(year);
    q.addBindValue(UnitGroups::code(group));
    q.addBindValue(setSha256);
    if (Status s = execute(q, tr("changing the year's criteria set")); !s)
        return s;
    if (Status s =
            m_file.audit(QStringLiteral("year-set"), QStringLiteral("%1/%2").arg(year).arg(UnitGroups::code(group)),
                         reason, before, setSha256);
        !s)
        return s;
    return t.commit();
}

Status AppraisalTable::setDeadline(int year, DeadlineStage stage, const std::optional<QDate>& date,
                                   const QString& reason)
{
    Transaction t(m_file);
    const auto old = plan(year);
    if (!old)
        return Status::failure(old.error());
    const auto before = old->deadline(stage);
    if (before == date)
        return t.commit();
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("DELETE FROM year_deadlines WHERE year = ? AND stage = ?"));
    q.addBindValue(year);
    q.addBindValue(AppraisalTerms::code(stage));
    if (Status s = execute(q, tr("setting a deadline")); !s)
        return s;
    if (date) {
        q.prepare(QStringLiteral("INSERT INTO year_deadlines(year, stage, due_on) VALUES(?, ?, ?)"));
        q.addBindValue(year);
        q.addBindValue(AppraisalTerms::code(stage));
        q.addBindValue(date->toString(Qt::ISODate));
        if (Status s = execute(q, tr("setting a deadline")); !s)
            return s;
    }
    if (Status s = m_file.audit(
            QStringLiteral("deadline"), QStringLiteral("%1/%2").arg(year).arg(AppraisalTerms::code(stage)), reason,
            before ? before->toString(Qt::ISODate) : QString(), date ? date->toString(Qt::ISODate) : QString());
        !s)
        return s;
    return t.commit();
}

// ---- Rounds ------------------------------------------------------------------------------------

Result<QHash<qint64, RoundState>> AppraisalTable::rounds(int year) const
{
    using R = Result<QHash<qint64, RoundState>>;
    QSqlQuery q(m_file.db());
    const QString purpose = tr("reading the rounds of %1").arg(year);
    q.prepare(QStringLiteral(
        "SELECT unit_id, round1_closed_at, round2_closed_at, basis_sequence FROM appraisal_rounds WHERE year = ?"));
    q.addBindValue(year);
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    QHash<qint64, RoundState> out;
    while (q.next()) {
        RoundState& r = out[q.value(0).toLongLong()];
        r.round1ClosedAt = timeFrom(q.value(1));
        r.round2ClosedAt = timeFrom(q.value(2));
        r.basisSequence = q.value(3).toLongLong();
    }
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    const auto sent = feedbackSent(year);
    if (!sent)
        return R::failure(sent.error());
    for (const SentFeedback& f : sent.value()) {
        RoundState& r = out[f.unitId];
        if (f.sequence > r.feedbackSequence) {
            r.feedbackSequence = f.sequence;
            r.feedbackRound = f.round;
            r.feedbackAt = f.createdAt;
        }
    }
    return out;
}

Result<RoundState> AppraisalTable::round(qint64 unitId, int year) const
{
    const auto all = rounds(year);
    if (!all)
        return Result<RoundState>::failure(all.error());
    return all->value(unitId);
}

namespace {
Status ensureRoundRow(DataFile& file, qint64 unitId, int year)
{
    QSqlQuery q(file.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM appraisal_rounds WHERE unit_id = ? AND year = ?"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    if (Status s = execute(q, AppraisalTable::tr("reading the rounds")); !s)
        return s;
    if (q.next() && q.value(0).toInt() > 0)
        return {};
    q.prepare(QStringLiteral("INSERT INTO appraisal_rounds(unit_id, year) VALUES(?, ?)"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    return execute(q, AppraisalTable::tr("starting the appraisal"));
}
} // namespace

Status AppraisalTable::setRoundClosed(qint64 unitId, const QString& unitCode, int year, int round, bool closed,
                                      const QString& reason)
{
    Transaction t(m_file);
    if (Status s = ensureRoundRow(m_file, unitId, year); !s)
        return s;
    QSqlQuery q(m_file.db());
    const QString column = round == 1 ? QStringLiteral("round1_closed_at") : QStringLiteral("round2_closed_at");
    q.prepare(QStringLiteral("UPDATE appraisal_rounds SET %1 = ? WHERE unit_id = ? AND year = ?").arg(column));
    q.addBindValue(closed ? QVariant(now()) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(unitId);
    q.addBindValue(year);
    if (Status s = execute(q, tr("closing a round")); !s)
        return s;
    if (Status s =
            m_file.audit(closed ? QStringLiteral("round-closed") : QStringLiteral("round-reopened"),
                         QStringLiteral("%1/%2").arg(unitCode).arg(year), QString::number(round),
                         closed ? QString() : reason, closed ? QStringLiteral("closed") : QStringLiteral("open"));
        !s)
        return s;
    return t.commit();
}

Status AppraisalTable::setBasis(qint64 unitId, int year, qint64 sequence)
{
    Transaction t(m_file);
    if (Status s = ensureRoundRow(m_file, unitId, year); !s)
        return s;
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("UPDATE appraisal_rounds SET basis_sequence = ? WHERE unit_id = ? AND year = ?"));
    q.addBindValue(sequence);
    q.addBindValue(unitId);
    q.addBindValue(year);
    if (Status s = execute(q, tr("starting the appraisal")); !s)
        return s;
    return t.commit();
}

// ---- Rows --------------------------------------------------------------------------------------

namespace {
const char* kRowColumns = "SELECT unit_id, item_code, round, input, request, appraiser, updated_at, version, comment, "
                          "reason FROM appraisals ";

std::optional<AppraisalRow> rowFrom(const QSqlQuery& q, bool withComment)
{
    AppraisalRow r;
    r.unitId = q.value(0).toLongLong();
    r.item = q.value(1).toString();
    r.round = q.value(2).toInt();
    const auto input = ItemInput::decode(q.value(3).toString());
    if (!input)
        return std::nullopt;
    r.appraisal.input = *input;
    r.appraisal.input.reason = q.value(9).toString();
    r.appraisal.request = AppraisalTerms::requestFromCode(q.value(4).toString()).value_or(RequestKind::None);
    r.appraisal.appraiser = q.value(5).toString();
    r.appraisal.at = timeFrom(q.value(6));
    r.appraisal.version = q.value(7).toLongLong();
    if (withComment)
        r.appraisal.comment = q.value(8).toString();
    return r;
}
} // namespace

Result<QList<AppraisalRow>> AppraisalTable::rows(qint64 unitId, int year) const
{
    using R = Result<QList<AppraisalRow>>;
    QSqlQuery q(m_file.db());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kRowColumns) + QStringLiteral("WHERE unit_id = ? AND year = ?"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    const QString purpose = tr("reading the appraisal");
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    QList<AppraisalRow> out;
    while (q.next()) {
        auto r = rowFrom(q, true);
        if (!r)
            return R::failure(tr("the appraisal of item %1 cannot be read").arg(q.value(1).toString()));
        out.append(*r);
    }
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

Result<QList<AppraisalRow>> AppraisalTable::rowsForYear(int year) const
{
    using R = Result<QList<AppraisalRow>>;
    QSqlQuery q(m_file.db());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kRowColumns) + QStringLiteral("WHERE year = ?"));
    q.addBindValue(year);
    const QString purpose = tr("reading the appraisal of %1").arg(year);
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    QList<AppraisalRow> out;
    while (q.next()) {
        auto r = rowFrom(q, false);
        if (!r)
            return R::failure(tr("the appraisal of item %1 cannot be read").arg(q.value(1).toString()));
        out.append(*r);
    }
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

Status AppraisalTable::put(qint64 unitId, const QString& unitCode, int year, const QString& item, int round,
                           const ItemAppraisal& appraisal, std::optional<qint64> expectedVersion)
{
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(QLatin1String(kRowColumns) +
              QStringLiteral("WHERE unit_id = ? AND year = ? AND item_code = ? AND round = ?"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    q.addBindValue(item);
    q.addBindValue(round);
    const QString purpose = tr("reading the appraisal");
    if (Status s = execute(q, purpose); !s)
        return s;
    std::optional<AppraisalRow> old;
    if (q.next())
        old = rowFrom(q, true);
    else if (Status s = finished(q, purpose); !s)
        return s;
    const qint64 oldVersion = old ? old->appraisal.version : 0;
    if (expectedVersion && *expectedVersion != oldVersion)
        return Status::failure(
            tr("item %1 was changed meanwhile by %2 (%3); read it again")
                .arg(item, old ? old->appraisal.appraiser : QString(),
                     old ? old->appraisal.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString()));
    q.prepare(
        old ? QStringLiteral("UPDATE appraisals SET input = ?, reason = ?, comment = ?, request = ?, "
                             "appraiser = ?, updated_at = ?, version = ? WHERE unit_id = ? AND year = ? AND "
                             "item_code = ? AND round = ?")
            : QStringLiteral("INSERT INTO appraisals(input, reason, comment, request, appraiser, updated_at, "
                             "version, unit_id, year, item_code, round) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // '' is not NULL: an appraisal with no input (appraised at 0) and no reason or comment.
    q.addBindValue(appraisal.input.encode().isNull() ? QStringLiteral("") : appraisal.input.encode());
    q.addBindValue(appraisal.input.reason.isNull() ? QStringLiteral("") : appraisal.input.reason);
    q.addBindValue(appraisal.comment.isNull() ? QStringLiteral("") : appraisal.comment);
    q.addBindValue(AppraisalTerms::code(appraisal.request));
    q.addBindValue(appraisal.appraiser);
    q.addBindValue(now());
    q.addBindValue(oldVersion + 1);
    q.addBindValue(unitId);
    q.addBindValue(year);
    q.addBindValue(item);
    q.addBindValue(round);
    if (Status s = execute(q, tr("saving the appraisal")); !s)
        return s;
    if (Status s = m_file.audit(QStringLiteral("appraisal-round-%1").arg(round),
                                QStringLiteral("%1/%2").arg(unitCode).arg(year), item,
                                old ? auditText(old->appraisal) : QString(), auditText(appraisal));
        !s)
        return s;
    return t.commit();
}

// ---- Feedback ----------------------------------------------------------------------------------

Result<qint64> AppraisalTable::lastFeedbackSequence(qint64 unitId, int year) const
{
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT max(sequence) FROM feedback_sent WHERE unit_id = ? AND year = ?"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    if (Status s = execute(q, tr("reading the feedback sent")); !s)
        return Result<qint64>::failure(s.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<SentFeedback>> AppraisalTable::feedbackSent(int year) const
{
    using R = Result<QList<SentFeedback>>;
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT unit_id, sequence, round, basis_sequence, manifest_sha256, created_at "
                             "FROM feedback_sent WHERE year = ? ORDER BY unit_id, sequence"));
    q.addBindValue(year);
    const QString purpose = tr("reading the feedback sent");
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    QList<SentFeedback> out;
    while (q.next()) {
        SentFeedback f;
        f.unitId = q.value(0).toLongLong();
        f.year = year;
        f.sequence = q.value(1).toLongLong();
        f.round = q.value(2).toInt();
        f.basisSequence = q.value(3).toLongLong();
        f.manifestSha256 = q.value(4).toString();
        f.createdAt = timeFrom(q.value(5));
        out.append(f);
    }
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

Status AppraisalTable::recordFeedback(const SentFeedback& sent, const QString& unitCode)
{
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("INSERT INTO feedback_sent(unit_id, year, sequence, round, basis_sequence, "
                             "manifest_sha256, created_at, created_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sent.unitId);
    q.addBindValue(sent.year);
    q.addBindValue(sent.sequence);
    q.addBindValue(sent.round);
    q.addBindValue(sent.basisSequence);
    q.addBindValue(sent.manifestSha256);
    q.addBindValue(now());
    q.addBindValue(m_file.actor());
    if (Status s = execute(q, tr("recording the feedback")); !s)
        return s;
    if (Status s = m_file.audit(QStringLiteral("feedback"), QStringLiteral("%1/%2").arg(unitCode).arg(sent.year),
                                QString::number(sent.sequence), QString(),
                                QStringLiteral("round %1; %2").arg(sent.round).arg(sent.manifestSha256));
        !s)
        return s;
    return t.commit();
}

// ---- Approval ----------------------------------------------------------------------------------

Result<std::optional<Approval>> AppraisalTable::approval(int year) const
{
    using R = Result<std::optional<Approval>>;
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT decision, decided_on, members, in_favour, recorded_at, recorded_by "
                             "FROM approvals WHERE year = ?"));
    q.addBindValue(year);
    const QString purpose = tr("reading the approval of %1").arg(year);
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    if (!q.next()) {
        if (Status s = finished(q, purpose); !s)
            return R::failure(s.error());
        return std::optional<Approval>();
    }
    Approval a;
    a.decision = q.value(0).toString();
    a.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    a.members = q.value(2).toInt();
    a.inFavour = q.value(3).toInt();
    a.recordedAt = timeFrom(q.value(4));
    a.recordedBy = q.value(5).toString();
    return std::optional(a);
}

Status AppraisalTable::approve(int year, const Approval& approval)
{
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("INSERT INTO approvals(year, decision, decided_on, members, in_favour, recorded_at, "
                             "recorded_by) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(year);
    q.addBindValue(approval.decision);
    q.addBindValue(approval.date.toString(Qt::ISODate));
    q.addBindValue(approval.members);
    q.addBindValue(approval.inFavour);
    q.addBindValue(now());
    q.addBindValue(m_file.actor());
    if (Status s = execute(q, tr("recording the approval")); !s)
        return s;
    if (Status s = m_file.audit(QStringLiteral("approval"), QString::number(year), QString(), QString(),
                                QStringLiteral("%1 of %2").arg(approval.decision, approval.date.toString(Qt::ISODate)));
        !s)
        return s;
    return t.commit();
}

} // namespace parindex
