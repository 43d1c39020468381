#pragma once

#include "core/centre/Centre.h"
#include "core/common/Role.h"
#include "core/unit/UnitAssessment.h"

#include <QCoreApplication>
#include <memory>

namespace parindex {

// A data file opened for what it is: a unit's self-assessment or a centre.
struct OpenedDataFile
{
    Role role = Role::Unit;
    std::shared_ptr<UnitAssessment> unit; // set for a unit's file
    std::shared_ptr<Centre> centre;       // set for a centre's file
};

class DataFiles
{
    Q_DECLARE_TR_FUNCTIONS(DataFiles)

public:
    // Opens the file once and hands it to the service of its role.
    static Result<OpenedDataFile> open(const QString& path);
    // A read-only copy of a file that is open elsewhere, taken now (the original is only read).
    static Result<OpenedDataFile> openSnapshot(const QString& path);
    // A consistent copy of a data file at `out`, taken now, whether or not the file is open in
    // another process (not in this one: there, its own service copies it). Restoring it is
    // opening it, or copying it over the original while ParIndex is closed.
    static Status backup(const QString& dataFile, const QString& out);
};

} // namespace parindex
