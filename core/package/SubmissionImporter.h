#pragma once

#include "ZipScanner.h"
#include "store/DataFile.h"

#include <QCoreApplication>

#include <atomic>

namespace parindex {

struct ImportOutcome
{
    enum class Kind { Accepted, AlreadyImported, Rejected };
    Kind kind = Kind::Rejected;
    QString rule;       // for rejections: the rule broken, in a few words
    QString detail;     // what exactly
    QString unitCode;
    qint64 sequence = 0;

    QString text() const; // "accepted", "already imported" or "rejected: <rule> (<detail>)"
};

struct ImportLimits
{
    ZipLimits zip;
    qint64 maxManifest = 1024 * 1024;
    qint64 maxData = 64 * 1024 * 1024;
    qint64 spareDisk = 64 * 1024 * 1024; // left free after the import
};

// The centre's strict reader of submission packages. A package is stored whole or not at all:
// on any failure, or a cancel, nothing is written and the staging folder is emptied.
class SubmissionImporter
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionImporter)

public:
    explicit SubmissionImporter(DataFile& centre, ImportLimits limits = {});

    QString stagingFolder() const;
    ImportOutcome importFile(const QString& path, const std::atomic_bool* cancel = nullptr);

private:
    DataFile& m_centre;
    ImportLimits m_limits;
};

} // namespace parindex
