#pragma once

#include "core/criteria/CriteriaSet.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace parindex {

struct CriteriaLoadResult
{
    CriteriaSetPtr set;   // null when any problem was found
    QStringList problems; // every problem, each prefixed with its path in the document
    bool ok() const { return set != nullptr; }
};

// Reads a criteria set (JSON, see criteria_templates/FORMAT.md), validates all of it and
// reports every problem at once. Nothing is half-loaded: either the whole set or no set.
class CriteriaLoader
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaLoader)

public:
    static constexpr qint64 MaxFileSize = 8 * 1024 * 1024;

    static CriteriaLoadResult load(QIODevice* device);
    static CriteriaLoadResult loadFile(const QString& path);
    static CriteriaLoadResult loadBytes(const QByteArray& bytes);

    // The canonical form that identifies a set: compact JSON, keys sorted, strings in NFC.
    static QByteArray canonicalForm(const QByteArray& json, QString* error = nullptr);
};

} // namespace parindex
