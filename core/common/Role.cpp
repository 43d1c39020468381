#include "core/common/Role.h"

namespace parindex {

QString roleCode(Role r)
{
    return r == Role::Unit ? QStringLiteral("unit") : QStringLiteral("centre");
}

std::optional<Role> roleFromCode(const QString& code)
{
    if (code == QLatin1String("unit"))
        return Role::Unit;
    if (code == QLatin1String("centre"))
        return Role::Centre;
    return std::nullopt;
}

} // namespace parindex
