#include "core/criteria/CriteriaCatalog.h"
#include "core/files/FileLock.h"
#include "core/unit/UnitAssessment.h"
#include "support/Locks.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <signal.h>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;

namespace {
QString newUnitFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(u"U.parindex"_s);
    REQUIRE(UnitAssessment::create(path, {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So}, 2025,
                                   CriteriaCatalog::shippedFor(2025, UnitGroup::So))
                .ok());
    return path;
}
} // namespace

TEST_CASE("A data file open in one process is refused to every other, which deletes nothing", "[safety][lock]")
{
    QTemporaryDir dir;
    const QString path = newUnitFile(dir);
    auto unit = UnitAssessment::open(path);
    REQUIRE(unit.ok());
    REQUIRE(unit.value()->setInput(u"1.1.1"_s, ItemInput::ofOption(0)).ok());
    REQUIRE(QFile::exists(path + u"-wal"_s));
    REQUIRE(QFile::exists(path + u"-shm"_s));
    const QStringList locks = test::locksHeld(QCoreApplication::applicationPid(), path + u"-shm"_s);
    REQUIRE_FALSE(locks.isEmpty());

    // Another process — the command line here, a second window alike — is refused with who holds the file.
    const auto check = test::runCli({u"check"_s, u"--file"_s, path});
    CHECK(check.exitCode == 1);
    CHECK(check.err.contains(u"is already open in"_s));
    CHECK(check.err.contains(u"process %1"_s.arg(QCoreApplication::applicationPid())));
    const auto key = test::runCli(
        {u"keygen"_s, u"--file"_s, path, u"--passphrase-file"_s, path, u"--public-out"_s, dir.filePath(u"k.pub"_s)});
    CHECK(key.exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(u"k.pub"_s)));
    // In this process too: one opening at a time.
    CHECK(UnitAssessment::open(path).error().contains(u"is already open in"_s));

    // Nothing of the open file was touched: its log, its shared memory, its locks, its edits.
    CHECK(QFile::exists(path + u"-wal"_s));
    CHECK(QFile::exists(path + u"-shm"_s));
    CHECK(test::locksHeld(QCoreApplication::applicationPid(), path + u"-shm"_s) == locks);
    REQUIRE(unit.value()->setInput(u"1.1.2"_s, ItemInput::ofOption(0)).ok());
    unit = Result<std::shared_ptr<UnitAssessment>>::failure(QString()); // closed
    CHECK_FALSE(QFile::exists(FileLock::lockPath(path)));

    // Closed, the file opens elsewhere, with both edits.
    const auto after = test::runCli({u"check"_s, u"--file"_s, path});
    CHECK(after.err.isEmpty());
    auto reopened = UnitAssessment::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->stored(u"1.1.1"_s).input == ItemInput::ofOption(0));
    CHECK(reopened.value()->stored(u"1.1.2"_s).input == ItemInput::ofOption(0));
}

TEST_CASE("A lock left by a process that was killed is taken over", "[safety][lock]")
{
    QTemporaryDir dir;
    const QString path = newUnitFile(dir);
    QProcess writer;
    writer.start(QStringLiteral(PARINDEX_CRASH_WRITER), {path, u"7"_s, dir.filePath(u"scratch.pdf"_s)});
    REQUIRE(writer.waitForStarted());
    REQUIRE(writer.waitForReadyRead(20000));
    REQUIRE(writer.readLine().startsWith("ready"));
    CHECK(UnitAssessment::open(path).error().contains(u"is already open in"_s)); // while it runs
    ::kill(pid_t(writer.processId()), SIGKILL);
    REQUIRE(writer.waitForFinished(10000));
    REQUIRE(QFile::exists(FileLock::lockPath(path))); // left behind by the dead process
    auto opened = UnitAssessment::open(path);
    INFO((opened.ok() ? std::string() : opened.error().toStdString()));
    CHECK(opened.ok());
}
