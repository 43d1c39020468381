#include "core/files/DataFiles.h"

#include "core/store/DataFile.h"

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

} // namespace parindex
