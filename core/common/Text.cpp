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

} // namespace parindex
