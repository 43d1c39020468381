#include "core/files/SafeFile.h"
#include "core/unit/UnitAssessment.h"
#include "support/Locks.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using test::runCli;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

// The "base unit": a unit file with one score, one document and a signing key.
struct BaseUnit
{
    QTemporaryDir dir;
    QString file = dir.filePath(u"U.parindex"_s);
    QString pass = dir.filePath(u"pass.txt"_s);
    QString doc = dir.filePath(u"plan.pdf"_s);

    BaseUnit()
    {
        REQUIRE(runCli({u"new-unit"_s, u"--file"_s, file, u"--code"_s, u"SO-TC"_s, u"--name"_s, u"Sở Tài chính"_s,
                        u"--group"_s, u"so"_s, u"--year"_s, u"2025"_s, u"--set"_s, u"hanoi-2025-so"_s})
                    .exitCode == 0);
        REQUIRE(runCli({u"score"_s, u"--file"_s, file, u"--item"_s, u"1.1.1"_s, u"--option"_s, u"1"_s}).exitCode == 0);
        test::writeFile(doc, "%PDF-1.4 plan");
        REQUIRE(runCli({u"attach"_s, u"--file"_s, file, u"--item"_s, u"1.1.1"_s, u"--doc"_s, doc}).exitCode == 0);
        test::writeFile(pass, "mật khẩu đủ dài\n");
        REQUIRE(runCli({u"keygen"_s, u"--file"_s, file, u"--passphrase-file"_s, pass, u"--public-out"_s,
                        dir.filePath(u"U.pub"_s)})
                    .exitCode == 0);
    }

    // The file still holds its score, its document and its key.
    void checkIntact() const
    {
        auto unit = UnitAssessment::open(file);
        REQUIRE(unit.ok());
        CHECK(unit.value()->stored(u"1.1.1"_s).input == ItemInput::ofOption(0));
        CHECK(unit.value()->evidence().size() == 1);
        const auto key = unit.value()->signingKey();
        REQUIRE(key.ok());
        CHECK(key.value().has_value());
    }
};

} // namespace

TEST_CASE("No output lands on a data file, its working files or its folders", "[safety][output]")
{
    BaseUnit u;
    const QString evidence = FileGuard::besideFolder(u.file, u".evidence"_s);
    REQUIRE(QDir(evidence).exists());
    const QString blob = QDir(evidence).entryInfoList(QDir::Files).first().absoluteFilePath();
    REQUIRE(QFile::link(u.file, u.dir.filePath(u"link.zip"_s)));
    REQUIRE(::link(QFile::encodeName(u.file).constData(),
                   QFile::encodeName(u.dir.filePath(u"hard.zip"_s)).constData()) == 0);
    const QString centre = u.dir.filePath(u"C.parindex"_s);
    REQUIRE(runCli({u"new-centre"_s, u"--file"_s, centre}).exitCode == 0);
    REQUIRE(QDir(u.dir.path()).mkdir(u"C.evidence"_s));
    const QByteArray centreBefore = fileHash(centre);
    const QByteArray blobBefore = fileHash(blob);

    const QStringList targets{u.file,
                              u.file + u"-wal"_s,
                              u.file + u".lock"_s,
                              evidence + u"/package.zip"_s,
                              blob,
                              u.dir.filePath(u"link.zip"_s),
                              u.dir.filePath(u"hard.zip"_s),
                              centre,
                              u.dir.filePath(u"C.evidence/x.pdf"_s)};
    for (const QString& target : targets) {
        INFO(target.toStdString());
        const auto exported =
            runCli({u"export"_s, u"--file"_s, u.file, u"--out"_s, target, u"--passphrase-file"_s, u.pass});
        INFO(exported.err.toStdString());
        CHECK(exported.exitCode == 1);
        CHECK(exported.err.contains(u"choose"_s, Qt::CaseInsensitive));
        const auto keygen = runCli({u"keygen"_s, u"--file"_s, u.file, u"--passphrase-file"_s, u.pass, u"--public-out"_s,
                                    target, u"--replace"_s});
        INFO(keygen.err.toStdString());
        CHECK(keygen.exitCode == 1);
        CHECK(keygen.err.contains(u"choose"_s, Qt::CaseInsensitive));
        const auto report = runCli({u"report"_s, u"self"_s, u"--file"_s, u.file, u"--out"_s, target});
        CHECK(report.exitCode == 1);
        CHECK(report.err.contains(u"choose"_s, Qt::CaseInsensitive));
    }
    u.checkIntact();
    CHECK(fileHash(centre) == centreBefore);
    CHECK(fileHash(blob) == blobBefore);
    // keygen refused before making a key: the first key is still the only one.
    auto unit = UnitAssessment::open(u.file);
    REQUIRE(unit.ok());
    CHECK(unit.value()->keyHistory().value().size() == 1);
    // A refused export used no version number.
    CHECK(unit.value()->lastExportedSequence().value() == 0);
    unit = Result<std::shared_ptr<UnitAssessment>>::failure({});

    // Elsewhere the same commands work.
    const auto fine = runCli(
        {u"export"_s, u"--file"_s, u.file, u"--out"_s, u.dir.filePath(u"pkg.zip"_s), u"--passphrase-file"_s, u.pass});
    INFO(fine.err.toStdString());
    CHECK(fine.exitCode == 0);
    CHECK(QDir(u.dir.path()).entryList({u"*.part"_s}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("Only regular documents are attached: no device, pipe, folder or data file", "[safety][evidence]")
{
    BaseUnit u;
    REQUIRE(::link(QFile::encodeName(u.file).constData(),
                   QFile::encodeName(u.dir.filePath(u"hard.pdf"_s)).constData()) == 0);
    REQUIRE(::mkfifo(QFile::encodeName(u.dir.filePath(u"pipe.pdf"_s)).constData(), 0600) == 0);
    QElapsedTimer timer;
    timer.start();
    for (const auto& [doc, reason] :
         {std::pair{u"/dev/zero"_s, u"not a regular file"_s},
          std::pair{u.dir.filePath(u"pipe.pdf"_s), u"not a regular file"_s},
          std::pair{u.dir.path(), u"not a regular file"_s}, std::pair{u.file, u"data file"_s},
          std::pair{u.file + u"-wal"_s, u"working file"_s}, std::pair{u.dir.filePath(u"hard.pdf"_s), u"data file"_s},
          std::pair{u.dir.filePath(u"missing.pdf"_s), u"does not exist"_s}}) {
        if (doc.endsWith(u"-wal"_s) && !QFile::exists(doc))
            test::writeFile(doc, "");
        const auto attached = runCli({u"attach"_s, u"--file"_s, u.file, u"--item"_s, u"1.1.2"_s, u"--doc"_s, doc});
        INFO(doc.toStdString() << ": " << attached.err.toStdString());
        CHECK(attached.exitCode == 1);
        CHECK(attached.err.contains(reason));
    }
    CHECK(timer.elapsed() < 60000); // /dev/zero was not read until the disk filled
    u.checkIntact();
}

TEST_CASE("In the process that holds a data file, another name of it is recognised without opening it",
          "[safety][output][lock]")
{
    BaseUnit u;
    auto unit = UnitAssessment::open(u.file);
    REQUIRE(unit.ok());
    REQUIRE(unit.value()->setInput(u"1.1.2"_s, ItemInput::ofOption(0)).ok());
    const QString hard = u.dir.filePath(u"copy-of-report.pdf"_s);
    REQUIRE(::link(QFile::encodeName(u.file).constData(), QFile::encodeName(hard).constData()) == 0);
    const QStringList locks = test::locksHeld(QCoreApplication::applicationPid(), u.file + u"-shm"_s);
    REQUIRE_FALSE(locks.isEmpty());

    CHECK(FileGuard::checkDocument(hard).error().contains(u"another name of the data file"_s));
    CHECK(FileGuard::checkOutput(hard).error().contains(u"another name of the data file"_s));
    CHECK(unit.value()->attach(hard, {}).error().contains(u"another name of the data file"_s));
    CHECK(unit.value()->exportPackage(SigningKey::generate().value(), hard).error().contains(u"another name"_s));
    // Reading it would have opened and closed a descriptor of the data file: SQLite's locks would be gone.
    CHECK(test::locksHeld(QCoreApplication::applicationPid(), u.file + u"-shm"_s) == locks);
}

TEST_CASE("A whole-file write appears complete or not at all", "[safety][output]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"out.txt"_s);
    test::writeFile(target, "old");
    {
        auto pending = PendingFile::create(target);
        REQUIRE(pending.ok());
        pending.value()->device()->write("new, but never committed");
    }
    CHECK(test::readFile(target) == "old");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"out.txt"_s});
    REQUIRE(writeWholeFile(target, "new").ok());
    CHECK(test::readFile(target) == "new");
    // Through a link, the file it names is replaced and the link stays.
    REQUIRE(QFile::link(target, dir.filePath(u"link.txt"_s)));
    REQUIRE(writeWholeFile(dir.filePath(u"link.txt"_s), "newer").ok());
    CHECK(QFileInfo(dir.filePath(u"link.txt"_s)).isSymLink());
    CHECK(test::readFile(target) == "newer");
    CHECK(writeWholeFile(dir.filePath(u"no-such-folder/x.txt"_s), "x").error().contains(u"does not exist"_s));
}

TEST_CASE("check finds a damaged or missing evidence copy; attaching the original again repairs it",
          "[safety][evidence]")
{
    BaseUnit u;
    const QString evidence = FileGuard::besideFolder(u.file, u".evidence"_s);
    const QString blob = QDir(evidence).entryInfoList(QDir::Files).first().absoluteFilePath();
    QFile::setPermissions(blob, QFile::ReadOwner | QFile::WriteOwner);
    test::writeFile(blob, "%PDF-1.4 plaN");
    const auto damaged = runCli({u"check"_s, u"--file"_s, u.file});
    CHECK(damaged.exitCode == 1);
    CHECK(damaged.out.contains(u"document \"plan.pdf\": its stored copy is damaged"_s));

    REQUIRE(runCli({u"attach"_s, u"--file"_s, u.file, u"--item"_s, u"1.1.1"_s, u"--doc"_s, u.doc}).exitCode == 0);
    CHECK(test::readFile(blob) == "%PDF-1.4 plan");
    CHECK_FALSE(runCli({u"check"_s, u"--file"_s, u.file}).out.contains(u"stored copy"_s));

    QFile::remove(blob);
    CHECK(runCli({u"check"_s, u"--file"_s, u.file}).out.contains(u"is missing from the evidence folder"_s));
}

TEST_CASE("backup copies a file open elsewhere; restoring is copying the backup in place", "[safety][backup]")
{
    BaseUnit u;
    const QString copy = u.dir.filePath(u"copy.parindex"_s);
    {
        auto open = UnitAssessment::open(u.file); // open "elsewhere" while the command line copies it
        REQUIRE(open.ok());
        REQUIRE(open.value()->setInput(u"1.1.2"_s, ItemInput::ofOption(0)).ok());
        const auto backup = runCli({u"backup"_s, u"--file"_s, u.file, u"--out"_s, copy});
        INFO(backup.err.toStdString());
        REQUIRE(backup.exitCode == 0);
        // Refused: over an existing data file, or onto the file itself.
        CHECK(runCli({u"backup"_s, u"--file"_s, u.file, u"--out"_s, copy}).err.contains(u"data file"_s));
        CHECK(runCli({u"backup"_s, u"--file"_s, u.file, u"--out"_s, u.file}).exitCode == 1);
    }
    // The original is damaged beyond opening; the copy goes in its place.
    QFile::remove(u.file + u"-wal"_s);
    QFile::remove(u.file + u"-shm"_s);
    test::writeFile(u.file, QByteArray(8192, 'x'));
    CHECK(runCli({u"check"_s, u"--file"_s, u.file}).err.contains(u"not a ParIndex data file"_s));
    QFile::remove(u.file);
    REQUIRE(QFile::copy(copy, u.file));
    u.checkIntact();
    auto restored = UnitAssessment::open(u.file);
    REQUIRE(restored.ok());
    CHECK(restored.value()->stored(u"1.1.2"_s).input == ItemInput::ofOption(0)); // the edit made while it was open
}

TEST_CASE("Commands meant for a centre leave a unit's file as it was", "[safety]")
{
    BaseUnit u;
    const QString csv = u.dir.filePath(u"results.csv"_s);
    test::writeFile(csv, "ma_don_vi;nhom;tham_dinh;dieu_tra;thuong\nSO-TC;so;60;20;0\n");
    const QByteArray before = fileHash(u.file);
    const auto r = runCli({u"import-results"_s, u"--file"_s, u.file, u"--year"_s, u"2024"_s, csv});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"unit's data file"_s));
    CHECK(runCli({u"units"_s, u"list"_s, u"--file"_s, u.file}).exitCode == 1);
    CHECK(fileHash(u.file) == before);
}

namespace {
// Runs `script` with sh in a private mount namespace (unshare -rm), where it may mount a small or
// read-only file system; "" when this machine does not allow it.
QString inMountNamespace(const QString& script, const QStringList& args)
{
    QProcess probe;
    probe.start(u"unshare"_s, {u"-rm"_s, u"true"_s});
    if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return {};
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"P"_s, QStringLiteral(PARINDEX_CLI));
    env.insert(u"LANGUAGE"_s, u"en"_s);
    p.setProcessEnvironment(env);
    p.start(u"unshare"_s, QStringList{u"-rm"_s, u"sh"_s, u"-c"_s, script, u"sh"_s} + args);
    REQUIRE(p.waitForFinished(120000));
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}
} // namespace

TEST_CASE("A full disk and a read-only disk are named as such, and nothing is half-written", "[safety][disk]")
{
    BaseUnit u;
    const QString big = u.dir.filePath(u"scan.pdf"_s);
    test::writeFile(big, "%PDF-1.4 " + QByteArray(600 * 1024, 'x'));
    REQUIRE(runCli({u"attach"_s, u"--file"_s, u.file, u"--item"_s, u"1.1.2"_s, u"--doc"_s, big}).exitCode == 0);
    const QString mnt = u.dir.filePath(u"disk"_s);
    REQUIRE(QDir().mkpath(mnt));

    // A disk with little room left: the package of 600 KiB cannot be written, nor a 600 KiB document.
    const QString full = inMountNamespace(uR"(set -u
mount -t tmpfs -o size=3m tmpfs "$1" || exit 3
cp -a "$2"/U.parindex "$2"/U.evidence "$2"/pass.txt "$2"/scan.pdf "$1"/ || exit 4
cd "$1"
dd if=/dev/zero of=fill bs=4k count=$(( ($(df -k --output=avail . | tail -1) - 200) / 4 )) 2>/dev/null
echo "== export"; out=$("$P" export --file U.parindex --out p.zip --passphrase-file pass.txt 2>&1); rc=$?
echo "$out" | grep -v warning; echo "rc=$rc"
ls -a
echo "== attach"; "$P" attach --file U.parindex --item 1.1.3 --doc scan.pdf --number 9 2>&1; echo "rc=$?"
rm -f fill; "$P" export --file U.parindex --out p.zip --passphrase-file pass.txt >/dev/null 2>&1; echo "after: rc=$?"
)"_s,
                                          {mnt, u.dir.path()});
    if (full.isEmpty()) {
        WARN("unshare -rm is not allowed here: the full-disk and read-only-disk cases were not run");
        return;
    }
    INFO(full.toStdString());
    const QString exportPart = full.section(u"== export"_s, 1).section(u"== attach"_s, 0, 0);
    CHECK(exportPart.contains(u"the disk is full"_s));
    CHECK(exportPart.contains(u"rc=1"_s));
    CHECK_FALSE(exportPart.contains(u"p.zip"_s.prepend(u'\n'))); // no package left behind
    CHECK_FALSE(exportPart.contains(u".part"_s));
    const QString attachPart = full.section(u"== attach"_s, 1);
    CHECK(attachPart.contains(u"the disk is full"_s));
    CHECK(attachPart.contains(u"rc=1"_s));
    CHECK(full.contains(u"after: rc=0"_s)); // with room again, the same file exports

    const QString readOnly = inMountNamespace(uR"(mount --bind "$2" "$1" && mount -o remount,ro,bind "$1" || exit 3
"$P" check --file "$1"/U.parindex; echo "rc=$?"
)"_s,
                                              {mnt, u.dir.path()});
    INFO(readOnly.toStdString());
    CHECK(readOnly.contains(u"is read-only"_s));
    CHECK(readOnly.contains(u"rc=1"_s));
    CHECK_FALSE(readOnly.contains(u"not a ParIndex data file"_s));
}

TEST_CASE("Passphrase files: a BOM and a line ending are not part of the passphrase; a NUL is refused",
          "[safety][crypto][cli]")
{
    BaseUnit u; // its key was made from "mật khẩu đủ dài\n"
    const QString withBom = u.dir.filePath(u"bom.txt"_s);
    test::writeFile(withBom, "\xEF\xBB\xBFm\xE1\xBA\xADt kh\xE1\xBA\xA9u \xC4\x91\xE1\xBB\xA7 d\xC3\xA0i\r\n");
    const auto exported = runCli(
        {u"export"_s, u"--file"_s, u.file, u"--out"_s, u.dir.filePath(u"p.zip"_s), u"--passphrase-file"_s, withBom});
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 0);
    const QString withNul = u.dir.filePath(u"nul.txt"_s);
    test::writeFile(withNul, QByteArray("abcd\0efgh\n", 10));
    const auto keygen = runCli({u"keygen"_s, u"--file"_s, u.file, u"--passphrase-file"_s, withNul, u"--public-out"_s,
                                u.dir.filePath(u"k2.pub"_s), u"--replace"_s});
    CHECK(keygen.exitCode == 1);
    CHECK(keygen.err.contains(u"NUL"_s));
    const QString shortOne = u.dir.filePath(u"short.txt"_s);
    test::writeFile(shortOne, "\xE1\xBA\xAF\xE1\xBA\xAF\xE1\xBA\xAF\n"); // ắắắ: 9 bytes, 3 characters
    CHECK(runCli({u"keygen"_s, u"--file"_s, u.file, u"--passphrase-file"_s, shortOne, u"--public-out"_s,
                  u.dir.filePath(u"k3.pub"_s), u"--replace"_s})
              .err.contains(u"at least 8 characters"_s));
}

TEST_CASE("A new unit file that fails to be made leaves nothing that blocks a retry", "[safety]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"U.parindex"_s);
    const auto refused =
        runCli({u"new-unit"_s, u"--file"_s, file, u"--code"_s, u"SO/../TC"_s, u"--name"_s, u"Sở Tài chính"_s,
                u"--group"_s, u"so"_s, u"--year"_s, u"2025"_s, u"--set"_s, u"hanoi-2025-so"_s});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"unit code"_s));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    const auto retried =
        runCli({u"new-unit"_s, u"--file"_s, file, u"--code"_s, u"SO-TC"_s, u"--name"_s, u"Sở Tài chính"_s, u"--group"_s,
                u"so"_s, u"--year"_s, u"2025"_s, u"--set"_s, u"hanoi-2025-so"_s});
    INFO(retried.err.toStdString());
    CHECK(retried.exitCode == 0);
}
