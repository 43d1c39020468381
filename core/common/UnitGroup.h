#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace parindex {

// The groups within which units are ranked. Codes are stable identifiers used in files and on
// the command line; display names are translated.
enum class UnitGroup
{
    So,
    Xa,
    Huyen
};

class UnitGroups
{
    Q_DECLARE_TR_FUNCTIONS(UnitGroups)

public:
    static QList<UnitGroup> all() { return {UnitGroup::So, UnitGroup::Xa, UnitGroup::Huyen}; }
    static QString code(UnitGroup g);
    static QString displayName(UnitGroup g);
    // The English source of displayName (context "UnitGroups"), for documents in their own language.
    static const char* displayNameSource(UnitGroup g);
    static QString shortName(UnitGroup g);
    // Accepts the code ("so"), the Vietnamese or English display name, or the short name,
    // in any case and Unicode normalisation form.
    static std::optional<UnitGroup> parse(const QString& text);
    // Whether units of the group are assessed in `year`: the district level (huyện) was abolished
    // on 1 July 2025, and the 2025 index assesses the new communes. Empty when they are; else why not.
    static QString notAssessedIn(UnitGroup g, int year);
};

} // namespace parindex
