#include "core/scoring/ItemInput.h"

namespace parindex {

ItemInput ItemInput::ofOption(int index)
{
    ItemInput i;
    i.kind = Kind::Option;
    i.option = index;
    return i;
}

ItemInput ItemInput::ofValue(Points v)
{
    ItemInput i;
    i.kind = Kind::Value;
    i.value = v;
    return i;
}

ItemInput ItemInput::ofRatio(Points num, Points den)
{
    ItemInput i;
    i.kind = Kind::Ratio;
    i.numerator = num;
    i.denominator = den;
    return i;
}

ItemInput ItemInput::ofCount(qint64 n)
{
    ItemInput i;
    i.kind = Kind::Count;
    i.count = n;
    return i;
}

ItemInput ItemInput::notApplicable(const QString& why)
{
    ItemInput i;
    i.kind = Kind::NotApplicable;
    i.reason = why;
    return i;
}

ItemInput ItemInput::ofSurvey(Points v)
{
    ItemInput i;
    i.kind = Kind::Survey;
    i.value = v;
    return i;
}

QString ItemInput::encode() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Option:
        return QStringLiteral("option:%1").arg(option + 1);
    case Kind::Value:
        return QStringLiteral("value:") + value.toString();
    case Kind::Ratio:
        return QStringLiteral("ratio:%1/%2").arg(numerator.toString(), denominator.toString());
    case Kind::Count:
        return QStringLiteral("count:%1").arg(count);
    case Kind::NotApplicable:
        return QStringLiteral("na");
    case Kind::Survey:
        return QStringLiteral("survey:") + value.toString();
    }
    return QString();
}

std::optional<ItemInput> ItemInput::decode(const QString& text)
{
    if (text.isEmpty())
        return none();
    if (text == QLatin1String("na"))
        return notApplicable(QString());
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return std::nullopt;
    const QStringView kind = QStringView(text).left(colon);
    const QStringView rest = QStringView(text).mid(colon + 1);
    if (kind == QLatin1String("option")) {
        bool ok = false;
        const int n = rest.toInt(&ok);
        return ok && n >= 1 ? std::optional(ofOption(n - 1)) : std::nullopt;
    }
    if (kind == QLatin1String("count")) {
        bool ok = false;
        const qint64 n = rest.toLongLong(&ok);
        return ok && n >= 0 && n <= MaxCount ? std::optional(ofCount(n)) : std::nullopt;
    }
    if (kind == QLatin1String("value") || kind == QLatin1String("survey")) {
        const auto v = Points::parse(rest);
        if (!v)
            return std::nullopt;
        return kind == QLatin1String("value") ? ofValue(*v) : ofSurvey(*v);
    }
    if (kind == QLatin1String("ratio")) {
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        if (slash < 0)
            return std::nullopt;
        const auto num = Points::parse(rest.left(slash));
        const auto den = Points::parse(rest.mid(slash + 1));
        return num && den ? std::optional(ofRatio(*num, *den)) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace parindex
