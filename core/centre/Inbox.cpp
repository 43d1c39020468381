#include "core/centre/Inbox.h"

namespace parindex {

namespace {
struct InboxText
{
    Q_DECLARE_TR_FUNCTIONS(Inbox)
};
} // namespace

QString InboxEntry::statusText(Status s)
{
    switch (s) {
    case Status::NotReceived:
        return InboxText::tr("not received");
    case Status::Received:
        return InboxText::tr("received");
    case Status::Resubmitted:
        return InboxText::tr("resubmitted");
    }
    return QString();
}

} // namespace parindex
