#include "core/files/DataFiles.h"

#include "core/files/SafeFile.h"
#include "core/store/DataFile.h"

#include <QDir>
#include <QFileInfo>

namespace parindex {

namespace {
Result<OpenedDataFile> forRole(Result<std::shared_ptr<DataFile>> file)
{
    using R = Result<OpenedDataFile>;
    if (!file)
        return R::failure(file.error());
    OpenedDataFile opened;
    opened.role = file.value()->role();
    if (opened.role == Role::Unit) {
        auto unit = UnitAssessment::fromFile(file.value());
        if (!unit)
            return R::failure(unit.error());
        opened.unit = unit.value();
    } else {
        auto centre = Centre::fromFile(file.value());
        if (!centre)
            return R::failure(centre.error());
        opened.centre = centre.value();
    }
    return opened;
}
} // namespace

Result<OpenedDataFile> DataFiles::open(const QString& path)
{
    return forRole(DataFile::open(path));
}

Result<OpenedDataFile> DataFiles::openSnapshot(const QString& path)
{
    return forRole(DataFile::openSnapshot(path));
}

Status DataFiles::backup(const QString& dataFile, const QString& out)
{
    if (!QFileInfo(dataFile).isFile())
        return Status::failure(tr("%1 does not exist").arg(QDir::toNativeSeparators(dataFile)));
    if (!FileGuard::isDataFile(dataFile))
        return Status::failure(tr("%1 is not a ParIndex data file").arg(QDir::toNativeSeparators(dataFile)));
    if (Status s = FileGuard::checkOutput(out); !s)
        return s;
    return DataFile::copyClosed(dataFile, out);
}

} // namespace parindex
