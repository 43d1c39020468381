#include "ui/common/Format.h"

#include <QLocale>

namespace parindex::ui {

NumberLocale uiNumberLocale()
{
    return QLocale().decimalPoint() == QStringLiteral(",") ? NumberLocale::Vietnamese : NumberLocale::English;
}

QString formatPoints(Points p, int decimals)
{
    return decimals < 0 ? p.toString(uiNumberLocale()) : p.toFixed(decimals, uiNumberLocale());
}

} // namespace parindex::ui
