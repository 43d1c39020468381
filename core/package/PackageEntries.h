#pragma once

// The entries of a package, for the package readers and writers: the index of a scanned zip by
// name under a format's rules, one entry read (never more than its declared size, CRC checked),
// one small entry written. Internal to core/package.

#include "core/package/ZipScanner.h"

#include <QHash>
#include <QIODevice>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

class QuaZip;

namespace parindex {

struct Reject
{
    QString rule;
    QString detail;
};

// Reads an entry's bytes: stored entries straight, deflated ones inflated, never more than the
// declared size (one more byte of output is a lie about the size). Each chunk goes to `sink`.
std::optional<Reject> readEntry(QIODevice& zip, const ZipEntry& e, const std::function<bool(const char*, qint64)>& sink,
                                const std::atomic_bool* cancel);
// A small entry (at most `cap` bytes) whole into `out`.
std::optional<Reject> readSmall(QIODevice& zip, const ZipEntry& e, qint64 cap, QByteArray& out);

// Indexes a package's entries by name: every name allowed by `allowed`, none twice (nor in
// another case), the manifest first, and each of `required` present.
std::optional<Reject> indexEntries(const QList<ZipEntry>& entries, const std::function<bool(const QString&)>& allowed,
                                   const QStringList& required, QHash<QString, const ZipEntry*>& byName);

// Writes one whole entry with no date but 1980-01-01 (the package's only clock is its manifest).
bool writeEntry(QuaZip& zip, const QString& name, const QByteArray& bytes, bool compress);

} // namespace parindex
