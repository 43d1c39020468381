#include "core/package/ZipScanner.h"

#include <QIODevice>
#include <QStringDecoder>
#include <algorithm>

namespace parindex {

namespace {

constexpr quint32 kEocd = 0x06054b50;
constexpr quint32 kEocd64 = 0x06064b50;
constexpr quint32 kEocd64Locator = 0x07064b50;
constexpr quint32 kCentral = 0x02014b50;
constexpr quint32 kLocal = 0x04034b50;
constexpr qint64 kEocdSize = 22;

quint16 u16(const char* p)
{
    return quint16(quint8(p[0]) | quint16(quint8(p[1])) << 8);
}
quint32 u32(const char* p)
{
    return quint32(u16(p)) | quint32(u16(p + 2)) << 16;
}
quint64 u64(const char* p)
{
    return quint64(u32(p)) | quint64(u32(p + 4)) << 32;
}

bool readAt(QIODevice& d, qint64 pos, char* out, qint64 n)
{
    return d.seek(pos) && d.read(out, n) == n;
}

} // namespace

Result<QList<ZipEntry>> ZipScanner::scan(QIODevice& d, const ZipLimits& limits)
{
    using R = Result<QList<ZipEntry>>;
    const qint64 fileSize = d.size();
    if (fileSize < kEocdSize)
        return R::failure(tr("not a zip archive (too short)"));
    if (quint64(fileSize) > limits.maxArchiveSize)
        return R::failure(tr("the archive is larger than the limit"));

    // The end record must be the archive's last 22 bytes: a comment is never written by us.
    char eocd[kEocdSize];
    if (!readAt(d, fileSize - kEocdSize, eocd, kEocdSize) || u32(eocd) != kEocd)
        return R::failure(tr("not a zip archive, or one with a comment or trailing bytes"));
    if (u16(eocd + 20) != 0)
        return R::failure(tr("archive comments are not allowed"));
    if (u16(eocd + 4) != 0 || u16(eocd + 6) != 0 || u16(eocd + 8) != u16(eocd + 10))
        return R::failure(tr("multi-disk archives are not allowed"));
    quint64 count = u16(eocd + 10);
    quint64 cdSize = u32(eocd + 12);
    quint64 cdOffset = u32(eocd + 16);
    quint64 endOfCentral = quint64(fileSize - kEocdSize);
    if (count == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF) {
        char locator[20];
        if (fileSize < kEocdSize + 20 || !readAt(d, fileSize - kEocdSize - 20, locator, 20) ||
            u32(locator) != kEocd64Locator)
            return R::failure(tr("damaged zip64 end record"));
        const quint64 eocd64Offset = u64(locator + 8);
        char e64[56];
        if (eocd64Offset + 56 + 20 + kEocdSize != quint64(fileSize) || !readAt(d, qint64(eocd64Offset), e64, 56) ||
            u32(e64) != kEocd64)
            return R::failure(tr("damaged zip64 end record"));
        count = u64(e64 + 32);
        cdSize = u64(e64 + 40);
        cdOffset = u64(e64 + 48);
        endOfCentral = eocd64Offset;
    }
    if (count == 0)
        return R::failure(tr("the archive is empty"));
    if (count > quint64(limits.maxEntries))
        return R::failure(tr("the archive has %1 entries; at most %2 are allowed").arg(count).arg(limits.maxEntries));
    if (cdOffset + cdSize != endOfCentral)
        return R::failure(tr("the central directory is not where the end record says"));
    if (cdSize > 64 * 1024 * 1024)
        return R::failure(tr("the central directory is too large"));

    QByteArray central(qsizetype(cdSize), Qt::Uninitialized);
    if (!readAt(d, qint64(cdOffset), central.data(), qint64(cdSize)))
        return R::failure(tr("the central directory cannot be read"));

    QList<ZipEntry> entries;
    quint64 total = 0;
    qsizetype pos = 0;
    for (quint64 i = 0; i < count; ++i) {
        if (pos + 46 > central.size() || u32(central.constData() + pos) != kCentral)
            return R::failure(tr("damaged central directory"));
        const char* h = central.constData() + pos;
        const quint16 madeBy = u16(h + 4);
        const quint16 flags = u16(h + 8);
        ZipEntry e;
        e.method = u16(h + 10);
        e.crc32 = u32(h + 16);
        e.compressedSize = u32(h + 20);
        e.size = u32(h + 24);
        const quint16 nameLength = u16(h + 28);
        const quint16 extraLength = u16(h + 30);
        const quint16 commentLength = u16(h + 32);
        const quint32 external = u32(h + 38);
        e.localHeaderOffset = u32(h + 42);
        if (pos + 46 + nameLength + extraLength + commentLength > central.size())
            return R::failure(tr("damaged central directory"));
        const QByteArray rawName(h + 46, nameLength);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        e.name = utf8(rawName);
        if (utf8.hasError() || rawName.contains('\0'))
            return R::failure(tr("an entry name is not UTF-8 text"));
        // zip64 sizes and offset live in the extra field when the 32-bit fields are saturated.
        const char* extra = h + 46 + nameLength;
        for (qsizetype x = 0; x + 4 <= extraLength;) {
            const quint16 id = u16(extra + x);
            const quint16 len = u16(extra + x + 2);
            if (x + 4 + len > extraLength)
                return R::failure(tr("damaged extra field in %1").arg(e.name));
            if (id == 0x0001) {
                qsizetype f = x + 4;
                auto take = [&](quint64& field) {
                    if (field != 0xFFFFFFFF)
                        return true;
                    if (f + 8 > x + 4 + len)
                        return false;
                    field = u64(extra + f);
                    f += 8;
                    return true;
                };
                if (!take(e.size) || !take(e.compressedSize) || !take(e.localHeaderOffset))
                    return R::failure(tr("damaged zip64 field in %1").arg(e.name));
            }
            x += 4 + len;
        }
        if (commentLength != 0)
            return R::failure(tr("entry comments are not allowed (%1)").arg(e.name));
        if (flags & 0x0001)
            return R::failure(tr("encrypted entries are not allowed (%1)").arg(e.name));
        if (e.method != 0 && e.method != 8)
            return R::failure(tr("compression method %1 is not allowed (%2)").arg(e.method).arg(e.name));
        const quint32 mode = external >> 16;
        if ((madeBy >> 8) == 3 && ((mode & 0xF000) == 0xA000 || (mode & 0xF000) == 0x4000))
            return R::failure(tr("symbolic links and directories are not allowed (%1)").arg(e.name));
        if (e.name.endsWith(u'/') || (external & 0x10))
            return R::failure(tr("directories are not allowed (%1)").arg(e.name));
        if (e.size > limits.maxEntrySize)
            return R::failure(tr("%1 is larger than the limit").arg(e.name));
        if (e.method == 8 && e.size > 1024 * 1024 &&
            e.size / qMax<quint64>(e.compressedSize, 1) > limits.maxCompressionRatio)
            return R::failure(tr("%1 expands more than a document can (a compression bomb?)").arg(e.name));
        if (e.method == 0 && e.size != e.compressedSize)
            return R::failure(tr("stored entry %1 has two different sizes").arg(e.name));
        total += e.size;
        if (total > limits.maxTotalSize)
            return R::failure(tr("the archive's content is larger than the limit"));

        // The local header must agree with the directory.
        char local[30];
        if (e.localHeaderOffset + 30 > cdOffset || !readAt(d, qint64(e.localHeaderOffset), local, 30) ||
            u32(local) != kLocal)
            return R::failure(tr("the local header of %1 is missing").arg(e.name));
        const quint16 localNameLength = u16(local + 26);
        const quint16 localExtraLength = u16(local + 28);
        QByteArray localName(localNameLength, Qt::Uninitialized);
        if (!readAt(d, qint64(e.localHeaderOffset) + 30, localName.data(), localNameLength) || localName != rawName)
            return R::failure(tr("the local name of %1 differs from the directory's").arg(e.name));
        if (u16(local + 8) != e.method || (u16(local + 6) & 0x0001))
            return R::failure(tr("the local header of %1 differs from the directory's").arg(e.name));
        e.dataOffset = e.localHeaderOffset + 30 + localNameLength + localExtraLength;
        if (e.dataOffset + e.compressedSize > cdOffset)
            return R::failure(tr("%1 runs into the central directory").arg(e.name));
        entries.append(e);
        pos += 46 + nameLength + extraLength + commentLength;
    }
    if (pos != central.size())
        return R::failure(tr("damaged central directory"));

    // Entries lie one after another from the first byte, without overlaps or hidden gaps.
    QList<const ZipEntry*> byOffset;
    for (const ZipEntry& e : entries)
        byOffset.append(&e);
    std::sort(byOffset.begin(), byOffset.end(),
              [](const ZipEntry* a, const ZipEntry* b) { return a->localHeaderOffset < b->localHeaderOffset; });
    if (byOffset.first()->localHeaderOffset != 0)
        return R::failure(tr("bytes before the first entry are not allowed"));
    for (qsizetype i = 1; i < byOffset.size(); ++i) {
        const ZipEntry& prev = *byOffset.at(i - 1);
        // A data descriptor (up to 24 bytes) may follow the data.
        const quint64 end = prev.dataOffset + prev.compressedSize;
        if (byOffset.at(i)->localHeaderOffset < end)
            return R::failure(tr("entries %1 and %2 overlap").arg(prev.name, byOffset.at(i)->name));
        if (byOffset.at(i)->localHeaderOffset > end + 24)
            return R::failure(tr("unexplained bytes between %1 and %2").arg(prev.name, byOffset.at(i)->name));
    }
    const ZipEntry& last = *byOffset.last();
    if (cdOffset < last.dataOffset + last.compressedSize || cdOffset > last.dataOffset + last.compressedSize + 24)
        return R::failure(tr("unexplained bytes before the central directory"));
    return entries;
}

} // namespace parindex
