#pragma once

// Reading one entry of a scanned zip, for the package readers: never more than the declared size,
// CRC checked. Internal to core/package.

#include "core/package/ZipScanner.h"

#include <QIODevice>
#include <atomic>
#include <functional>
#include <optional>

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

} // namespace parindex
