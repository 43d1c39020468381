#include "core/common/Text.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>

namespace parindex {

QString normalized(const QString& text)
{
    // Never null: Qt SQL binds a null QString as NULL, and stored text columns are NOT NULL.
    if (text.isEmpty())
        return QString::fromLatin1("");
    return text.normalized(QString::NormalizationForm_C).trimmed();
}

QString matchKey(const QString& text)
{
    return normalized(text).simplified().toCaseFolded();
}

QString searchKey(const QString& text)
{
    const QString decomposed = matchKey(text).normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c == QChar(0x0111) ? QLatin1Char('d') : c;
    }
    return out;
}

namespace {

// Levenshtein distance, giving up once it is above `limit` (returns limit + 1).
int editDistance(const QString& a, const QString& b, int limit)
{
    if (qAbs(a.size() - b.size()) > limit)
        return limit + 1;
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            rowBest = std::min(rowBest, current[j]);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QString closestMatch(const QString& text, const QStringList& candidates)
{
    const QString key = searchKey(text);
    if (key.isEmpty())
        return QString();
    // One edit in short names, up to one in four beyond: near enough to be a typo, not another unit.
    const int limit = std::max(1, int(key.size() / 4));
    QString best;
    int bestDistance = limit + 1;
    for (const QString& c : candidates) {
        const int d = editDistance(key, searchKey(c), std::min(limit, bestDistance - 1));
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return bestDistance <= limit ? best : QString();
}

int compareVietnamese(const QString& a, const QString& b)
{
    static const QCollator collator = [] {
        QCollator c{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    return collator.compare(a, b);
}

bool isControlOrBidi(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) ||
           u == 0x200e || u == 0x200f || u == 0x061c;
}

bool hasControlOrBidi(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), isControlOrBidi);
}

QString safeForDisplay(const QString& text)
{
    if (!hasControlOrBidi(text))
        return text;
    QString out = text;
    for (QChar& c : out) {
        if (isControlOrBidi(c))
            c = QChar(0xfffd);
    }
    return out;
}

QString spreadsheetText(const QString& text)
{
    QString out = safeForDisplay(text);
    if (!out.isEmpty() && QStringLiteral("=+-@").contains(out.front()))
        out.prepend(QLatin1Char('\''));
    return out;
}

} // namespace parindex
