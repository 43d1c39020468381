#pragma once

#include "store/DataFile.h"
#include "store/Units.h"

#include <QDateTime>
#include <QJsonObject>

namespace parindex {

struct SubmissionVersion
{
    qint64 id = 0;
    qint64 sequence = 0;
    QDateTime receivedAt;
    qint64 size = 0;
    QString signerKeyId;
    QString manifestSha256;
};

struct InboxEntry
{
    enum class Status { NotReceived, Received, Resubmitted };
    Unit unit;
    Status status = Status::NotReceived;
    QList<SubmissionVersion> versions; // newest first
};

// What the centre has received for a year: every registered unit, with its versions.
class Inbox
{
    Q_DECLARE_TR_FUNCTIONS(Inbox)

public:
    static QList<InboxEntry> forYear(DataFile& centre, int year);
    static QList<int> years(DataFile& centre);
    // The unit's submitted data (scores, explanations, evidence metadata) of one version.
    static QJsonObject data(DataFile& centre, qint64 submissionId);
    static QString statusText(InboxEntry::Status s);
};

} // namespace parindex
