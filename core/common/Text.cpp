#include "Text.h"

#include <QCollator>
#include <QLocale>

namespace parindex {

QString normalized(const QString& text)
{
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
