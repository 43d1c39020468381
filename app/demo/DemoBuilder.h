#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace parindex {

struct DemoSummary
{
    QString centreFile;
    QString unitFile;
    int units = 0;
    int scoredItems = 0;
};

// Writes a realistic demonstration centre: Sở and xã/phường units of Hà Nội with names as they
// are, 2025 assessments scored on the shipped sets (with not-applicable items, bonus and
// penalty points, survey points, a tie) and the 2024 results of the Sở imported as history.
// The data are deterministic: the same call gives the same file content.
class DemoBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoBuilder)

public:
    // Builds into `folder`/centre.parindex. With `replace`, an existing demo there is replaced
    // atomically; otherwise an existing file is refused.
    static Result<DemoSummary> build(const QString& folder, int units, bool replace);
    // Writes a unit's self-assessment in progress (`folder`/so-tai-chinh-2025.parindex): most
    // items scored, some evidence with its details, explanations and report texts.
    static Result<QString> buildUnit(const QString& folder, bool replace);
};

} // namespace parindex
