#include "core/common/Text.h"

#include <QCollator>
#include <QLocale>

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
