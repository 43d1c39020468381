#pragma once

#include "core/common/Result.h"
#include "core/importing/SurveyImport.h"
#include "core/records/Survey.h"
#include "core/scoring/Evaluation.h"

#include <QObject>
#include <functional>
#include <memory>

namespace parindex {

class Appraisal;
class DataFile;

// What importing a survey table did: the reading (with every problem, when nothing was stored)
// and the version it became.
struct SurveyImportReport
{
    SurveyRead read;
    int version = 0; // 0 when nothing was stored
    bool ok() const { return read.ok() && version > 0; }
};

// The sociological survey at the centre (điều tra xã hội học): a year's survey points per unit and
// survey item, imported from the survey institute's table or typed in, versioned (a re-import
// replaces the year's survey and keeps the previous versions), read-only once the council has
// approved the year. The GUI and the command line both work through it.
class Survey : public QObject
{
    Q_OBJECT

public:
    // `units` gives every registered unit of a year with the set its survey items come from.
    using SetResolver = std::function<Result<QList<SurveyUnit>>(int year)>;
    Survey(std::shared_ptr<DataFile> file, const Appraisal& appraisal, SetResolver units, QObject* parent = nullptr);
    ~Survey() override;

    // Every registered unit of the year's groups with the set its survey items come from.
    Result<QList<SurveyUnit>> units(int year) const;
    // Why the year's survey cannot change now (the council approved it); empty when it can.
    Result<QString> lockedReason(int year) const;

    // Reads a table (CSV or XLSX) and checks it against the registry and the sets, storing
    // nothing: for a preview. `assigned` maps roles to fields by hand; `shape` overrides the
    // detection.
    Result<SurveyRead> preview(int year, const QByteArray& table, const QHash<int, int>& assigned = {},
                               std::optional<SurveyShape> shape = std::nullopt) const;
    // The same, then stores the points as the year's new survey version: all or nothing.
    SurveyImportReport importTable(int year, const QByteArray& table, const QString& sourceName,
                                   const QHash<int, int>& assigned = {},
                                   std::optional<SurveyShape> shape = std::nullopt);
    // Stores what a preview read (on any thread, from units(year)) as the year's new version,
    // after checking its points again against the registry and sets as they are now.
    SurveyImportReport importRead(int year, const SurveyRead& read, const QString& sourceName, const QByteArray& table);
    // Points typed in at the centre (the whole grid) as the year's new version.
    Result<int> saveTyped(int year, const QList<SurveyPoint>& points);

    Result<QList<SurveyVersion>> versions(int year) const;
    // The points of a version (0: the one in force).
    Result<QList<SurveyPoint>> points(int year, int version = 0) const;
    // The survey inputs of the version in force, per unit code, ready for scoring.
    Result<QHash<QString, ItemInputs>> inputs(int year) const;

signals:
    void surveyChanged(int year);

private:
    Result<int> store(const SurveyVersion& header, const QList<SurveyPoint>& points);

    std::shared_ptr<DataFile> m_file;
    const Appraisal& m_appraisal;
    SetResolver m_units;
};

} // namespace parindex
