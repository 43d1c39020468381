#include "core/common/UnitGroup.h"

#include "core/common/Text.h"

namespace parindex {

namespace {
struct GroupNames
{
    UnitGroup group;
    const char* code;
    const char* displayName; // English source, translated at run time
    const char* shortName;
    const char* vietnameseName; // always accepted on input, whatever the UI language
    const char* vietnameseShort;
};

const GroupNames kGroups[] = {
    {UnitGroup::So, "so", QT_TRANSLATE_NOOP("UnitGroups", "Departments and equivalent agencies"),
     QT_TRANSLATE_NOOP("UnitGroups", "Department"), "Sở, cơ quan tương đương Sở", "Sở"},
    {UnitGroup::Xa, "xa", QT_TRANSLATE_NOOP("UnitGroups", "Commune, ward and special-zone People's Committees"),
     QT_TRANSLATE_NOOP("UnitGroups", "Commune/ward"), "UBND xã, phường, đặc khu", "Xã/phường"},
    {UnitGroup::Huyen, "huyen", QT_TRANSLATE_NOOP("UnitGroups", "District, town and county People's Committees"),
     QT_TRANSLATE_NOOP("UnitGroups", "District"), "UBND quận, huyện, thị xã", "Quận/huyện"},
};

const GroupNames& namesOf(UnitGroup g)
{
    for (const auto& n : kGroups) {
        if (n.group == g)
            return n;
    }
    return kGroups[0];
}
} // namespace

QString UnitGroups::code(UnitGroup g)
{
    return QString::fromLatin1(namesOf(g).code);
}

QString UnitGroups::displayName(UnitGroup g)
{
    return tr(namesOf(g).displayName);
}

const char* UnitGroups::displayNameSource(UnitGroup g)
{
    return namesOf(g).displayName;
}

QString UnitGroups::shortName(UnitGroup g)
{
    return tr(namesOf(g).shortName);
}

std::optional<UnitGroup> UnitGroups::parse(const QString& text)
{
    const QString key = matchKey(text);
    if (key.isEmpty())
        return std::nullopt;
    for (const auto& n : kGroups) {
        const QString candidates[] = {QString::fromLatin1(n.code),
                                      QString::fromUtf8(n.displayName),
                                      QString::fromUtf8(n.shortName),
                                      QString::fromUtf8(n.vietnameseName),
                                      QString::fromUtf8(n.vietnameseShort),
                                      tr(n.displayName),
                                      tr(n.shortName)};
        for (const QString& c : candidates) {
            if (matchKey(c) == key)
                return n.group;
        }
    }
    return std::nullopt;
}

QString UnitGroups::notAssessedIn(UnitGroup g, int year)
{
    if (g == UnitGroup::Huyen && year >= 2025)
        return tr("the district level was abolished on 1 July 2025; there are no district results for %1 "
                  "(the %1 index assesses the communes)")
            .arg(year);
    return QString();
}

} // namespace parindex
