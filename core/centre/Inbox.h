#pragma once

#include "core/records/Submission.h"
#include "core/records/Unit.h"

#include <QCoreApplication>
#include <QList>

namespace parindex {

// What the centre has received from one unit for a year.
struct InboxEntry
{
    enum class Status
    {
        NotReceived,
        Received,
        Resubmitted
    };
    Unit unit;
    Status status = Status::NotReceived;
    QList<SubmissionVersion> versions; // newest first

    static QString statusText(Status s);
};

} // namespace parindex
