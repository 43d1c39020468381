#include "core/store/SubmissionTable.h"

#include "core/common/Clock.h"

#include <QSqlQuery>
#include <QVariant>

namespace parindex {

Result<std::optional<AcceptedVersion>> SubmissionTable::accepted(qint64 unitId, int year,
                                                                 const QString& setSha256) const
{
    using R = Result<std::optional<AcceptedVersion>>;
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral(
        "SELECT sequence, manifest_sha256 FROM submissions WHERE unit_id = ? AND year = ? AND set_sha256 = ? "
        "ORDER BY sequence DESC LIMIT 1"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    q.addBindValue(setSha256);
    const QString purpose = tr("reading the accepted version");
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    if (q.next())
        return std::optional(AcceptedVersion{q.value(0).toLongLong(), q.value(1).toString()});
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return std::optional<AcceptedVersion>();
}

Result<QHash<QString, AcceptedVersion>> SubmissionTable::acceptedAll() const
{
    using R = Result<QHash<QString, AcceptedVersion>>;
    QSqlQuery q(m_file.db());
    q.setForwardOnly(true);
    const QString purpose = tr("reading the accepted versions");
    if (Status s = execute(
            q,
            QStringLiteral("SELECT unit_id, year, set_sha256, sequence, manifest_sha256 FROM submissions s "
                           "WHERE sequence = (SELECT max(sequence) FROM submissions t WHERE t.unit_id = s.unit_id "
                           "AND t.year = s.year AND t.set_sha256 = s.set_sha256)"),
            purpose);
        !s)
        return R::failure(s.error());
    QHash<QString, AcceptedVersion> out;
    while (q.next())
        out.insert(acceptedVersionKey(q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString()),
                   AcceptedVersion{q.value(3).toLongLong(), q.value(4).toString()});
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

Result<qint64> SubmissionTable::insert(const StoredSubmission& s, const QString& unitCode,
                                       const QString& previousSha256)
{
    using R = Result<qint64>;
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral(
        "INSERT INTO submissions(unit_id, year, set_sha256, sequence, manifest_sha256, package_id, signer_key_id, "
        "received_at, package_size, manifest, signature, data, answers_feedback) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.unitId);
    q.addBindValue(s.year);
    q.addBindValue(s.setSha256);
    q.addBindValue(s.sequence);
    q.addBindValue(s.manifestSha256);
    q.addBindValue(s.packageId);
    q.addBindValue(s.signerKeyId);
    q.addBindValue(Clock::now().toUTC().toString(Qt::ISODate));
    q.addBindValue(s.packageSize);
    q.addBindValue(s.manifest);
    q.addBindValue(s.signature);
    q.addBindValue(s.data);
    q.addBindValue(s.answersFeedback);
    if (Status st = execute(q, tr("storing the package")); !st)
        return R::failure(st.error());
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery ev(m_file.db());
    ev.prepare(QStringLiteral("INSERT INTO submission_evidence(submission_id, sha256, size) VALUES(?, ?, ?)"));
    for (const auto& [sha, size] : s.evidence) {
        ev.addBindValue(id);
        ev.addBindValue(sha);
        ev.addBindValue(size);
        if (Status st = execute(ev, tr("storing the package's evidence list")); !st)
            return R::failure(st.error());
    }
    if (Status st = m_file.audit(QStringLiteral("submission"), unitCode, QString::number(s.sequence), previousSha256,
                                 s.manifestSha256);
        !st)
        return R::failure(st.error());
    if (Status st = t.commit(); !st)
        return R::failure(st.error());
    return id;
}

Status SubmissionTable::recordAlert(qint64 unitId, int year, const QString& setSha256, qint64 sequence,
                                    const QString& manifestSha256, const QString& reason)
{
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("INSERT INTO submission_alerts(unit_id, year, sequence, manifest_sha256, at, reason) "
                             "VALUES(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    q.addBindValue(sequence);
    q.addBindValue(manifestSha256);
    q.addBindValue(Clock::now().toUTC().toString(Qt::ISODate));
    q.addBindValue(reason + QStringLiteral(" (criteria set ") + setSha256 + QLatin1Char(')'));
    return execute(q, tr("recording an alert"));
}

Result<QList<SubmissionVersion>> SubmissionTable::forYear(int year) const
{
    using R = Result<QList<SubmissionVersion>>;
    QSqlQuery q(m_file.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, unit_id, sequence, received_at, package_size, signer_key_id, manifest_sha256, "
                             "set_sha256, answers_feedback FROM submissions WHERE year = ? "
                             "ORDER BY sequence DESC, id DESC"));
    q.addBindValue(year);
    const QString purpose = tr("reading the inbox of %1").arg(year);
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    QList<SubmissionVersion> out;
    while (q.next()) {
        SubmissionVersion v;
        v.id = q.value(0).toLongLong();
        v.unitId = q.value(1).toLongLong();
        v.year = year;
        v.sequence = q.value(2).toLongLong();
        v.receivedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        v.size = q.value(4).toLongLong();
        v.signerKeyId = q.value(5).toString();
        v.manifestSha256 = q.value(6).toString();
        v.setSha256 = q.value(7).toString();
        v.answersFeedback = q.value(8).toLongLong();
        out.append(v);
    }
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

Result<QList<int>> SubmissionTable::years() const
{
    using R = Result<QList<int>>;
    QSqlQuery q(m_file.db());
    const QString purpose = tr("reading the inbox's years");
    if (Status s = execute(q, QStringLiteral("SELECT DISTINCT year FROM submissions ORDER BY year DESC"), purpose); !s)
        return R::failure(s.error());
    QList<int> out;
    while (q.next())
        out.append(q.value(0).toInt());
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

Result<QByteArray> SubmissionTable::data(qint64 submissionId) const
{
    using R = Result<QByteArray>;
    QSqlQuery q(m_file.db());
    q.prepare(QStringLiteral("SELECT data FROM submissions WHERE id = ?"));
    q.addBindValue(submissionId);
    const QString purpose = tr("reading a submitted version");
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    if (q.next())
        return q.value(0).toByteArray();
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return R::failure(tr("that version is not in the file"));
}

Result<std::optional<SubmissionVersion>> SubmissionTable::version(qint64 submissionId) const
{
    using R = Result<std::optional<SubmissionVersion>>;
    QSqlQuery q(m_file.db());
    q.prepare(
        QStringLiteral("SELECT id, unit_id, year, sequence, received_at, package_size, signer_key_id, manifest_sha256, "
                       "set_sha256, answers_feedback FROM submissions WHERE id = ?"));
    q.addBindValue(submissionId);
    const QString purpose = tr("reading a submitted version");
    if (Status s = execute(q, purpose); !s)
        return R::failure(s.error());
    if (!q.next()) {
        if (Status s = finished(q, purpose); !s)
            return R::failure(s.error());
        return std::optional<SubmissionVersion>();
    }
    SubmissionVersion v;
    v.id = q.value(0).toLongLong();
    v.unitId = q.value(1).toLongLong();
    v.year = q.value(2).toInt();
    v.sequence = q.value(3).toLongLong();
    v.receivedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    v.size = q.value(5).toLongLong();
    v.signerKeyId = q.value(6).toString();
    v.manifestSha256 = q.value(7).toString();
    v.setSha256 = q.value(8).toString();
    v.answersFeedback = q.value(9).toLongLong();
    return std::optional(v);
}

Status SubmissionTable::withdraw(qint64 submissionId, const QString& unitCode, const QString& reason)
{
    const auto v = version(submissionId);
    if (!v)
        return Status::failure(v.error());
    if (!v.value())
        return Status::failure(tr("that version is not in the file"));
    Transaction t(m_file);
    QSqlQuery q(m_file.db());
    q.prepare(
        QStringLiteral("INSERT INTO withdrawn_submissions(submission_id, unit_id, year, set_sha256, sequence, "
                       "manifest_sha256, package_id, signer_key_id, received_at, package_size, manifest, signature, "
                       "data, withdrawn_at, withdrawn_by, reason) "
                       "SELECT id, unit_id, year, set_sha256, sequence, manifest_sha256, package_id, signer_key_id, "
                       "received_at, package_size, manifest, signature, data, ?, ?, ? FROM submissions WHERE id = ?"));
    q.addBindValue(Clock::now().toUTC().toString(Qt::ISODate));
    q.addBindValue(m_file.actor());
    q.addBindValue(reason);
    q.addBindValue(submissionId);
    if (Status s = execute(q, tr("withdrawing a version")); !s)
        return s;
    q.prepare(QStringLiteral("DELETE FROM submissions WHERE id = ?"));
    q.addBindValue(submissionId);
    if (Status s = execute(q, tr("withdrawing a version")); !s)
        return s;
    if (Status s = m_file.audit(QStringLiteral("submission-withdrawn"), unitCode, QString::number(v.value()->sequence),
                                v.value()->manifestSha256, reason);
        !s)
        return s;
    return t.commit();
}

Result<QSet<QString>> SubmissionTable::withdrawnManifests() const
{
    using R = Result<QSet<QString>>;
    QSqlQuery q(m_file.db());
    const QString purpose = tr("reading the withdrawn versions");
    if (Status s = execute(q, QStringLiteral("SELECT manifest_sha256 FROM withdrawn_submissions"), purpose); !s)
        return R::failure(s.error());
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    if (Status s = finished(q, purpose); !s)
        return R::failure(s.error());
    return out;
}

} // namespace parindex
