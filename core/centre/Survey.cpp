#include "core/centre/Survey.h"

#include "core/centre/Appraisal.h"
#include "core/crypto/Sha256.h"
#include "core/importing/TableColumns.h"
#include "core/store/DataFile.h"
#include "core/store/SurveyTable.h"
#include "core/store/UnitTable.h"

namespace parindex {

Survey::Survey(std::shared_ptr<DataFile> file, const Appraisal& appraisal, SetResolver units, QObject* parent)
    : QObject(parent), m_file(std::move(file)), m_appraisal(appraisal), m_units(std::move(units))
{}

Survey::~Survey() = default;

Result<QList<SurveyUnit>> Survey::units(int year) const
{
    return m_units(year);
}

Result<QString> Survey::lockedReason(int year) const
{
    const auto approval = m_appraisal.approval(year);
    if (!approval)
        return Result<QString>::failure(approval.error());
    if (!approval.value())
        return QString();
    return tr("the council approved the %1 results (%2); the survey can no longer change")
        .arg(year)
        .arg(approval.value()->decision);
}

Result<SurveyRead> Survey::preview(int year, const QByteArray& table, const QHash<int, int>& assigned,
                                   std::optional<SurveyShape> shape) const
{
    const auto units = m_units(year);
    if (!units)
        return Result<SurveyRead>::failure(units.error());
    return SurveyImport::read(readTable(table), units.value(), assigned, shape);
}

SurveyImportReport Survey::importTable(int year, const QByteArray& table, const QString& sourceName,
                                       const QHash<int, int>& assigned, std::optional<SurveyShape> shape)
{
    const auto units = m_units(year);
    if (!units) {
        SurveyImportReport report;
        report.read.problems.append(units.error());
        return report;
    }
    return importRead(year, SurveyImport::read(readTable(table), units.value(), assigned, shape), sourceName, table);
}

SurveyImportReport Survey::importRead(int year, const SurveyRead& read, const QString& sourceName,
                                      const QByteArray& table)
{
    SurveyImportReport report;
    report.read = read;
    if (!report.read.ok())
        return report;
    const auto locked = lockedReason(year);
    if (!locked || !locked.value().isEmpty()) {
        report.read.problems.append(locked ? locked.value() : locked.error());
        return report;
    }
    const auto units = m_units(year);
    if (!units) {
        report.read.problems.append(units.error());
        return report;
    }
    report.read.problems = SurveyImport::check(read.points, units.value());
    if (!report.read.ok())
        return report;
    SurveyVersion header;
    header.year = year;
    header.shape = read.shape;
    header.sourceName = sourceName;
    header.sourceSha256 = Sha256::hexHash(table);
    header.sourceRows = read.rows;
    const auto version = store(header, read.points);
    if (!version) {
        report.read.problems.append(version.error());
        return report;
    }
    report.version = version.value();
    return report;
}

Result<int> Survey::saveTyped(int year, const QList<SurveyPoint>& points)
{
    using R = Result<int>;
    const auto locked = lockedReason(year);
    if (!locked)
        return R::failure(locked.error());
    if (!locked.value().isEmpty())
        return R::failure(locked.value());
    const auto units = m_units(year);
    if (!units)
        return R::failure(units.error());
    if (const QStringList problems = SurveyImport::check(points, units.value()); !problems.isEmpty())
        return R::failure(problems.join(QLatin1Char('\n')));
    SurveyVersion header;
    header.year = year;
    header.shape = SurveyShape::Typed;
    header.sourceRows = int(points.size());
    return store(header, points);
}

Result<int> Survey::store(const SurveyVersion& header, const QList<SurveyPoint>& points)
{
    const auto registered = UnitTable(*m_file).all();
    if (!registered)
        return Result<int>::failure(registered.error());
    QHash<QString, qint64> ids;
    for (const Unit& u : registered.value())
        ids.insert(u.code, u.id);
    const auto version = SurveyTable(*m_file).store(header, points, ids);
    if (version)
        emit surveyChanged(header.year);
    return version;
}

Result<QList<SurveyVersion>> Survey::versions(int year) const
{
    return SurveyTable(*m_file).versions(year);
}

Result<QList<SurveyPoint>> Survey::points(int year, int version) const
{
    return SurveyTable(*m_file).points(year, version);
}

Result<QHash<QString, ItemInputs>> Survey::inputs(int year) const
{
    const auto all = points(year);
    if (!all)
        return Result<QHash<QString, ItemInputs>>::failure(all.error());
    QHash<QString, ItemInputs> out;
    for (const SurveyPoint& p : all.value())
        out[p.unitCode].insert(p.item, ItemInput::ofSurvey(p.points));
    return out;
}

} // namespace parindex
