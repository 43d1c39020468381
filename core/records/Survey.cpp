#include "core/records/Survey.h"

namespace parindex {

QString surveyShapeCode(SurveyShape shape)
{
    switch (shape) {
    case SurveyShape::Points:
        return QStringLiteral("points");
    case SurveyShape::Answers:
        return QStringLiteral("answers");
    case SurveyShape::Typed:
        return QStringLiteral("typed");
    }
    return QString();
}

std::optional<SurveyShape> surveyShapeFromCode(const QString& code)
{
    for (SurveyShape s : {SurveyShape::Points, SurveyShape::Answers, SurveyShape::Typed}) {
        if (surveyShapeCode(s) == code)
            return s;
    }
    return std::nullopt;
}

} // namespace parindex
