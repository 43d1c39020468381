#include "Inbox.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace parindex {

QList<InboxEntry> Inbox::forYear(DataFile& centre, int year)
{
    QHash<qint64, QList<SubmissionVersion>> versions;
    QSqlQuery q(centre.db());
    q.prepare(QStringLiteral("SELECT id, unit_id, sequence, received_at, package_size, signer_key_id, manifest_sha256 "
                             "FROM submissions WHERE year = ? ORDER BY sequence DESC"));
    q.addBindValue(year);
    q.exec();
    while (q.next()) {
        SubmissionVersion v;
        v.id = q.value(0).toLongLong();
        v.sequence = q.value(2).toLongLong();
        v.receivedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        v.size = q.value(4).toLongLong();
        v.signerKeyId = q.value(5).toString();
        v.manifestSha256 = q.value(6).toString();
        versions[q.value(1).toLongLong()].append(v);
    }
    QList<InboxEntry> out;
    for (const Unit& u : Units(centre).all()) {
        InboxEntry e;
        e.unit = u;
        e.versions = versions.value(u.id);
        e.status = e.versions.isEmpty()      ? InboxEntry::Status::NotReceived
                   : e.versions.size() == 1 ? InboxEntry::Status::Received
                                            : InboxEntry::Status::Resubmitted;
        out.append(e);
    }
    return out;
}

QList<int> Inbox::years(DataFile& centre)
{
    QList<int> out;
    QSqlQuery q(centre.db());
    q.exec(QStringLiteral("SELECT DISTINCT year FROM submissions ORDER BY year DESC"));
    while (q.next())
        out.append(q.value(0).toInt());
    return out;
}

QJsonObject Inbox::data(DataFile& centre, qint64 submissionId)
{
    QSqlQuery q(centre.db());
    q.prepare(QStringLiteral("SELECT data FROM submissions WHERE id = ?"));
    q.addBindValue(submissionId);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

QString Inbox::statusText(InboxEntry::Status s)
{
    switch (s) {
    case InboxEntry::Status::NotReceived:
        return tr("not received");
    case InboxEntry::Status::Received:
        return tr("received");
    case InboxEntry::Status::Resubmitted:
        return tr("resubmitted");
    }
    return QString();
}

} // namespace parindex
