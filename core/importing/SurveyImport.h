#pragma once

#include "core/criteria/CriteriaSet.h"
#include "core/importing/Csv.h"
#include "core/records/Survey.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace parindex {

// A unit the survey may name: its registry entry and the criteria set its survey items come from
// (null when its group has no set for the year).
struct SurveyUnit
{
    QString code;
    QString name;
    CriteriaSetPtr set;
};

// What reading a survey table found: the points it gives, or every problem with its line (or
// row, in a sheet). Nothing is stored from a table with a problem.
struct SurveyRead
{
    SurveyShape shape = SurveyShape::Points;
    QStringList header;        // the table's header row, for a preview
    QHash<int, int> columns;   // role (SurveyImport::Role) -> field of the table used
    QStringList problems;      // every problem; nothing may be stored when not empty
    QStringList notes;         // what is worth knowing but not wrong (units not surveyed)
    QList<SurveyPoint> points; // by unit, then item in the set's order
    int rows = 0;              // data rows read
    bool ok() const { return problems.isEmpty(); }
};

// Reads the sociological survey's results (CSV or XLSX, already read into a table): detects the
// shape from the header, matches units by code or name (any Unicode form and case, with a "did
// you mean" for near misses), and turns answers into points by the units' sets' instruments.
class SurveyImport
{
    Q_DECLARE_TR_FUNCTIONS(SurveyImport)

public:
    enum Role
    {
        UnitCode,
        Unit, // a name or a code
        Item,
        PointsValue,
        Percent,
        Form,
        RespondentGroup,
        Question,
        Answer,
        RoleCount
    };
    static QString roleName(Role role);
    // The roles a shape reads; the first ones listed are required (see requiredRoles).
    static QList<Role> roles(SurveyShape shape);

    // `assigned` (role -> field) overrides the header names, as a preview's column mapping does;
    // `shape` overrides the detection.
    static SurveyRead read(const CsvTable& table, const QList<SurveyUnit>& units, const QHash<int, int>& assigned = {},
                           std::optional<SurveyShape> shape = std::nullopt);

    // The checks every year's survey passes, however it came (a file or typed in): each point for
    // a known unit and a survey item of its set, within the item's max and the set's precision,
    // and each unit's total within the set's survey share. Problems name the unit and item.
    static QStringList check(const QList<SurveyPoint>& points, const QList<SurveyUnit>& units);
};

} // namespace parindex
