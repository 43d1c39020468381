#pragma once

#include <QString>
#include <optional>

namespace parindex {

// What a data file is for, chosen when it is created: a unit's self-assessment, or the centre
// (Sở Nội vụ) that receives, appraises and ranks.
enum class Role
{
    Unit,
    Centre
};

QString roleCode(Role r);
std::optional<Role> roleFromCode(const QString& code);

} // namespace parindex
