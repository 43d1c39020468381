#pragma once

#include <QString>
#include <compare>
#include <optional>

namespace parindex {

enum class NumberLocale
{
    Vietnamese,
    English
};

// Products of two amounts (numerator × maximum, total × 100 × 10^6) need more than 64 bits.
__extension__ using WideInt = __int128;

// An exact decimal amount of points, held as integer thousandths of a point.
// Scores never pass through binary floating point. Amounts that come in from outside (typed,
// read from a package, a table or a file) are bounded by Limit, so that every computation on
// them stays exact in 128 bits.
class Points
{
public:
    static constexpr qint64 Scale = 1000;
    // The largest amount accepted as input: 999 999 999,999 points.
    static constexpr qint64 LimitThousandths = 999'999'999'999;
    static constexpr int MaxWholeDigits = 9;

    constexpr Points() = default;
    static constexpr Points fromThousandths(qint64 t) { return Points(t); }
    static constexpr Points whole(qint64 n) { return Points(n * Scale); }

    // Accepts "12", "0,5", "0.5", "-1,25", "+3". At most three decimals and nine whole digits;
    // no grouping separators.
    static std::optional<Points> parse(QStringView text);

    constexpr qint64 thousandths() const { return m_t; }
    constexpr bool isZero() const { return m_t == 0; }
    constexpr bool isNegative() const { return m_t < 0; }

    // Shortest exact form: "84,58", "100", "0,125". English uses '.'.
    QString toString(NumberLocale locale = NumberLocale::English) const;
    // Rounded half away from zero to `decimals` (0-3) and always printed with that many decimals.
    QString toFixed(int decimals, NumberLocale locale = NumberLocale::English) const;
    // Rounded half away from zero to `decimals` (0-3).
    Points rounded(int decimals) const;
    // True when the value has no digits beyond `decimals`.
    bool hasAtMostDecimals(int decimals) const;

    constexpr Points operator+(Points o) const { return Points(m_t + o.m_t); }
    constexpr Points operator-(Points o) const { return Points(m_t - o.m_t); }
    constexpr Points operator*(qint64 n) const { return Points(m_t * n); }
    constexpr Points& operator+=(Points o)
    {
        m_t += o.m_t;
        return *this;
    }
    constexpr Points& operator-=(Points o)
    {
        m_t -= o.m_t;
        return *this;
    }
    constexpr Points operator-() const { return Points(-m_t); }
    constexpr auto operator<=>(const Points&) const = default;

private:
    constexpr explicit Points(qint64 t) : m_t(t) {}
    qint64 m_t = 0;
};

constexpr Points min(Points a, Points b)
{
    return a < b ? a : b;
}
constexpr Points max(Points a, Points b)
{
    return a < b ? b : a;
}

// Integer division rounding half away from zero; den > 0. The quotient must fit in 64 bits.
qint64 divideRounded(WideInt num, WideInt den);

// An exact non-negative ratio achieved / possible, used for indices (percent) so that ranks
// compare at full precision and only the printed figure is rounded.
class Ratio
{
public:
    Ratio() = default;
    Ratio(Points achieved, Points possible) : m_num(achieved.thousandths()), m_den(possible.thousandths()) {}

    bool isDefined() const { return m_den > 0; }
    Points achieved() const { return Points::fromThousandths(m_num); }
    Points possible() const { return Points::fromThousandths(m_den); }
    // The percentage rounded to `decimals` (0-3), as a Points-shaped number ("84,58").
    Points percent(int decimals) const;
    // How the exact percentage compares with `threshold` percent.
    std::strong_ordering comparePercent(Points threshold) const;

    std::strong_ordering operator<=>(const Ratio& o) const;
    bool operator==(const Ratio& o) const { return (*this <=> o) == std::strong_ordering::equal; }

private:
    qint64 m_num = 0;
    qint64 m_den = 0;
};

} // namespace parindex
