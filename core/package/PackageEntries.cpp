#include "core/package/PackageEntries.h"

#include "core/package/PackageFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <zlib.h>

namespace parindex {

std::optional<Reject> readEntry(QIODevice& zip, const ZipEntry& e, const std::function<bool(const char*, qint64)>& sink,
                                const std::atomic_bool* cancel)
{
    if (!zip.seek(qint64(e.dataOffset)))
        return Reject{QCoreApplication::translate("SubmissionImporter", "truncated"), e.name};
    QByteArray in(1 << 20, Qt::Uninitialized);
    QByteArray out(1 << 20, Qt::Uninitialized);
    quint64 remaining = e.compressedSize;
    quint64 produced = 0;
    quint32 crc = crc32(0, nullptr, 0);
    z_stream z{};
    if (e.method == 8 && inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return Reject{QCoreApplication::translate("SubmissionImporter", "zip"), e.name};
    bool finished = e.method == 0;
    std::optional<Reject> failure;
    while (remaining > 0 && !failure) {
        if (cancel && cancel->load()) {
            failure = Reject{QCoreApplication::translate("SubmissionImporter", "cancelled"), e.name};
            break;
        }
        const qint64 n = zip.read(in.data(), qint64(qMin<quint64>(remaining, quint64(in.size()))));
        if (n <= 0) {
            failure = Reject{QCoreApplication::translate("SubmissionImporter", "truncated"), e.name};
            break;
        }
        remaining -= quint64(n);
        if (e.method == 0) {
            produced += quint64(n);
            crc = crc32(crc, reinterpret_cast<const Bytef*>(in.constData()), uInt(n));
            if (!sink(in.constData(), n))
                failure = Reject{QCoreApplication::translate("SubmissionImporter", "storage"), e.name};
            continue;
        }
        z.next_in = reinterpret_cast<Bytef*>(in.data());
        z.avail_in = uInt(n);
        while (z.avail_in > 0 && !failure && !finished) {
            z.next_out = reinterpret_cast<Bytef*>(out.data());
            z.avail_out = uInt(out.size());
            const int rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END) {
                failure = Reject{QCoreApplication::translate("SubmissionImporter", "corrupt data"), e.name};
                break;
            }
            const qint64 got = out.size() - qint64(z.avail_out);
            produced += quint64(got);
            if (produced > e.size) {
                failure = Reject{QCoreApplication::translate("SubmissionImporter", "size lie"), e.name};
                break;
            }
            crc = crc32(crc, reinterpret_cast<const Bytef*>(out.constData()), uInt(got));
            if (got > 0 && !sink(out.constData(), got))
                failure = Reject{QCoreApplication::translate("SubmissionImporter", "storage"), e.name};
            finished = rc == Z_STREAM_END;
        }
    }
    if (e.method == 8)
        inflateEnd(&z);
    if (failure)
        return failure;
    if (!finished || produced != e.size)
        return Reject{QCoreApplication::translate("SubmissionImporter", "size lie"), e.name};
    if (crc != e.crc32)
        return Reject{QCoreApplication::translate("SubmissionImporter", "crc"), e.name};
    return std::nullopt;
}

std::optional<Reject> readSmall(QIODevice& zip, const ZipEntry& e, qint64 cap, QByteArray& out)
{
    if (qint64(e.size) > cap)
        return Reject{QCoreApplication::translate("SubmissionImporter", "limits"), e.name};
    out.clear();
    out.reserve(qsizetype(e.size));
    return readEntry(
        zip, e,
        [&](const char* p, qint64 n) {
            out.append(p, n);
            return true;
        },
        nullptr);
}

std::optional<Reject> indexEntries(const QList<ZipEntry>& entries, const std::function<bool(const QString&)>& allowed,
                                   const QStringList& required, QHash<QString, const ZipEntry*>& byName)
{
    auto rule = [](const char* text) { return QCoreApplication::translate("SubmissionReader", text); };
    QSet<QString> folded;
    for (const ZipEntry& e : entries) {
        if (!allowed(e.name))
            return Reject{rule("name not allowed"), e.name};
        if (byName.contains(e.name) || folded.contains(e.name.toCaseFolded()))
            return Reject{rule("duplicate entry"), e.name};
        byName.insert(e.name, &e);
        folded.insert(e.name.toCaseFolded());
    }
    if (entries.isEmpty() || entries.first().name != package::manifestEntry())
        return Reject{rule("manifest not first"), entries.isEmpty() ? QString() : entries.first().name};
    for (const QString& name : required) {
        if (!byName.contains(name))
            return Reject{rule("missing entry"), name};
    }
    return std::nullopt;
}

bool writeEntry(QuaZip& zip, const QString& name, const QByteArray& bytes, bool compress)
{
    QuaZipFile f(&zip);
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    if (!f.open(QIODevice::WriteOnly, info, nullptr, 0, compress ? Z_DEFLATED : 0,
                compress ? Z_DEFAULT_COMPRESSION : 0))
        return false;
    const bool ok = f.write(bytes) == bytes.size();
    f.close();
    return ok && f.getZipError() == ZIP_OK;
}

} // namespace parindex
