#include "core/files/SafeFile.h"

#include "core/files/FileLock.h"
#include "core/store/DataFile.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <QTemporaryFile>
#include <QtEndian>
#include <filesystem>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace parindex {

namespace {

const QStringList& sidecarSuffixes()
{
    static const QStringList s{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
                               QStringLiteral(".lock")};
    return s;
}

const QStringList& besideFolderSuffixes()
{
    static const QStringList s{QStringLiteral(".evidence"), QStringLiteral(".staging"), QStringLiteral(".backups")};
    return s;
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// The canonical form of a path that may not exist yet: its folder resolved, its name kept.
QString canonicalTarget(const QFileInfo& fi)
{
    if (fi.exists())
        return fi.canonicalFilePath();
    const QString folder = QFileInfo(fi.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? fi.absoluteFilePath() : QDir(folder).filePath(fi.fileName());
}

QString canonicalOrAbsolute(const QString& path)
{
    const QFileInfo fi(path);
    const QString c = fi.canonicalFilePath();
    return c.isEmpty() ? fi.absoluteFilePath() : c;
}

#ifdef Q_OS_UNIX
struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileId&) const = default;
};

std::optional<FileId> fileId(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileId{st.st_dev, st.st_ino};
}
#endif

// The data file open in this process that `path` is, or one of its working files is, through
// any name (a hard link included); empty when none. Only stat()s, never opens.
QString openDataFileBehind(const QString& path)
{
#ifdef Q_OS_UNIX
    const auto id = fileId(path);
    if (!id)
        return {};
    for (const QString& dataFile : FileLock::heldHere()) {
        QStringList names{dataFile};
        for (const QString& suffix : sidecarSuffixes())
            names.append(dataFile + suffix);
        for (const QString& name : names) {
            if (fileId(name) == id)
                return dataFile;
        }
    }
#else
    Q_UNUSED(path);
#endif
    return {};
}

enum class Use
{
    Write,
    Read
};

// Why `canonical` may not be used, or an empty string.
QString protectedReason(const QString& canonical, const QString& original, Use use)
{
    const QString name = shown(original);
    // Data files open here, by name and by inode.
    for (const QString& held : FileLock::heldHere()) {
        const QString dataFile = canonicalOrAbsolute(held);
        if (canonical == dataFile)
            return use == Use::Write ? FileGuard::tr("%1 is the data file open here; writing there would destroy "
                                                     "it. Choose another name.")
                                           .arg(name)
                                     : FileGuard::tr("%1 is the data file open here, not a document").arg(name);
        for (const QString& suffix : sidecarSuffixes()) {
            if (canonical == dataFile + suffix)
                return FileGuard::tr("%1 is a working file of the data file %2; choose another file")
                    .arg(name, shown(held));
        }
        for (const QString& suffix : besideFolderSuffixes()) {
            const QString folder = FileGuard::besideFolder(dataFile, suffix);
            if (canonical == folder || canonical.startsWith(folder + QLatin1Char('/')))
                return FileGuard::tr("%1 is inside %2, the folder ParIndex keeps for %3; choose a place outside it")
                    .arg(name, shown(folder), shown(held));
        }
    }
    if (const QString behind = openDataFileBehind(canonical); !behind.isEmpty())
        return FileGuard::tr("%1 is another name of the data file %2 (or of its working files); choose another file")
            .arg(name, shown(behind));

    // Data files not open here: by their working files' and folders' names.
    for (const QString& suffix : sidecarSuffixes()) {
        if (canonical.endsWith(suffix) && FileGuard::isDataFile(canonical.chopped(suffix.size())))
            return FileGuard::tr("%1 is a working file of the data file %2; choose another file")
                .arg(name, shown(canonical.chopped(suffix.size())));
    }
    for (QFileInfo folder(QFileInfo(canonical).absolutePath()); !folder.isRoot() && !folder.fileName().isEmpty();
         folder = QFileInfo(folder.absolutePath())) {
        for (const QString& suffix : besideFolderSuffixes()) {
            if (!folder.fileName().endsWith(suffix))
                continue;
            const QString base = folder.fileName().chopped(suffix.size());
            const QDir parent = folder.absoluteDir();
            for (const QString& sibling : parent.entryList(QDir::Files | QDir::Hidden)) {
                const QString path = parent.filePath(sibling);
                if (QFileInfo(sibling).completeBaseName() == base && FileGuard::isDataFile(path))
                    return FileGuard::tr("%1 is inside %2, the folder ParIndex keeps for %3; choose a place outside it")
                        .arg(name, shown(folder.absoluteFilePath()), shown(path));
            }
        }
    }
    return {};
}

} // namespace

QString FileGuard::besideFolder(const QString& dataFile, const QString& suffix)
{
    const QFileInfo fi(dataFile);
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + suffix;
}

bool FileGuard::isDataFile(const QString& path)
{
    if (!openDataFileBehind(path).isEmpty())
        return true;
    const QFileInfo fi(path);
    if (!fi.isFile() || fi.size() < 100)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    return header.size() == 100 && header.startsWith(magic) &&
           qFromBigEndian<quint32>(header.constData() + 68) == quint32(DataFile::ApplicationId);
}

Status FileGuard::checkOutput(const QString& path)
{
    if (path.trimmed().isEmpty())
        return Status::failure(tr("no file name was given"));
    const QFileInfo fi(path);
    if (fi.isSymLink() && !fi.exists())
        return Status::failure(tr("%1 is a link to a file that does not exist").arg(shown(path)));
    if (fi.exists() && !fi.isFile())
        return Status::failure(tr("%1 is a folder or a device, not a file").arg(shown(path)));
    if (!fi.exists() && !QFileInfo(fi.absolutePath()).isDir())
        return Status::failure(tr("the folder %1 does not exist").arg(shown(fi.absolutePath())));
    const QString canonical = canonicalTarget(fi);
    if (const QString reason = protectedReason(canonical, path, Use::Write); !reason.isEmpty())
        return Status::failure(reason);
    if (fi.exists() && isDataFile(canonical))
        return Status::failure(
            tr("%1 is a ParIndex data file; writing there would destroy it. Choose another name.").arg(shown(path)));
    return {};
}

Status FileGuard::checkDocument(const QString& path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Status::failure(tr("%1 does not exist").arg(shown(path)));
    if (!fi.isFile())
        return Status::failure(
            tr("%1 is not a regular file (it is a folder, a device or a pipe); choose a document").arg(shown(path)));
    const QString canonical = fi.canonicalFilePath();
    if (const QString reason = protectedReason(canonical, path, Use::Read); !reason.isEmpty())
        return Status::failure(reason);
    if (isDataFile(canonical))
        return Status::failure(tr("%1 is a ParIndex data file, not a document").arg(shown(path)));
    return {};
}

QString diskProblem(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.isReady()) {
        if (storage.isReadOnly())
            return PendingFile::tr("cannot write %1: the disk that holds it is read-only").arg(shown(path));
        if (storage.bytesAvailable() < 256 * 1024)
            return PendingFile::tr("cannot write %1: the disk is full").arg(shown(path));
    }
    if (!QFileInfo(folder).isWritable())
        return PendingFile::tr("cannot write %1: the folder %2 does not allow writing").arg(shown(path), shown(folder));
    return {};
}

QString describeWriteProblem(const QString& path, const QString& systemReason)
{
    if (const QString problem = diskProblem(path); !problem.isEmpty())
        return problem;
    if (systemReason.isEmpty() || systemReason == QLatin1String("Unknown error"))
        return PendingFile::tr("cannot write %1: the system refused without saying why").arg(shown(path));
    return PendingFile::tr("cannot write %1: %2").arg(shown(path), systemReason);
}

PendingFile::PendingFile(QString target, std::unique_ptr<QFile> file)
    : m_target(std::move(target)), m_file(std::move(file))
{}

PendingFile::~PendingFile()
{
    if (!m_committed && m_file) {
        m_file->close();
        QFile::remove(m_file->fileName());
    }
}

Result<std::unique_ptr<PendingFile>> PendingFile::create(const QString& target)
{
    using R = Result<std::unique_ptr<PendingFile>>;
    if (Status s = FileGuard::checkOutput(target); !s)
        return R::failure(s.error());
    // A link is followed: the file it names is replaced, the link stays.
    const QFileInfo fi(target);
    const QString real = fi.isSymLink() ? fi.canonicalFilePath() : fi.absoluteFilePath();
    auto temp = std::make_unique<QTemporaryFile>(QFileInfo(real).absolutePath() + QStringLiteral("/.") +
                                                 QFileInfo(real).fileName() + QStringLiteral(".XXXXXX.part"));
    if (!temp->open())
        return R::failure(describeWriteProblem(real, temp->errorString()));
    temp->setAutoRemove(false); // removed by ~PendingFile unless committed
    temp->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                         QFileDevice::ReadOther);
    return std::unique_ptr<PendingFile>(new PendingFile(real, std::move(temp)));
}

QIODevice* PendingFile::device()
{
    return m_file.get();
}

QString PendingFile::writeFailure() const
{
    return describeWriteProblem(m_target, m_file->errorString());
}

QString PendingFile::diskProblem() const
{
    return parindex::diskProblem(m_target);
}

bool PendingFile::hasWriteError() const
{
    return m_file->error() != QFileDevice::NoError;
}

Status PendingFile::commit()
{
    if (m_committed)
        return {};
    if (!flushToDisk(*m_file) || m_file->error() != QFileDevice::NoError)
        return Status::failure(writeFailure());
    m_file->close();
    // Checked again: the name may have been taken by something that must not be replaced.
    if (Status s = FileGuard::checkOutput(m_target); !s)
        return s;
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(m_file->fileName().toStdU16String()),
                            std::filesystem::path(m_target.toStdU16String()), error);
    if (error)
        return Status::failure(describeWriteProblem(m_target, QString::fromStdString(error.message())));
    m_committed = true;
    syncFolder(QFileInfo(m_target).absolutePath()); // the new name reaches the disk too
    return {};
}

bool flushToDisk(QFile& file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return true;
#endif
}

void syncFolder(const QString& folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

bool removeTree(const QString& path)
{
    const QFileInfo fi(path);
    if (fi.isSymLink() || (fi.exists() && !fi.isDir()))
        return QFile::remove(path);
    // QDir::removeRecursively removes links inside as links.
    return !fi.exists() || QDir(path).removeRecursively();
}

Result<QByteArray> readSmallFile(const QString& path, qint64 limit)
{
    using R = Result<QByteArray>;
    if (Status s = FileGuard::checkDocument(path); !s)
        return R::failure(s.error());
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return R::failure(FileGuard::tr("cannot open %1: %2").arg(shown(path), f.errorString()));
    const QString tooLarge =
        FileGuard::tr("%1 is larger than %2")
            .arg(shown(path), QLocale().formattedDataSize(limit, 0, QLocale::DataSizeTraditionalFormat));
    if (f.size() > limit)
        return R::failure(tooLarge);
    QByteArray bytes = f.read(limit + 1);
    if (bytes.size() > limit)
        return R::failure(tooLarge);
    if (f.error() != QFileDevice::NoError)
        return R::failure(FileGuard::tr("cannot read %1: %2").arg(shown(path), f.errorString()));
    return bytes;
}

Status writeWholeFile(const QString& path, const QByteArray& bytes)
{
    auto file = PendingFile::create(path);
    if (!file)
        return Status::failure(file.error());
    if (file.value()->device()->write(bytes) != bytes.size())
        return Status::failure(file.value()->writeFailure());
    return file.value()->commit();
}

} // namespace parindex
