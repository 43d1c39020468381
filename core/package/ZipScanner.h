#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace parindex {

struct ZipEntry
{
    QString name;
    quint16 method = 0; // 0 stored, 8 deflated
    quint32 crc32 = 0;
    quint64 compressedSize = 0;
    quint64 size = 0;
    quint64 localHeaderOffset = 0;
    quint64 dataOffset = 0; // where the entry's (compressed) bytes start
};

struct ZipLimits
{
    int maxEntries = 10000;
    quint64 maxArchiveSize = quint64(64) << 30;
    quint64 maxEntrySize = quint64(16) << 30;
    quint64 maxTotalSize = quint64(64) << 30;
    quint64 maxCompressionRatio = 200;
};

// Reads a zip's structure without trusting it: the end record, the central directory and every
// local header, refusing whatever a signed package never contains — comments, bytes before the
// first entry or between the data and the directory, encrypted entries, methods other than store
// and deflate, directories and symbolic links, names that are not UTF-8, local names that differ
// from the directory's, overlapping entries, sizes past the limits. Nothing is decompressed here.
class ZipScanner
{
    Q_DECLARE_TR_FUNCTIONS(ZipScanner)

public:
    static Result<QList<ZipEntry>> scan(QIODevice& device, const ZipLimits& limits = {});
};

} // namespace parindex
