#include "ui/common/InputText.h"

#include "core/common/Text.h"
#include "ui/common/Format.h"

namespace parindex::ui {

QString InputText::describe(const CriteriaNode& node, const ItemInput& input)
{
    switch (input.kind) {
    case ItemInput::Kind::None:
        return tr("Not scored");
    case ItemInput::Kind::Option: {
        const bool known = node.rule && input.option >= 0 && input.option < node.rule->options.size();
        if (!known)
            return tr("Level %1 (not in the criteria set)").arg(input.option + 1);
        const RuleOption& option = node.rule->options.at(input.option);
        return tr("Level %1: %2 (%3 points)").arg(input.option + 1).arg(option.label, formatPoints(option.points));
    }
    case ItemInput::Kind::Ratio: {
        const Ratio ratio(input.numerator, input.denominator);
        if (!ratio.isDefined())
            return tr("%1 of %2").arg(formatPoints(input.numerator), formatPoints(input.denominator));
        return tr("%1 of %2 (%3%)")
            .arg(formatPoints(input.numerator), formatPoints(input.denominator), formatPoints(ratio.percent(2), 2));
    }
    case ItemInput::Kind::Count:
        return tr("%n shortcoming(s)", nullptr, int(qMin<qint64>(input.count, ItemInput::MaxCount)));
    case ItemInput::Kind::Value:
        return tr("%1 points").arg(formatPoints(input.value));
    case ItemInput::Kind::NotApplicable:
        return tr("Not applicable: %1")
            .arg(input.reason.isEmpty() ? tr("no reason given") : safeForDisplay(input.reason));
    case ItemInput::Kind::Survey:
        return tr("%1 points (survey)").arg(formatPoints(input.value));
    }
    return QString();
}

QString InputText::points(const std::optional<Points>& p, const QString& none)
{
    return p ? formatPoints(*p) : none;
}

QString InputText::date(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString InputText::dateTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QString InputText::safeFileName(const QString& name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (isControlOrBidi(c) || c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"' ||
            c == u'<' || c == u'>' || c == u'|')
            out.append(u'_');
        else
            out.append(c);
    }
    out = out.trimmed();
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("document") : out.left(120);
}

} // namespace parindex::ui
