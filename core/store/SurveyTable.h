#pragma once

#include "core/records/Survey.h"
#include "core/store/DataFile.h"

#include <QHash>

namespace parindex {

// At the centre: the versions of each year's survey and their points, and the mapping of last
// year's units to this year's. Audited.
class SurveyTable
{
    Q_DECLARE_TR_FUNCTIONS(SurveyTable)

public:
    explicit SurveyTable(DataFile& file) : m_file(file) {}

    // Newest first.
    Result<QList<SurveyVersion>> versions(int year) const;
    // The points of one version (0: the one in force), by unit code and item code.
    Result<QList<SurveyPoint>> points(int year, int version = 0) const;
    // Stores a new version of the year's survey; `unitIds` gives each point's unit (by code).
    // Returns the version number.
    Result<int> store(const SurveyVersion& header, const QList<SurveyPoint>& points,
                      const QHash<QString, qint64>& unitIds);

    Result<QList<UnitMapping>> mappings(int year) const;
    // Records that `newUnit` of `year` was formed from `oldUnits`, replacing what those old units
    // were mapped to before.
    Status map(int year, const QList<std::pair<qint64, QString>>& oldUnits, qint64 newUnitId, const QString& newUnit);

private:
    DataFile& m_file;
};

} // namespace parindex
