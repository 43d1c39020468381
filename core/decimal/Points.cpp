#include "core/decimal/Points.h"

#include <limits>

namespace parindex {

namespace {

constexpr qint64 pow10(int n)
{
    qint64 r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

QString formatThousandths(qint64 t, int decimals, bool trim, NumberLocale locale)
{
    const bool negative = t < 0;
    const quint64 abs = negative ? quint64(0) - quint64(t) : quint64(t);
    QString s = QString::number(abs / Points::Scale);
    QString frac = QStringLiteral("%1").arg(abs % Points::Scale, 3, 10, QLatin1Char('0')).left(decimals);
    if (trim) {
        while (frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
    }
    if (!frac.isEmpty())
        s += (locale == NumberLocale::Vietnamese ? QLatin1Char(',') : QLatin1Char('.')) + frac;
    if (negative && abs != 0)
        s.prepend(QLatin1Char('-'));
    return s;
}

} // namespace

qint64 divideRounded(WideInt num, WideInt den)
{
    const bool negative = num < 0;
    const WideInt a = negative ? -num : num;
    const WideInt q = (a + den / 2) / den;
    return qint64(negative ? -q : q);
}

std::optional<Points> Points::parse(QStringView text)
{
    QStringView s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (s.front() == QLatin1Char('-') || s.front() == QLatin1Char('+')) {
        negative = s.front() == QLatin1Char('-');
        s = s.mid(1);
    }
    qint64 whole = 0;
    qint64 frac = 0;
    int fracDigits = 0;
    int wholeDigits = 0;
    int significant = 0;
    bool seenSeparator = false;
    for (QChar c : s) {
        if (c == QLatin1Char(',') || c == QLatin1Char('.')) {
            if (seenSeparator)
                return std::nullopt;
            seenSeparator = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        const int d = c.unicode() - '0';
        if (seenSeparator) {
            if (++fracDigits > 3)
                return std::nullopt;
            frac = frac * 10 + d;
        } else {
            ++wholeDigits;
            if (whole == 0 && d == 0)
                continue; // leading zeros
            if (++significant > MaxWholeDigits)
                return std::nullopt;
            whole = whole * 10 + d;
        }
    }
    if (wholeDigits == 0 && fracDigits == 0)
        return std::nullopt;
    if (seenSeparator && fracDigits == 0)
        return std::nullopt;
    const qint64 t = whole * Scale + frac * pow10(3 - fracDigits);
    return Points(negative ? -t : t);
}

QString Points::toString(NumberLocale locale) const
{
    return formatThousandths(m_t, 3, true, locale);
}

Points Points::rounded(int decimals) const
{
    const qint64 unit = pow10(3 - qBound(0, decimals, 3));
    return Points(divideRounded(m_t, unit) * unit);
}

QString Points::toFixed(int decimals, NumberLocale locale) const
{
    decimals = qBound(0, decimals, 3);
    return formatThousandths(rounded(decimals).m_t, decimals, false, locale);
}

bool Points::hasAtMostDecimals(int decimals) const
{
    return m_t % pow10(3 - qBound(0, decimals, 3)) == 0;
}

Points Ratio::percent(int decimals) const
{
    if (m_den <= 0)
        return Points();
    // percent in thousandths = num * 100 * 1000 / den; then round to the wanted decimals.
    const qint64 unit = pow10(3 - qBound(0, decimals, 3));
    const WideInt scaledDen = WideInt(m_den) * unit;
    return Points::fromThousandths(divideRounded(WideInt(m_num) * 100 * Points::Scale, scaledDen) * unit);
}

std::strong_ordering Ratio::comparePercent(Points threshold) const
{
    // num/den * 100 <=> threshold  <=>  num * 100 * 1000 <=> threshold_t * den
    return WideInt(m_num) * 100 * Points::Scale <=> WideInt(threshold.thousandths()) * m_den;
}

std::strong_ordering Ratio::operator<=>(const Ratio& o) const
{
    // Undefined ratios (nothing possible) sort below every defined one.
    if (!isDefined() || !o.isDefined())
        return isDefined() <=> o.isDefined();
    const WideInt lhs = WideInt(m_num) * o.m_den;
    const WideInt rhs = WideInt(o.m_num) * m_den;
    return lhs <=> rhs;
}

} // namespace parindex
