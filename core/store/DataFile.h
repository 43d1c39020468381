#pragma once

#include "core/common/Result.h"
#include "core/common/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace parindex {

class FileLock;

// One ParIndex data file: a SQLite database with versioned migrations, its audit trail and
// its evidence folder beside it. Every connection runs with WAL, synchronous=FULL and
// foreign keys on. One object owns one named connection; use it from one thread.
class DataFile
{
    Q_DECLARE_TR_FUNCTIONS(DataFile)

public:
    static constexpr int ApplicationId = 0x50415249; // "PARI"
    static int latestSchemaVersion();

    // Creates a new file; refuses to overwrite an existing one.
    static Result<std::shared_ptr<DataFile>> create(const QString& path, Role role);
    // Closes a file just created whose filling failed, and removes it with everything beside it,
    // so that nothing half-made blocks a retry.
    static void discard(std::shared_ptr<DataFile>& file);
    // Opens an existing file. Before anything is written it checks that the file is ParIndex's,
    // of a format this version reads, sound (SQLite's quick_check; a damaged file is refused with
    // where its latest backup is) and of a known role. Then it takes the day's backup on the
    // first opening of a day and one before upgrading the format (see Backups), and migrates.
    enum class Opening
    {
        Normal,
        Snapshot, // a private copy: no backups
    };
    static Result<std::shared_ptr<DataFile>> open(const QString& path, Opening opening = Opening::Normal);
    // A consistent copy of a file open elsewhere, taken now and opened read-only from a private
    // temporary folder; its evidence is read from beside the original. Nothing can be changed
    // in it, and the original is only read.
    static Result<std::shared_ptr<DataFile>> openSnapshot(const QString& path);

    ~DataFile();
    DataFile(const DataFile&) = delete;
    DataFile& operator=(const DataFile&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    const QString& path() const { return m_path; }
    Role role() const { return m_role; }
    QString evidenceFolder() const;
    // A consistent copy of this file at `target` (complete or absent), through this connection.
    Status copyTo(const QString& target) const;
    // The same for a file not open in this process (perhaps open in another), through a
    // read-only connection of its own.
    static Status copyClosed(const QString& source, const QString& target);
    // Set for a snapshot: the file it copies and when; every change is refused.
    bool isReadOnly() const { return !m_snapshotOf.isEmpty(); }
    QString snapshotOf() const { return m_snapshotOf; }
    QDateTime snapshotTakenAt() const { return m_snapshotTakenAt; }
    int schemaVersion() const;

    // Who is recorded in the audit log for changes made through this file.
    QString actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }

    // A setting kept in the file; empty when it was never set.
    Result<QString> meta(const QString& key) const;
    Status setMeta(const QString& key, const QString& value);

    // Appends one audit row; call inside the transaction that makes the change.
    Status audit(const QString& entity, const QString& subject, const QString& item, const QString& oldValue,
                 const QString& newValue);

private:
    friend class Transaction;
    DataFile(QString path, QString connection);
    static Result<std::shared_ptr<DataFile>> openConnection(const QString& path, bool creating);
    Status configure();
    Status migrate();
    Status checkIntegrity() const;
    // What to say when SQLite cannot read a file: not a database, a full disk, damage, …
    static QString unreadable(const QString& path, const QString& sqliteError);

    std::unique_ptr<FileLock> m_lock; // taken before the database is opened, released after it is closed
    std::unique_ptr<QTemporaryDir> m_snapshotFolder;
    QString m_snapshotOf;
    QDateTime m_snapshotTakenAt;
    QString m_evidenceFolder;
    QString m_path;
    QString m_connection;
    Role m_role = Role::Unit;
    QString m_actor;
    mutable int m_transactionDepth = 0;
};

// Begins a transaction and rolls it back unless commit() succeeds: every multi-row change is
// all-or-nothing. Transactions nest: an inner one is a savepoint of the outer one, so an
// audited single edit can also run inside a larger all-or-nothing import.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(const DataFile& file);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool started() const { return m_active; }
    Status commit();

private:
    bool run(const QString& sql);

    const DataFile& m_file;
    int m_level = 0;
    bool m_active = false;
    QString m_error;
};

// Runs a prepared statement; the message names the query's purpose and the database's reason.
Status execute(class QSqlQuery& query, const QString& purpose);
// Runs one statement without parameters.
Status execute(class QSqlQuery& query, const QString& sql, const QString& purpose);
// After reading rows with next(): fails when the rows stopped because of an error.
Status finished(const class QSqlQuery& query, const QString& purpose);

} // namespace parindex
