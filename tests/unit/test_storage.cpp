#include "core/common/Clock.h"
#include "core/criteria/CriteriaLoader.h"
#include "core/evidence/EvidenceStore.h"
#include "core/files/Backups.h"
#include "core/store/AssessmentTable.h"
#include "core/store/EvidenceTable.h"
#include "core/store/Schema.h"
#include "core/store/UnitTable.h"
#include "support/SetBuilder.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using test::pts;

namespace {

QVariant pragma(DataFile& f, const char* name)
{
    QSqlQuery q(f.db());
    REQUIRE(q.exec(u"PRAGMA "_s + QLatin1String(name)));
    REQUIRE(q.next());
    return q.value(0);
}

// Writes to a SQLite file through a connection of its own, as another program would.
void rawExec(const QString& path, const QString& sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

struct Fixture
{
    QTemporaryDir dir;
    std::shared_ptr<DataFile> file;
    CriteriaSetPtr set;
    Fixture()
    {
        auto created = DataFile::create(dir.filePath(u"unit.parindex"_s), Role::Unit);
        REQUIRE(created.ok());
        file = created.value();
        file->setActor(u"tester"_s);
        const auto loaded = CriteriaLoader::loadBytes(test::toBytes(test::smallSet()));
        REQUIRE(loaded.ok());
        set = loaded.set;
    }
};

} // namespace

TEST_CASE("A new data file has the schema, the identity and the safety pragmas", "[storage]")
{
    Fixture fx;
    CHECK(pragma(*fx.file, "application_id").toInt() == DataFile::ApplicationId);
    CHECK(pragma(*fx.file, "user_version").toInt() == DataFile::latestSchemaVersion());
    CHECK(pragma(*fx.file, "journal_mode").toString() == u"wal"_s);
    CHECK(pragma(*fx.file, "synchronous").toInt() == 2); // FULL
    CHECK(pragma(*fx.file, "foreign_keys").toInt() == 1);
    CHECK(fx.file->role() == Role::Unit);
    CHECK(fx.file->meta(u"role"_s).value() == u"unit"_s);
    CHECK(fx.file->evidenceFolder().endsWith(u"/unit.evidence"_s));

    SECTION("reopened, it keeps its role and the pragmas are set again")
    {
        const QString path = fx.file->path();
        fx.file.reset();
        auto reopened = DataFile::open(path);
        REQUIRE(reopened.ok());
        CHECK(reopened.value()->role() == Role::Unit);
        CHECK(pragma(*reopened.value(), "foreign_keys").toInt() == 1);
        CHECK(pragma(*reopened.value(), "synchronous").toInt() == 2);
    }
}

TEST_CASE("Files that are not ours, or are newer, are refused with a reason", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.parindex"_s);
    REQUIRE(DataFile::create(path, Role::Centre).ok());
    CHECK_FALSE(DataFile::create(path, Role::Centre).ok()); // never overwritten

    SECTION("a file from a newer version")
    {
        rawExec(path, u"PRAGMA user_version=99"_s);
        const auto r = DataFile::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(u"newer version of ParIndex (data format 99"_s));
    }
    SECTION("another SQLite database")
    {
        const QString other = dir.filePath(u"other.db"_s);
        rawExec(other, u"CREATE TABLE t(x)"_s);
        const auto r = DataFile::open(other);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(u"is not a ParIndex data file"_s));
    }
    SECTION("a file that is not a database at all")
    {
        const QString junk = dir.filePath(u"junk.parindex"_s);
        test::writeFile(junk, QByteArray(4096, 'x'));
        CHECK_FALSE(DataFile::open(junk).ok());
    }
    SECTION("a missing file")
    {
        CHECK(DataFile::open(dir.filePath(u"none.parindex"_s)).error().contains(u"does not exist"_s));
    }
}

TEST_CASE("A migration is all or nothing", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"half.parindex"_s);
    // A file of data format 1 in which one table of migration 2 already exists: the migration
    // fails on it and must leave nothing of itself behind.
    rawExec(path, u"PRAGMA application_id=%1"_s.arg(DataFile::ApplicationId));
    for (const char* sql : migrations().first().statements)
        rawExec(path, QString::fromUtf8(sql));
    rawExec(path, u"PRAGMA user_version=1"_s);
    rawExec(path, u"INSERT INTO meta(key, value) VALUES('role', 'unit')"_s);
    rawExec(path, u"CREATE TABLE unit_keys(x)"_s);
    const auto r = DataFile::open(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(u"upgrading"_s));
    CHECK(r.error().contains(u"data format 2"_s));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"PRAGMA user_version"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        CHECK_FALSE(db.tables().contains(u"own_keys"_s)); // created by migration 2, rolled back
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

TEST_CASE("A file with ParIndex's mark but no ParIndex data is refused before anything is written", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"foreign.parindex"_s);
    rawExec(path, u"PRAGMA application_id=%1"_s.arg(DataFile::ApplicationId));
    rawExec(path, u"CREATE TABLE notes(x)"_s);
    const QByteArray before = test::readFile(path);
    const auto r = DataFile::open(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(u"holds no ParIndex data"_s));
    CHECK(test::readFile(path) == before);
    CHECK_FALSE(QFileInfo::exists(Backups::folderFor(path)));

    // Of a known format but without a role: the same.
    const QString noRole = dir.filePath(u"norole.parindex"_s);
    rawExec(noRole, u"PRAGMA application_id=%1"_s.arg(DataFile::ApplicationId));
    for (const char* sql : migrations().first().statements)
        rawExec(noRole, QString::fromUtf8(sql));
    rawExec(noRole, u"PRAGMA user_version=1"_s);
    const QByteArray noRoleBefore = test::readFile(noRole);
    CHECK(DataFile::open(noRole).error().contains(u"no valid role"_s));
    CHECK(test::readFile(noRole) == noRoleBefore);
}

TEST_CASE("A damaged file is refused on opening, pointing to its latest backup", "[storage][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"u.parindex"_s);
    {
        auto created = DataFile::create(path, Role::Unit);
        REQUIRE(created.ok());
        // Enough rows for a table of several pages.
        Transaction t(*created.value());
        for (int i = 0; i < 400; ++i)
            REQUIRE(
                created.value()->audit(u"test"_s, u"row %1"_s.arg(i), QString(), QString(), QString(200, u'x')).ok());
        REQUIRE(t.commit().ok());
    }
    REQUIRE(DataFile::open(path).ok()); // the first opening of the day takes a backup
    const auto backup = Backups::latest(path);
    REQUIRE(backup.has_value());
    // Zero one page in the middle of the audit log, as a failing disk would.
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    REQUIRE(f.size() > 20 * pageSize);
    REQUIRE(f.seek(f.size() / pageSize / 2 * pageSize));
    REQUIRE(f.write(QByteArray(pageSize, '\0')) == pageSize);
    f.close();
    const QByteArray damaged = test::readFile(path);

    const auto r = DataFile::open(path);
    REQUIRE_FALSE(r.ok());
    INFO(r.error().toStdString());
    CHECK(r.error().contains(u"is damaged"_s));
    CHECK(r.error().contains(QDir::toNativeSeparators(backup->path)));
    CHECK(test::readFile(path) == damaged); // nothing written
    // The backup itself opens, whole.
    auto restored = DataFile::open(backup->path);
    REQUIRE(restored.ok());
    CHECK(restored.value()->role() == Role::Unit);
}

TEST_CASE("Backups: the first opening of a day, before an upgrade, rotated, evidence read from the original",
          "[storage][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"u.parindex"_s);
    REQUIRE(DataFile::create(path, Role::Unit).ok());
    QDateTime now(QDate(2026, 11, 2), QTime(9, 0));
    Clock::setForTesting([&] { return now; });
    for (int day = 0; day < 40; ++day) {
        now = QDateTime(QDate(2026, 11, 2).addDays(day), QTime(9, 0));
        REQUIRE(DataFile::open(path).ok());
        now = now.addSecs(3600);
        REQUIRE(DataFile::open(path).ok()); // a second opening the same day takes none
    }
    Clock::reset();
    QList<QDate> dates;
    for (const Backups::Entry& e : Backups::list(path))
        dates.append(e.date);
    // The 7 newest days, then one for each of the 4 weeks before.
    const QDate last = QDate(2026, 11, 2).addDays(39);
    QList<QDate> expected;
    for (int i = 0; i < 7; ++i)
        expected.append(last.addDays(-i));
    CHECK(dates.mid(0, 7) == expected);
    CHECK(dates.size() == 7 + 4);
    for (int i = 7; i < dates.size(); ++i)
        CHECK(dates[i].dayOfWeek() == 7); // the newest copy of each earlier week: its Sunday
    CHECK(dates.last() >= last.addDays(-7 - 4 * 7));

    // A backup opened where it lies reads the evidence of its original and makes no backups.
    QDir().mkpath(dir.filePath(u"u.evidence"_s));
    auto opened = DataFile::open(Backups::list(path).first().path);
    REQUIRE(opened.ok());
    CHECK(opened.value()->evidenceFolder() == QFileInfo(dir.filePath(u"u.evidence"_s)).absoluteFilePath());
    CHECK(QDir(Backups::folderFor(path)).entryList({u"*.backups"_s}, QDir::Dirs).isEmpty());
}

TEST_CASE("Rotation keeps 7 daily copies, 4 weekly ones and 3 taken before upgrades", "[storage][backup]")
{
    QList<Backups::Entry> all;
    const QDate today(2026, 11, 23);
    for (int i = 0; i < 60; i += 2)
        all.append({u"d%1"_s.arg(i), today.addDays(-i), 0});
    for (int i = 0; i < 5; ++i)
        all.append({u"u%1"_s.arg(i), today.addDays(-10 * i), 3});
    const QStringList removed = Backups::toRemove(all);
    QStringList kept;
    for (const Backups::Entry& e : all) {
        if (!removed.contains(e.path))
            kept.append(e.path);
    }
    // d0..d12 (23 to 11 November) are the 7 newest; d14 (9 November) is in a week they cover; then
    // the newest of each earlier week: d16 (7 November), d22 (1 November), d30 (24 October), d36 (18 October).
    CHECK(kept == QStringList{u"d0"_s, u"d2"_s, u"d4"_s, u"d6"_s, u"d8"_s, u"d10"_s, u"d12"_s, u"d16"_s, u"d22"_s,
                              u"d30"_s, u"d36"_s, u"u0"_s, u"u1"_s, u"u2"_s});
}

TEST_CASE("A file of an older format is copied before it is upgraded", "[storage][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.parindex"_s);
    rawExec(path, u"PRAGMA application_id=%1"_s.arg(DataFile::ApplicationId));
    for (const char* sql : migrations().first().statements)
        rawExec(path, QString::fromUtf8(sql));
    rawExec(path, u"PRAGMA user_version=1"_s);
    rawExec(path, u"INSERT INTO meta(key, value) VALUES('role', 'centre')"_s);
    REQUIRE(DataFile::open(path).ok());
    bool before = false;
    for (const Backups::Entry& e : Backups::list(path)) {
        if (e.beforeFormat == 1) {
            before = true;
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(e.path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(u"PRAGMA user_version"_s));
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() == 1);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    CHECK(before);
}

TEST_CASE("A file from the first version is upgraded when opened, keeping its data", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.parindex"_s);
    // What version 1 wrote: its migration only, a role and a unit.
    rawExec(path, u"PRAGMA application_id=%1"_s.arg(DataFile::ApplicationId));
    for (const char* sql : migrations().first().statements)
        rawExec(path, QString::fromUtf8(sql));
    rawExec(path, u"PRAGMA user_version=1"_s);
    rawExec(path, u"INSERT INTO meta(key, value) VALUES('role', 'centre')"_s);
    rawExec(path,
            u"INSERT INTO units(code, name, group_code, created_at) VALUES('SO-TC', 'Sở Tài chính', 'so', 'x')"_s);
    auto opened = DataFile::open(path);
    REQUIRE(opened.ok());
    CHECK(opened.value()->schemaVersion() == DataFile::latestSchemaVersion());
    CHECK(opened.value()->db().tables().contains(u"unit_keys"_s));
    CHECK(UnitTable(*opened.value()).byCode(u"SO-TC"_s).value().has_value());
}

TEST_CASE("Reopening a current file migrates nothing", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.parindex"_s);
    REQUIRE(DataFile::create(path, Role::Centre).ok());
    auto reopened = DataFile::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->schemaVersion() == DataFile::latestSchemaVersion());
    CHECK(reopened.value()->role() == Role::Centre);
}

TEST_CASE("Every change is audited with who, when, item, old and new", "[storage]")
{
    Fixture fx;
    Clock::setForTesting([] { return QDateTime(QDate(2026, 1, 5), QTime(9, 30), Qt::UTC); });
    UnitTable units(*fx.file);
    auto unit = units.add({u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So, true});
    REQUIRE(unit.ok());
    AssessmentTable assessments(*fx.file);
    auto a = assessments.createScored(unit->id, 2025, *fx.set);
    REQUIRE(a.ok());
    REQUIRE(assessments.setInput(a.value(), *fx.set, u"1.1.1"_s, ItemInput::ofOption(1)).ok());
    REQUIRE(assessments.setInput(a.value(), *fx.set, u"1.1.1"_s, ItemInput::ofOption(0)).ok());
    Clock::reset();

    QSqlQuery q(fx.file->db());
    REQUIRE(q.exec(
        u"SELECT at, actor, entity, item, old_value, new_value FROM audit_log WHERE entity = 'score' ORDER BY id"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"2026-01-05T09:30:00.000Z"_s);
    CHECK(q.value(1).toString() == u"tester"_s);
    CHECK(q.value(3).toString() == u"1.1.1"_s);
    CHECK(q.value(4).toString() == QString());
    CHECK(q.value(5).toString() == u"option:2"_s);
    REQUIRE(q.next());
    CHECK(q.value(4).toString() == u"option:2"_s);
    CHECK(q.value(5).toString() == u"option:1"_s);
    CHECK(assessments.inputs(a->id).value().value(u"1.1.1"_s) == ItemInput::ofOption(0));
}

TEST_CASE("An input that breaks its rule is refused and changes nothing", "[storage]")
{
    Fixture fx;
    auto unit = UnitTable(*fx.file).add({u"X1"_s, u"Phường Hoàn Kiếm"_s, UnitGroup::Xa, true});
    AssessmentTable assessments(*fx.file);
    auto a = assessments.createScored(unit->id, 2025, *fx.set);
    REQUIRE(a.ok());
    const int auditBefore = test::countRows(fx.file->path(), u"audit_log"_s);
    CHECK(assessments.setInput(a.value(), *fx.set, u"1.2"_s, ItemInput::ofValue(pts("2.8"))).error() ==
          u"item 1.2: 2,8 is not a multiple of the step 0,25"_s);
    CHECK(assessments.setInput(a.value(), *fx.set, u"9.9"_s, ItemInput::ofValue(pts("1")))
              .error()
              .contains(u"no scored item 9.9"_s));
    CHECK(assessments.setInput(a.value(), *fx.set, u"2.1.1"_s, ItemInput::notApplicable(u"  "_s))
              .error()
              .contains(u"say why"_s));
    CHECK(test::countRows(fx.file->path(), u"item_inputs"_s) == 0);
    CHECK(test::countRows(fx.file->path(), u"audit_log"_s) == auditBefore);
    CHECK_FALSE(assessments.createScored(unit->id, 2024, *fx.set).ok()); // set is for 2025
    CHECK_FALSE(assessments.createScored(unit->id, 2025, *fx.set).ok()); // one per year
}

TEST_CASE("Foreign keys hold and nested transactions roll back as a whole", "[storage]")
{
    Fixture fx;
    QSqlQuery q(fx.file->db());
    CHECK_FALSE(
        q.exec(u"INSERT INTO assessments(unit_id, year, kind, created_at) VALUES(999, 2025, 'historic', 'x')"_s));
    UnitTable units(*fx.file);
    {
        Transaction outer(*fx.file);
        REQUIRE(outer.started());
        REQUIRE(units.add({u"A"_s, u"Sở A"_s, UnitGroup::So, true}).ok()); // audited inside a savepoint
        {
            Transaction inner(*fx.file);
            REQUIRE(units.add({u"B"_s, u"Sở B"_s, UnitGroup::So, true}).ok());
            // inner goes out of scope without commit: only B is undone
        }
        REQUIRE(outer.commit().ok());
    }
    CHECK(units.all().value().size() == 1);
    {
        Transaction outer(*fx.file);
        REQUIRE(units.add({u"C"_s, u"Sở C"_s, UnitGroup::So, true}).ok());
        // no commit: C and its audit row vanish
    }
    CHECK(units.all().value().size() == 1);
    CHECK(units.add({u"A"_s, u"Sở A bis"_s, UnitGroup::So, true}).error().contains(u"already exists"_s));
    CHECK(units.byCode(u"a"_s).value()->name == u"Sở A"_s); // codes are upper case
}

TEST_CASE("Evidence is stored once, by content, before any row refers to it", "[storage][evidence]")
{
    Fixture fx;
    EvidenceStore store(fx.file->evidenceFolder());
    QByteArray content("Kế hoạch CCHC năm 2025 — số 12/KH-STC");
    QBuffer one(&content);
    REQUIRE(one.open(QIODevice::ReadOnly));
    qint64 reported = 0;
    auto blob = store.add(&one, [&](qint64 n) { reported = n; });
    REQUIRE(blob.ok());
    CHECK(blob->sha256 ==
          u"%1"_s.arg(QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())));
    CHECK(blob->size == content.size());
    CHECK(reported == content.size());
    CHECK(store.contains(blob->sha256));
    CHECK(test::readFile(store.pathFor(blob->sha256)) == content);

    QBuffer again(&content);
    REQUIRE(again.open(QIODevice::ReadOnly));
    REQUIRE(store.add(&again).ok());
    const QStringList files = QDir(store.folder()).entryList(QDir::Files | QDir::Hidden);
    CHECK(files == QStringList{blob->sha256}); // stored once, no temporary left behind

    SECTION("a cancelled copy leaves nothing")
    {
        QByteArray other(3 << 20, 'z');
        QBuffer b(&other);
        REQUIRE(b.open(QIODevice::ReadOnly));
        std::atomic_bool cancel{false};
        auto r = store.add(
            &b, [&](qint64) { cancel = true; }, &cancel);
        CHECK_FALSE(r.ok());
        CHECK(QDir(store.folder()).entryList(QDir::Files | QDir::Hidden) == QStringList{blob->sha256});
    }
    SECTION("metadata rows need the file and keep text in NFC")
    {
        auto unit = UnitTable(*fx.file).add({u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So, true});
        AssessmentTable assessments(*fx.file);
        auto a = assessments.createScored(unit->id, 2025, *fx.set);
        EvidenceTable records(*fx.file);
        EvidenceDocument doc;
        doc.assessmentId = a->id;
        doc.sha256 = blob->sha256;
        doc.size = blob->size;
        doc.displayName = u"Kế hoạch CCHC.pdf"_s.normalized(QString::NormalizationForm_D);
        doc.number = u"12/KH-STC"_s;
        doc.issuedOn = QDate(2025, 1, 10);
        doc.summary = u"Kế hoạch cải cách hành chính năm 2025"_s;
        doc.items = {u"1.1.1"_s, u"1.1.2"_s};
        REQUIRE(records.add(doc, store).ok());
        const auto listed = records.forAssessment(a->id).value();
        REQUIRE(listed.size() == 1);
        CHECK(listed.first().displayName == u"Kế hoạch CCHC.pdf"_s);
        CHECK(listed.first().items == QStringList{u"1.1.1"_s, u"1.1.2"_s});
        CHECK(listed.first().issuedOn == QDate(2025, 1, 10));
        doc.sha256 = QString(64, u'0');
        CHECK(records.add(doc, store).error().contains(u"is not in the store"_s));
        CHECK(records.forAssessment(a->id).value().size() == 1);
    }
}

TEST_CASE("Interrupted evidence copies are swept", "[storage][evidence]")
{
    QTemporaryDir dir;
    EvidenceStore store(dir.path());
    test::writeFile(dir.filePath(u".incoming-abc123"_s), "partial");
    store.sweepTemporaries();
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    CHECK_FALSE(EvidenceStore::isValidName(u"../etc/passwd"_s));
}
