#pragma once

#include "core/decimal/Points.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace parindex {

// How a year's survey results came in.
enum class SurveyShape
{
    Points,  // one row per unit × survey item: points, or a percentage of the item's max
    Answers, // one row per answer: form, respondent group, unit, question, answer letter
    Typed    // typed in at the centre from results received on paper
};

QString surveyShapeCode(SurveyShape shape);
std::optional<SurveyShape> surveyShapeFromCode(const QString& code);

// The points of one survey item for one unit.
struct SurveyPoint
{
    QString unitCode;
    QString item;
    Points points;
    int answers = 0; // answers counted (Answers shape), else 0
};

// One version of a year's survey: every import or saved grid makes a new one; the latest is in
// force, the earlier ones are kept.
struct SurveyVersion
{
    int year = 0;
    int version = 0;
    SurveyShape shape = SurveyShape::Points;
    QString sourceName; // the file's name; empty when typed in
    QString sourceSha256;
    int sourceRows = 0;
    QDateTime importedAt;
    QString importedBy;
    int units = 0; // units with points
};

// A unit of `year` formed from one or more units of the year before (e.g. communes merged in the
// 2025 reorganisation): last year's results are compared through it.
struct UnitMapping
{
    int year = 0;
    QString oldUnit; // code
    QString newUnit; // code
};

} // namespace parindex
