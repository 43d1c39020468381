#pragma once

#include "core/criteria/CriteriaSet.h"
#include "core/decimal/Points.h"
#include "core/scoring/ItemInput.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace parindex::ui {

// What people read instead of stored codes: an item's input in words ("Level 2: …", "46 of 50
// (92,00%)", "2 shortcomings", "Not applicable: …"), and dates as dd/MM/yyyy.
class InputText
{
    Q_DECLARE_TR_FUNCTIONS(InputText)

public:
    // The input as the item's rule reads it; the chosen level's own text for options.
    static QString describe(const CriteriaNode& node, const ItemInput& input);
    // Points in the UI's notation, or `none` when there are none.
    static QString points(const std::optional<Points>& p, const QString& none = QString());
    static QString date(const QDate& d);
    static QString dateTime(const QDateTime& t); // local time, dd/MM/yyyy HH:mm
    // A name from a package, fit to show and to use as a file name: no control or bidi characters,
    // no path separators.
    static QString safeFileName(const QString& name);
};

} // namespace parindex::ui
