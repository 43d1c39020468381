#pragma once

#include "core/decimal/Points.h"

#include <QString>

namespace parindex::ui {

// Points in the UI language's notation: "84,58" in Vietnamese, "84.58" in English.
NumberLocale uiNumberLocale();
QString formatPoints(Points p, int decimals = -1);

} // namespace parindex::ui
