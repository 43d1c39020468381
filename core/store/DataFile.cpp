#include "core/store/DataFile.h"

#include "core/common/Clock.h"
#include "core/files/Backups.h"
#include "core/files/FileLock.h"
#include "core/files/SafeFile.h"
#include "core/store/Schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>
#include <filesystem>

namespace parindex {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("parindex-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Writes a consistent copy of the database behind `db` to `target`, which appears complete or
// not at all: VACUUM INTO a temporary name beside it, flushed, then renamed. Returns the error.
QString vacuumInto(const QSqlDatabase& db, const QString& target)
{
    const QFileInfo fi(target);
    if (!QDir().mkpath(fi.absolutePath()))
        return DataFile::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(fi.absolutePath()));
    const QString temp = fi.absolutePath() + QStringLiteral("/.") + fi.fileName() + QLatin1Char('.') +
                         QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".part");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temp);
    if (!q.exec()) {
        QFile::remove(temp);
        const QString reason = q.lastError().text();
        return describeWriteProblem(target, reason);
    }
    QFile written(temp);
    const bool synced = written.open(QIODevice::ReadWrite) && flushToDisk(written);
    written.close();
    std::error_code error;
    if (synced)
        std::filesystem::rename(std::filesystem::path(temp.toStdU16String()),
                                std::filesystem::path(fi.absoluteFilePath().toStdU16String()), error);
    if (!synced || error) {
        QFile::remove(temp);
        return describeWriteProblem(target, QString::fromStdString(error.message()));
    }
    syncFolder(fi.absolutePath());
    return {};
}

QString defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("?") : user;
}

Result<int> pragmaInt(QSqlDatabase db, const char* pragma)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) || !q.next())
        return Result<int>::failure(q.lastError().text());
    return q.value(0).toInt();
}

} // namespace

Status execute(QSqlQuery& query, const QString& purpose)
{
    if (query.exec())
        return {};
    return Status::failure(
        QCoreApplication::translate("DataFile", "%1 failed: %2").arg(purpose, query.lastError().text()));
}

Status execute(QSqlQuery& query, const QString& sql, const QString& purpose)
{
    if (query.exec(sql))
        return {};
    return Status::failure(
        QCoreApplication::translate("DataFile", "%1 failed: %2").arg(purpose, query.lastError().text()));
}

Status finished(const QSqlQuery& query, const QString& purpose)
{
    if (query.lastError().type() == QSqlError::NoError)
        return {};
    return Status::failure(
        QCoreApplication::translate("DataFile", "%1 failed: %2").arg(purpose, query.lastError().text()));
}

int DataFile::latestSchemaVersion()
{
    return migrations().last().version;
}

DataFile::DataFile(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_actor(defaultActor())
{}

DataFile::~DataFile()
{
    {
        QSqlDatabase d = db();
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_lock.reset(); // only now may another process open the file
}

QString DataFile::evidenceFolder() const
{
    if (!m_evidenceFolder.isEmpty())
        return m_evidenceFolder;
    const QString own = FileGuard::besideFolder(m_path, QStringLiteral(".evidence"));
    // A backup opened where it was made reads the evidence of the file it was taken of.
    if (Backups::isBackup(m_path) && !QFileInfo::exists(own))
        return FileGuard::besideFolder(Backups::originalOf(m_path), QStringLiteral(".evidence"));
    return own;
}

Result<std::shared_ptr<DataFile>> DataFile::openSnapshot(const QString& path)
{
    using R = Result<std::shared_ptr<DataFile>>;
    const QFileInfo source(path);
    if (!source.isFile())
        return R::failure(tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid())
        return R::failure(tr("cannot make a temporary folder for a copy of %1").arg(QDir::toNativeSeparators(path)));
    const QString copy = folder->filePath(source.fileName());
    if (Status s = copyClosed(source.absoluteFilePath(), copy); !s)
        return R::failure(s.error());
    auto opened = open(copy, Opening::Snapshot);
    if (!opened)
        return opened;
    auto file = opened.value();
    file->m_snapshotFolder = std::move(folder);
    file->m_snapshotOf = source.absoluteFilePath();
    file->m_snapshotTakenAt = Clock::now();
    file->m_evidenceFolder = FileGuard::besideFolder(source.absoluteFilePath(), QStringLiteral(".evidence"));
    return file;
}

Status DataFile::copyClosed(const QString& source, const QString& target)
{
    if (FileLock::heldHere().contains(QFileInfo(source).absoluteFilePath()))
        return Status::failure(
            tr("%1 is open in this program; copy it through its own connection").arg(QDir::toNativeSeparators(source)));
    // Read through a read-only connection of its own: SQLite's own locking lets it read beside the
    // process that has the file open, and VACUUM INTO writes one consistent copy.
    const QString connection = nextConnectionName();
    QString error;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        d.setDatabaseName(QFileInfo(source).absoluteFilePath());
        d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!d.open())
            error = d.lastError().text();
        else
            error = vacuumInto(d, target);
        d.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty())
        return Status::failure(tr("cannot copy %1: %2").arg(QDir::toNativeSeparators(source), error));
    return {};
}

Status DataFile::copyTo(const QString& target) const
{
    if (const QString error = vacuumInto(db(), target); !error.isEmpty())
        return Status::failure(tr("cannot copy %1: %2").arg(QDir::toNativeSeparators(m_path), error));
    return {};
}

Result<std::shared_ptr<DataFile>> DataFile::openConnection(const QString& path, bool creating)
{
    using R = Result<std::shared_ptr<DataFile>>;
    const QFileInfo fi(path);
    if (creating && fi.exists())
        return R::failure(tr("%1 already exists; choose another name").arg(QDir::toNativeSeparators(path)));
    if (!creating && !fi.isFile())
        return R::failure(tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));
    if (creating && !fi.absoluteDir().exists())
        return R::failure(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(fi.absolutePath())));
    if (!creating && !fi.isWritable())
        return R::failure(tr("%1 is read-only (by its permissions or its disk); ParIndex writes to the files it opens. "
                             "Make it writable, or copy it into a folder of yours.")
                              .arg(QDir::toNativeSeparators(path)));

    auto lock = FileLock::acquire(fi.absoluteFilePath());
    if (!lock)
        return R::failure(lock.error());
    std::shared_ptr<DataFile> file(new DataFile(fi.absoluteFilePath(), nextConnectionName()));
    file->m_lock = std::move(lock.value());
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), file->m_connection);
    d.setDatabaseName(file->m_path);
    if (!creating)
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!d.open())
        return R::failure(tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), d.lastError().text()));
    return file;
}

Result<std::shared_ptr<DataFile>> DataFile::create(const QString& path, Role role)
{
    auto opened = openConnection(path, true);
    if (!opened)
        return opened;
    auto file = opened.value();
    file->m_role = role;
    Status s = file->configure();
    if (s)
        s = file->migrate();
    if (s) {
        Transaction t(*file);
        s = file->setMeta(QStringLiteral("role"), roleCode(role));
        if (s)
            s = file->setMeta(QStringLiteral("created_at"), Clock::now().toString(Qt::ISODate));
        if (s)
            s = t.commit();
    }
    if (!s) {
        file.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return Result<std::shared_ptr<DataFile>>::failure(s.error());
    }
    return file;
}

void DataFile::discard(std::shared_ptr<DataFile>& file)
{
    if (!file)
        return;
    const QString path = file->m_path;
    const QString evidence = file->evidenceFolder();
    file.reset();
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    QDir().rmdir(evidence); // only when empty: a new file's evidence folder holds nothing yet
}

Result<std::shared_ptr<DataFile>> DataFile::open(const QString& path, Opening opening)
{
    using R = Result<std::shared_ptr<DataFile>>;
    const QString shown = QDir::toNativeSeparators(path);
    auto opened = openConnection(path, false);
    if (!opened)
        return opened;
    auto file = opened.value();
    // Everything is checked before anything is written: a file that is not ours, damaged, or of
    // an unknown role is refused as it is.
    const auto appId = pragmaInt(file->db(), "application_id");
    if (!appId)
        return R::failure(unreadable(path, appId.error()));
    if (appId.value() != ApplicationId)
        return R::failure(tr("%1 is not a ParIndex data file").arg(shown));
    const auto version = pragmaInt(file->db(), "user_version");
    if (!version)
        return R::failure(unreadable(path, version.error()));
    if (version.value() > latestSchemaVersion())
        return R::failure(tr("%1 was written by a newer version of ParIndex (data format %2; this version reads up to "
                             "%3). Please update ParIndex.")
                              .arg(shown)
                              .arg(version.value())
                              .arg(latestSchemaVersion()));
    if (version.value() < 1)
        return R::failure(tr("%1 carries ParIndex's mark but holds no ParIndex data (no data format); it was not "
                             "written by ParIndex and was left as it is")
                              .arg(shown));
    if (Status s = file->checkIntegrity(); !s)
        return R::failure(s.error());
    const auto roleText = file->meta(QStringLiteral("role"));
    const auto role = roleText ? roleFromCode(roleText.value()) : std::nullopt;
    if (!role)
        return R::failure(tr("%1 has no valid role (unit or centre); it was left as it is").arg(shown));
    file->m_role = *role;

    if (opening == Opening::Normal) {
        const QDate today = Clock::now().date();
        if (version.value() < latestSchemaVersion()) {
            if (Status s = file->copyTo(Backups::beforeUpgradePath(path, today, version.value())); !s)
                return R::failure(tr("%1 was not upgraded to the new data format because no backup could be taken "
                                     "first: %2")
                                      .arg(shown, s.error()));
        }
        if (Backups::dailyDue(path, today)) {
            // A daily copy that cannot be written (a full disk) does not stop the work of the day;
            // the next opening tries again.
            if (file->copyTo(Backups::dailyPath(path, today)))
                Backups::rotate(path);
        }
    }
    Status s = file->configure();
    if (s)
        s = file->migrate();
    if (!s)
        return R::failure(s.error());
    return file;
}

QString DataFile::unreadable(const QString& path, const QString& sqliteError)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (sqliteError.contains(QLatin1String("not a database")))
        return tr("%1 is not a ParIndex data file (it is not a database)").arg(shown);
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < 256 * 1024)
        return tr("cannot open %1: the disk is full, and SQLite needs a little room beside the file").arg(shown);
    if (sqliteError.contains(QLatin1String("malformed")) || sqliteError.contains(QLatin1String("corrupt")))
        return tr("%1 is damaged: %2. %3").arg(shown, sqliteError, Backups::restoreAdvice(path));
    return tr("cannot read %1: %2").arg(shown, sqliteError);
}

Status DataFile::checkIntegrity() const
{
    QSqlQuery q(db());
    QStringList findings;
    if (!q.exec(QStringLiteral("PRAGMA quick_check(5)")))
        findings.append(q.lastError().text());
    while (findings.isEmpty() && q.next())
        findings.append(q.value(0).toString());
    if (findings == QStringList{QStringLiteral("ok")})
        return {};
    return Status::failure(tr("%1 is damaged (SQLite's check found: %2). Nothing was changed in it. %3")
                               .arg(QDir::toNativeSeparators(m_path), findings.join(QStringLiteral("; ")),
                                    Backups::restoreAdvice(m_path)));
}

Status DataFile::configure()
{
    QSqlQuery q(db());
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QLatin1String(pragma)))
            return Status::failure(tr("cannot configure %1: %2").arg(m_path, q.lastError().text()));
    }
    return {};
}

Status DataFile::migrate()
{
    const auto current = pragmaInt(db(), "user_version");
    if (!current)
        return Status::failure(current.error());
    for (const Migration& m : migrations()) {
        if (m.version <= current.value())
            continue;
        Transaction t(*this);
        if (!t.started())
            return Status::failure(tr("cannot start the upgrade of %1").arg(m_path));
        QSqlQuery q(db());
        for (const char* sql : m.statements) {
            if (!q.exec(QString::fromUtf8(sql)))
                return Status::failure(tr("upgrading %1 to data format %2 failed: %3")
                                           .arg(m_path)
                                           .arg(m.version)
                                           .arg(q.lastError().text()));
        }
        if (!q.exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId)) ||
            !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version)))
            return Status::failure(q.lastError().text());
        if (Status s = t.commit(); !s)
            return s;
    }
    return {};
}

int DataFile::schemaVersion() const
{
    const auto v = pragmaInt(db(), "user_version");
    return v ? v.value() : -1;
}

Result<QString> DataFile::meta(const QString& key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (Status s = execute(q, tr("reading the setting %1").arg(key)); !s)
        return Result<QString>::failure(s.error());
    if (q.next())
        return q.value(0).toString();
    if (Status s = finished(q, tr("reading the setting %1").arg(key)); !s)
        return Result<QString>::failure(s.error());
    return QString();
}

Status DataFile::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return execute(q, tr("saving a setting"));
}

Status DataFile::audit(const QString& entity, const QString& subject, const QString& item, const QString& oldValue,
                       const QString& newValue)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO audit_log(at, actor, entity, subject, item, old_value, new_value) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Clock::now().toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(m_actor);
    q.addBindValue(entity);
    q.addBindValue(subject.isNull() ? QString::fromLatin1("") : subject);
    q.addBindValue(item.isNull() ? QString::fromLatin1("") : item); // NOT NULL: "" means the whole subject
    q.addBindValue(oldValue.isNull() ? QVariant() : QVariant(oldValue));
    q.addBindValue(newValue.isNull() ? QVariant() : QVariant(newValue));
    return execute(q, tr("writing the audit log"));
}

Transaction::Transaction(const DataFile& file) : m_file(file)
{
    if (m_file.isReadOnly()) {
        m_error = tr("this is a read-only copy of %1 taken at %2, while the file was open elsewhere; nothing can be "
                     "changed in it")
                      .arg(QDir::toNativeSeparators(m_file.snapshotOf()),
                           QLocale().toString(m_file.snapshotTakenAt().toLocalTime(), QLocale::ShortFormat));
        return;
    }
    m_level = m_file.m_transactionDepth;
    m_active = run(m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT tx%1").arg(m_level));
    if (m_active)
        ++m_file.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_level == 0)
        run(QStringLiteral("ROLLBACK"));
    else
        run(QStringLiteral("ROLLBACK TO tx%1").arg(m_level)) && run(QStringLiteral("RELEASE tx%1").arg(m_level));
    --m_file.m_transactionDepth;
}

bool Transaction::run(const QString& sql)
{
    QSqlQuery q(m_file.db());
    if (q.exec(sql))
        return true;
    m_error = q.lastError().text();
    return false;
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_file.isReadOnly() ? m_error : tr("no transaction is open: %1").arg(m_error));
    if (!run(m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE tx%1").arg(m_level)))
        return Status::failure(tr("saving failed: %1").arg(m_error)); // the destructor rolls back
    m_active = false;
    --m_file.m_transactionDepth;
    return {};
}

} // namespace parindex
