#pragma once

#include <QDateTime>
#include <functional>

namespace parindex {

// The one source of "now" for stamps, deadlines and the audit log, replaceable in tests.
class Clock
{
public:
    static QDateTime now();
    static void setForTesting(std::function<QDateTime()> source);
    static void reset();
};

} // namespace parindex
