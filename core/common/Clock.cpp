#include "core/common/Clock.h"

namespace parindex {

namespace {
std::function<QDateTime()>& source()
{
    static std::function<QDateTime()> s;
    return s;
}
} // namespace

QDateTime Clock::now()
{
    return source() ? source()() : QDateTime::currentDateTimeUtc();
}

void Clock::setForTesting(std::function<QDateTime()> s)
{
    source() = std::move(s);
}

void Clock::reset()
{
    source() = nullptr;
}

} // namespace parindex
