#include "core/centre/Centre.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/criteria/CriteriaLoader.h"
#include "core/package/SubmissionReader.h"
#include "core/package/SubmissionWriter.h"
#include "core/unit/UnitAssessment.h"
#include "support/SetBuilder.h"
#include "support/TestSupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using Kind = ImportOutcome::Kind;

namespace {

struct World
{
    QTemporaryDir dir;
    std::shared_ptr<Centre> centre;
    std::shared_ptr<UnitAssessment> unit;
    SigningKey key;

    World()
    {
        QDir().mkpath(dir.filePath(u"centre"_s));
        auto c = Centre::create(dir.filePath(u"centre/C.parindex"_s));
        REQUIRE(c.ok());
        centre = c.value();
        QDir().mkpath(dir.filePath(u"unit"_s));
        auto u =
            UnitAssessment::create(dir.filePath(u"unit/U.parindex"_s), {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So},
                                   2025, CriteriaCatalog::shippedFor(2025, UnitGroup::So));
        REQUIRE(u.ok());
        unit = u.value();
        REQUIRE(unit->setInput(u"1.1.1"_s, ItemInput::ofOption(0)).ok());
        attach(u"Kế hoạch CCHC.pdf"_s.normalized(QString::NormalizationForm_D), "%PDF kế hoạch", u"1.1.1"_s);
        attach(u"Báo cáo.pdf"_s, "%PDF báo cáo", u"1.2.1"_s);
        key = SigningKey::generate().value();
        REQUIRE(centre->addUnit({u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So, true}).ok());
        REQUIRE(centre->enrolKey(u"SO-TC"_s, Centre::readPublicKey(key.publicPem()).value()).ok());
    }
    void attach(const QString& name, const QByteArray& bytes, const QString& item)
    {
        const QString path = dir.filePath(u"unit/"_s + name);
        test::writeFile(path, bytes);
        EvidenceDocument d;
        d.items = {item};
        REQUIRE(unit->attach(path, d).ok());
    }
    QString exportPackage(const QString& name, UnitAssessment* from = nullptr, const SigningKey* with = nullptr)
    {
        const QString path = dir.filePath(name);
        REQUIRE((from ? *from : *unit).exportPackage(with ? *with : key, path).ok());
        return path;
    }
    ImportOutcome import(const QString& path, ImportLimits limits = {})
    {
        auto reader = centre->reader(limits);
        REQUIRE(reader.ok());
        return centre->accept(reader->verify(path));
    }
    int rows(const char* table) const { return test::countRows(centre->path(), QString::fromLatin1(table)); }
    QStringList filesOnDisk() const
    {
        QStringList out;
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (!f.contains(u"/hostile/"_s) && !f.endsWith(u"-wal"_s) && !f.endsWith(u"-shm"_s))
                out.append(f);
        }
        out.sort();
        return out;
    }
};

// What the unit would sign now, its version number taken as by a real export.
ExportJob exportJob(World& w)
{
    auto begun = w.unit->beginExport(w.dir.filePath(u"not-written.zip"_s));
    REQUIRE(begun.ok());
    return begun.value().job;
}

void writePackage(const ExportJob& job, const SigningKey& key, const QString& path)
{
    auto file = PendingFile::create(path);
    REQUIRE(file.ok());
    REQUIRE(SubmissionWriter::write(job, key, *file.value()).ok());
    REQUIRE(file.value()->commit().ok());
}

} // namespace

TEST_CASE("Every hostile package is rejected whole, naming its rule, leaving nothing behind", "[package][hostile]")
{
    World w;
    const QString valid = w.exportPackage(u"valid.zip"_s);
    const QString hostile = w.dir.filePath(u"hostile"_s);
    QProcess gen;
    gen.start(u"python3"_s, {test::sourcePath(u"tests/tools/make_hostile_packages.py"_s), valid, hostile});
    REQUIRE(gen.waitForFinished(120000));
    INFO(gen.readAllStandardError().toStdString());
    REQUIRE(gen.exitCode() == 0);
    const QList<QByteArray> cases = test::readFile(hostile + u"/cases.tsv"_s).trimmed().split('\n');
    REQUIRE(cases.size() >= 35);

    const QStringList before = w.filesOnDisk();
    const int submissions = w.rows("submissions");
    const int evidence = w.rows("submission_evidence");
    const int audit = w.rows("audit_log");
    for (const QByteArray& line : cases) {
        const QString file = QString::fromUtf8(line.split('\t').at(0));
        const QString rule = QString::fromUtf8(line.split('\t').at(1));
        QElapsedTimer timer;
        timer.start();
        const ImportOutcome outcome = w.import(hostile + u'/' + file);
        INFO(file.toStdString() << ": " << outcome.text().toStdString());
        CHECK(outcome.kind == Kind::Rejected);
        CHECK(outcome.text().contains(rule, Qt::CaseInsensitive));
        CHECK(timer.elapsed() < 10000); // bombs and giants are refused without being read
        CHECK(w.rows("submissions") == submissions);
        CHECK(w.rows("submission_evidence") == evidence);
        CHECK(w.rows("audit_log") == audit);
        CHECK_FALSE(QDir(w.centre->stagingFolder()).exists());
        CHECK(w.filesOnDisk() == before);
    }
    // The command line says the same, one line per package, and fails.
    const QString centrePath = w.centre->path();
    w.centre.reset(); // a data file is open in one process at a time
    const auto cli = test::runCli({u"import"_s, u"--file"_s, centrePath, hostile});
    CHECK(cli.exitCode == 1);
    CHECK(cli.out.count(u": rejected: "_s) == cases.size());
    w.centre = Centre::open(centrePath).value();
    CHECK(w.rows("submissions") == submissions);
    // The valid package itself still goes in.
    CHECK(w.import(valid).kind == Kind::Accepted);
}

TEST_CASE("Round trip, re-import, resubmission, rollback and fork", "[package]")
{
    World w;
    const QString first = w.exportPackage(u"v1.zip"_s);
    const ImportOutcome accepted = w.import(first);
    INFO(accepted.text().toStdString());
    REQUIRE(accepted.kind == Kind::Accepted);
    CHECK(accepted.unitCode == u"SO-TC"_s);
    CHECK(accepted.sequence == 1);
    CHECK(w.rows("submissions") == 1);
    CHECK(w.rows("submission_evidence") == 2);
    for (const EvidenceDocument& d : w.unit->evidence())
        CHECK(QFile::exists(w.centre->evidenceFolder() + u'/' + d.sha256));

    CHECK(w.import(first).kind == Kind::AlreadyImported); // idempotent
    CHECK(w.rows("submissions") == 1);

    // A resubmission is a new version; the old one stays for the audit.
    REQUIRE(w.unit->setInput(u"1.1.2"_s, ItemInput::ofOption(0)).ok());
    const QString second = w.exportPackage(u"v2.zip"_s);
    CHECK(w.import(second).kind == Kind::Accepted);
    CHECK(w.rows("submissions") == 2);
    // Rolling back to version 1 is refused.
    const ImportOutcome rollback = w.import(first);
    CHECK(rollback.kind == Kind::Rejected);
    CHECK(rollback.text().contains(u"older than the accepted version 2"_s));

    // A fork: another package with the same number (a copy of the file exported twice).
    QFile::copy(w.unit->path(), w.dir.filePath(u"unit/copy.parindex"_s));
    QFile::copy(w.unit->path() + u"-wal"_s, w.dir.filePath(u"unit/copy.parindex-wal"_s)); // the live log too
    QDir().mkpath(w.dir.filePath(u"unit/copy.evidence"_s));
    for (const QString& f : QDir(w.unit->evidenceStore().folder()).entryList(QDir::Files))
        QFile::copy(w.unit->evidenceStore().folder() + u'/' + f, w.dir.filePath(u"unit/copy.evidence/"_s) + f);
    auto copy = UnitAssessment::open(w.dir.filePath(u"unit/copy.parindex"_s));
    REQUIRE(copy.ok());
    const QString third = w.exportPackage(u"v3.zip"_s);
    REQUIRE(w.import(third).kind == Kind::Accepted);
    REQUIRE(copy.value()->setInput(u"1.1.3"_s, ItemInput::ofRatio(test::pts("1"), test::pts("2"))).ok());
    const QString fork = w.exportPackage(u"fork.zip"_s, copy.value().get());
    const ImportOutcome forked = w.import(fork);
    CHECK(forked.kind == Kind::Rejected);
    CHECK(forked.rule == u"fork"_s);
    CHECK(w.rows("submission_alerts") == 1);
    CHECK(w.rows("submissions") == 3);
}

TEST_CASE("Too little disk space: rejected before anything is written", "[package][hostile]")
{
    World w;
    ImportLimits limits;
    limits.spareDisk = qint64(1) << 60; // more than any disk has
    const QStringList before = w.filesOnDisk();
    const ImportOutcome r = w.import(w.exportPackage(u"p.zip"_s), limits);
    CHECK(r.kind == Kind::Rejected);
    CHECK(r.rule == u"low disk space"_s);
    CHECK(w.rows("submissions") == 0);
    CHECK_FALSE(QDir(w.centre->stagingFolder()).exists());
    QStringList after = w.filesOnDisk();
    after.removeAll(w.dir.filePath(u"p.zip"_s));
    CHECK(after == before);
}

TEST_CASE("Signers: another unit's key, a revoked key, an unknown key, an unknown set", "[package]")
{
    World w;

    SECTION("a key of unit B never validates a package claiming unit A")
    {
        REQUIRE(w.centre->addUnit({u"SO-TP"_s, u"Sở Tư pháp"_s, UnitGroup::So, true}).ok());
        const SigningKey bKey = SigningKey::generate().value();
        REQUIRE(w.centre->enrolKey(u"SO-TP"_s, Centre::readPublicKey(bKey.publicPem()).value()).ok());
        const ImportOutcome r = w.import(w.exportPackage(u"claims-a.zip"_s, nullptr, &bKey));
        CHECK(r.kind == Kind::Rejected);
        CHECK(r.rule == u"signer is not this unit"_s);
    }
    SECTION("a revoked key")
    {
        REQUIRE(w.centre->revokeKeys(u"SO-TC"_s).value() == 1);
        CHECK(w.import(w.exportPackage(u"revoked.zip"_s)).rule == u"revoked key"_s);
    }
    SECTION("a key nobody enrolled")
    {
        const SigningKey stranger = SigningKey::generate().value();
        CHECK(w.import(w.exportPackage(u"stranger.zip"_s, nullptr, &stranger)).rule == u"signature"_s);
    }
    SECTION("a criteria set the centre does not know")
    {
        const auto own = CriteriaLoader::loadBytes(test::toBytes(test::smallSet()));
        QDir().mkpath(w.dir.filePath(u"other"_s));
        auto other = UnitAssessment::create(w.dir.filePath(u"other/O.parindex"_s),
                                            {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So}, 2025, own.set);
        REQUIRE(other.ok());
        const QString pkg = w.exportPackage(u"unknown-set.zip"_s, other.value().get());
        CHECK(w.import(pkg).rule == u"unknown year or criteria set"_s);
        // Once the centre imports the set, the same package is accepted.
        const QString setFile = w.dir.filePath(u"set.json"_s);
        test::writeFile(setFile, test::toBytes(test::smallSet()));
        const QString centrePath = w.centre->path();
        // While the centre is open here, the command line is refused, saying where it is open.
        const auto refused = test::runCli({u"sets"_s, u"import"_s, u"--file"_s, centrePath, setFile});
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(u"is already open in"_s));
        w.centre.reset();
        const auto imported = test::runCli({u"sets"_s, u"import"_s, u"--file"_s, centrePath, setFile});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        w.centre = Centre::open(centrePath).value();
        CHECK(w.import(pkg).kind == Kind::Accepted);
        return;
    }
    CHECK(w.rows("submissions") == 0);
}

TEST_CASE("A validly signed package whose data contradicts its manifest or its set is rejected", "[package][hostile]")
{
    World w;
    const auto job = exportJob(w);
    auto written = [&](const QString& name, const QByteArray& data) {
        ExportJob j = job;
        j.data = data;
        const QString path = w.dir.filePath(name);
        writePackage(j, w.key, path);
        return path;
    };
    const QByteArray data = job.data;
    QByteArray otherUnit = data;
    otherUnit.replace("\"code\":\"SO-TC\"", "\"code\":\"SO-TP\"");
    QByteArray unknownItem = data;
    unknownItem.replace("\"item\":\"1.1.1\"", "\"item\":\"9.9.9\"");
    QByteArray badInput = data;
    badInput.replace("\"input\":\"option:1\"", "\"input\":\"option:0.5\"");
    QByteArray notJson = "{\"unit\": ";
    for (const auto& [name, bytes, expected] :
         {std::tuple{u"other-unit.zip"_s, otherUnit, u"another unit, year or criteria set"_s},
          std::tuple{u"unknown-item.zip"_s, unknownItem, u"no scored item 9.9.9"_s},
          std::tuple{u"bad-input.zip"_s, badInput, u"is not a score"_s},
          std::tuple{u"not-json.zip"_s, notJson, u"not valid JSON"_s}}) {
        REQUIRE(bytes != data);
        const ImportOutcome r = w.import(written(name, bytes));
        INFO(name.toStdString() << ": " << r.text().toStdString());
        CHECK(r.kind == Kind::Rejected);
        CHECK(r.rule == u"data"_s);
        CHECK(r.detail.contains(expected));
    }
    CHECK(w.rows("submissions") == 0);
    CHECK_FALSE(QDir(w.centre->stagingFolder()).exists());
    // The same job untouched goes in.
    CHECK(w.import(written(u"good.zip"_s, data)).kind == Kind::Accepted);
}

TEST_CASE("What a valid signature vouches for is checked: points, totals, round, items, documents, keys",
          "[package][hostile]")
{
    World w;
    const auto job = exportJob(w);
    const auto original = package::SubmissionData::parse(job.data);
    REQUIRE(original.ok());
    const CriteriaSet& set = w.unit->set();
    auto written = [&](const QString& name, const QByteArray& data,
                       const std::function<void(package::Manifest&)>& edit) {
        ExportJob j = job;
        j.data = data;
        if (edit)
            edit(j.manifest);
        const QString path = w.dir.filePath(name);
        writePackage(j, w.key, path);
        return path;
    };
    auto withData = [&](const std::function<void(package::SubmissionData&)>& edit) {
        package::SubmissionData d = original.value();
        edit(d);
        return d.toJson();
    };
    const CriteriaNode* survey = nullptr;
    for (const CriteriaNode* leaf : set.leaves()) {
        if (leaf->isSurvey() && !survey)
            survey = leaf;
    }
    REQUIRE(survey);
    QByteArray twiceKey = job.data;
    twiceKey.replace("\"year\":2025", "\"year\":2025,\"year\":2025");
    REQUIRE(twiceKey != job.data);

    struct Case
    {
        QString name;
        QByteArray data;
        std::function<void(package::Manifest&)> manifest;
        QString rule;
        QString detail;
    };
    const QList<Case> cases = {
        {u"points.zip"_s,
         withData([](auto& d) { d.scores[0].points = test::pts("999"); }),
         {},
         u"data"_s,
         u"do not follow from the input"_s},
        {u"survey.zip"_s,
         withData([&](auto& d) {
             d.scores.append({survey->code, ItemInput::ofSurvey(survey->max), QString(), survey->max});
         }),
         {},
         u"data"_s,
         u"scored by the survey"_s},
        {u"twice.zip"_s,
         withData([](auto& d) { d.scores.append(d.scores.first()); }),
         {},
         u"data"_s,
         u"scored twice"_s},
        {u"year.zip"_s, withData([](auto& d) { d.year = 2019; }), {}, u"data"_s, u"another unit, year"_s},
        {u"ghost-document.zip"_s,
         withData([](auto& d) {
             d.documents.append({QString(64, u'e'), u"Ma.pdf"_s, {}, {}, {}, {u"1.1.1"_s}});
         }),
         {},
         u"data"_s,
         u"has no file in the package"_s},
        {u"duplicate-key.zip"_s, twiceKey, {}, u"data"_s, u"appears twice"_s},
        {u"totals.zip"_s, job.data,
         [](package::Manifest& m) {
             m.selfTotal = test::pts("1000");
             m.selfPossible = test::pts("1");
         },
         u"manifest"_s, u"do not follow from the scores"_s},
        {u"round.zip"_s, job.data, [](package::Manifest& m) { m.round = u"appraisal"_s; }, u"manifest"_s,
         u"unknown round"_s},
        {u"far-ahead.zip"_s, job.data, [](package::Manifest& m) { m.sequence = std::numeric_limits<qint64>::max(); },
         u"manifest"_s, u"jumps more than 1000"_s},
    };
    for (const Case& c : cases) {
        const ImportOutcome r = w.import(written(c.name, c.data, c.manifest));
        INFO(c.name.toStdString() << ": " << r.text().toStdString());
        CHECK(r.kind == Kind::Rejected);
        CHECK(r.rule == c.rule);
        CHECK(r.detail.contains(c.detail));
    }
    CHECK(w.rows("submissions") == 0);

    SECTION("a version accepted by mistake is withdrawn: the previous is in force again, the same package never again")
    {
        // Within the allowed jump, yet far ahead of what the unit will send next.
        const QString ahead = written(u"ahead.zip"_s, job.data, [](package::Manifest& m) { m.sequence = 600; });
        REQUIRE(w.import(ahead).kind == Kind::Accepted);
        const QString honest = w.exportPackage(u"honest.zip"_s); // sequence 1
        CHECK(w.import(honest).text().contains(u"older than the accepted version 600"_s));
        const auto inbox = w.centre->inbox(2025).value();
        const SubmissionVersion bad = inbox.first().versions.first();
        REQUIRE(bad.sequence == 600);
        CHECK(w.centre->withdrawSubmission(bad.id, u"  "_s).error().contains(u"say why"_s));
        REQUIRE(w.centre->withdrawSubmission(bad.id, u"Số thứ tự sai, đơn vị xác nhận không gửi"_s).ok());
        CHECK(w.rows("submissions") == 0);
        CHECK(w.rows("withdrawn_submissions") == 1);
        CHECK(w.import(honest).kind == Kind::Accepted);
        const ImportOutcome replay = w.import(ahead);
        CHECK(replay.kind == Kind::Rejected);
        CHECK(replay.rule == u"withdrawn"_s);
    }
}

TEST_CASE("A damaged evidence copy at the centre is replaced by the good bytes of a resubmission",
          "[package][evidence]")
{
    World w;
    REQUIRE(w.import(w.exportPackage(u"v1.zip"_s)).kind == Kind::Accepted);
    const QString sha = w.unit->evidence().first().sha256;
    EvidenceStore store(w.centre->evidenceFolder());
    const QString stored = store.pathFor(sha);
    QFile::setPermissions(stored, QFile::ReadOwner | QFile::WriteOwner);
    test::writeFile(stored, "damaged on disk");
    REQUIRE(store.verify(sha) == EvidenceStore::Integrity::Damaged);
    REQUIRE(w.unit->setInput(u"1.1.2"_s, ItemInput::ofOption(0)).ok());
    REQUIRE(w.import(w.exportPackage(u"v2.zip"_s)).kind == Kind::Accepted);
    CHECK(store.verify(sha) == EvidenceStore::Integrity::Intact);
}

TEST_CASE("A link in place of the staging folder is never followed, neither to stage nor to sweep",
          "[package][hostile][staging]")
{
    World w;
    const QString victim = w.dir.filePath(u"victim"_s);
    REQUIRE(QDir().mkpath(victim));
    test::writeFile(victim + u"/keep.txt"_s, "precious");
    const QString staging = w.centre->stagingFolder();
    REQUIRE_FALSE(QFileInfo::exists(staging));
    REQUIRE(QFile::link(victim, staging));

    const ImportOutcome r = w.import(w.exportPackage(u"v1.zip"_s));
    CHECK(r.kind == Kind::Rejected);
    CHECK(r.detail.contains(u"is a link or a file"_s));
    CHECK(test::readFile(victim + u"/keep.txt"_s) == "precious");
    CHECK(QDir(victim).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot) == QStringList{u"keep.txt"_s});

    // Opening the centre again sweeps the staging name: the link goes, what it pointed to stays.
    const QString path = w.centre->path();
    w.centre.reset();
    auto reopened = Centre::open(path);
    REQUIRE(reopened.ok());
    CHECK_FALSE(QFileInfo(staging).isSymLink());
    CHECK(test::readFile(victim + u"/keep.txt"_s) == "precious");
    w.centre = reopened.value();
    CHECK(w.import(w.exportPackage(u"v2.zip"_s)).kind == Kind::Accepted);
}
