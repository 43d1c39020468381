#include "core/criteria/CriteriaCatalog.h"
#include "core/package/SubmissionWriter.h"
#include "core/unit/UnitAssessment.h"
#include "support/SetBuilder.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;

namespace {
// Reads one entry of a zip with Python's zipfile (independent of the code under test).
QByteArray zipEntry(const QString& zip, const QString& name)
{
    QProcess p;
    p.start(u"python3"_s,
            {u"-c"_s, u"import sys,zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"_s,
             zip, name});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}
QStringList zipNames(const QString& zip)
{
    QProcess p;
    p.start(
        u"python3"_s,
        {u"-c"_s,
         u"import sys,zipfile\nfor i in zipfile.ZipFile(sys.argv[1]).infolist(): print(i.filename, i.compress_type)"_s,
         zip});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(u'\n');
}
} // namespace

TEST_CASE("A submission package has the signed layout and its sequence rises", "[package]")
{
    QTemporaryDir dir;
    auto created = UnitAssessment::create(dir.filePath(u"U.parindex"_s), {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So},
                                          2025, CriteriaCatalog::shippedFor(2025, UnitGroup::So));
    REQUIRE(created.ok());
    UnitAssessment& unit = *created.value();
    REQUIRE(unit.setInput(u"1.1.1"_s, ItemInput::ofOption(0)).ok());
    const QString doc = dir.filePath(u"Kế hoạch.pdf"_s.normalized(QString::NormalizationForm_D));
    test::writeFile(doc, "%PDF kế hoạch");
    EvidenceDocument meta;
    meta.items = {u"1.1.1"_s};
    const auto id = unit.attach(doc, meta);
    REQUIRE(id.ok());
    auto key = SigningKey::generate();
    REQUIRE(key.ok());

    const QString first = dir.filePath(u"p1.zip"_s);
    const auto one = unit.exportPackage(key.value(), first);
    REQUIRE(one.ok());
    CHECK(one->sequence == 1);
    const QString sha = unit.evidence().first().sha256;
    CHECK(zipNames(first) == QStringList{u"manifest.json 8"_s, u"manifest.sig 0"_s, u"data/assessment.json 8"_s,
                                         u"blobs/"_s + sha + u" 0"_s});
    const QByteArray manifest = zipEntry(first, u"manifest.json"_s);
    const QJsonObject m = QJsonDocument::fromJson(manifest).object();
    CHECK(m[u"sequence"_s].toString() == u"1"_s);
    CHECK(m[u"previous_manifest_sha256"_s].isNull());
    CHECK(m[u"signer"_s].toObject()[u"key_id"_s].toString() == key->keyId());
    CHECK(m[u"evidence"_s].toArray().first().toObject()[u"display_name"_s].toString() == u"Kế hoạch.pdf"_s); // NFC
    CHECK(key->verify(package::signedMessage(manifest), zipEntry(first, u"manifest.sig"_s)));
    CHECK(zipEntry(first, u"blobs/"_s + sha) == "%PDF kế hoạch");
    CHECK_FALSE(manifest.contains("e+")); // no floats anywhere

    const auto two = unit.exportPackage(key.value(), dir.filePath(u"p2.zip"_s));
    REQUIRE(two.ok());
    CHECK(two->sequence == 2);
    const QJsonObject m2 = QJsonDocument::fromJson(zipEntry(dir.filePath(u"p2.zip"_s), u"manifest.json"_s)).object();
    CHECK(m2[u"previous_manifest_sha256"_s].toString() == one->manifestSha256);

    SECTION("a damaged evidence file is not sent, and nothing is left at the target")
    {
        const QString stored = unit.evidenceStore().pathFor(sha);
        QFile::setPermissions(stored, QFile::ReadOwner | QFile::WriteOwner);
        test::writeFile(stored, "%PDF kế hoạcH");
        const QString target = dir.filePath(u"p3.zip"_s);
        CHECK(unit.exportPackage(key.value(), target).error().contains(u"damaged"_s));
        CHECK_FALSE(QFile::exists(target));
        CHECK(QDir(dir.path()).entryList({u"p3*"_s}, QDir::Files | QDir::Hidden).isEmpty());
        // The failed export used up version 3 for good: a package written again is version 4, so
        // that no two packages can ever carry the same number (the centre would see a fork).
        test::writeFile(stored, "%PDF kế hoạch");
        CHECK(unit.exportPackage(key.value(), target)->sequence == 4);
    }
    SECTION("the version number is taken before signing: two exports at once never share one")
    {
        auto a = unit.beginExport(dir.filePath(u"a.zip"_s));
        auto b = unit.beginExport(dir.filePath(u"b.zip"_s));
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(a->job.manifest.sequence == 3);
        CHECK(b->job.manifest.sequence == 4);
        const auto writtenA = SubmissionWriter::write(a.value().job, key.value(), *a.value().file);
        const auto writtenB = SubmissionWriter::write(b.value().job, key.value(), *b.value().file);
        REQUIRE(writtenA.ok());
        REQUIRE(writtenB.ok());
        // Nothing is at either target until its export is recorded.
        CHECK_FALSE(QFile::exists(dir.filePath(u"a.zip"_s)));
        CHECK(unit.finishExport(b.value(), writtenB.value()).ok());
        CHECK(QFile::exists(dir.filePath(u"b.zip"_s)));
        // The older one is refused rather than recorded behind the newer one.
        CHECK(unit.finishExport(a.value(), writtenA.value()).error().contains(u"another export"_s));
        CHECK_FALSE(QFile::exists(dir.filePath(u"a.zip"_s)));
    }
    SECTION("a package that cannot be put in place is not left anywhere, and the retry is a new version")
    {
        const QString target = dir.filePath(u"p5.zip"_s);
        auto pending = unit.beginExport(target);
        REQUIRE(pending.ok());
        const auto written = SubmissionWriter::write(pending.value().job, key.value(), *pending.value().file);
        REQUIRE(written.ok());
        REQUIRE(QDir(dir.path()).mkdir(u"p5.zip"_s)); // the name is taken by a folder meanwhile
        const Status s = unit.finishExport(pending.value(), written.value());
        CHECK(s.error().contains(u"version 3 was signed but could not be put"_s));
        pending = Result<UnitAssessment::PendingExport>::failure({}); // drops the pending file
        CHECK(QDir(dir.path()).entryList({u"*.part"_s}, QDir::Files | QDir::Hidden).isEmpty());
        REQUIRE(QDir(dir.path()).rmdir(u"p5.zip"_s));
        CHECK(unit.exportPackage(key.value(), target)->sequence == 4);
    }
    SECTION("cancelling leaves nothing")
    {
        std::atomic_bool cancel{true};
        const QString target = dir.filePath(u"p4.zip"_s);
        CHECK_FALSE(unit.exportPackage(key.value(), target, {}, &cancel).ok());
        CHECK_FALSE(QFile::exists(target));
    }
    SECTION("a public key cannot sign")
    {
        const auto pub = SigningKey::fromPublicPem(key->publicPem());
        CHECK_FALSE(unit.exportPackage(pub.value(), dir.filePath(u"p5.zip"_s)).ok());
    }
}

TEST_CASE("The package format reads strictly: types, forms and every field", "[package]")
{
    package::Manifest m;
    m.packageId = u"6f1c2a9e-0000-4000-8000-000000000001"_s;
    m.unitCode = u"SO-TC"_s;
    m.unitName = u"Sở Tài chính"_s;
    m.year = 2025;
    m.setId = u"hanoi-2025-so"_s;
    m.setVersion = 1;
    m.setSha256 = QString(64, u'a');
    m.sequence = 3;
    m.created = QDateTime(QDate(2026, 1, 10), QTime(8, 0), Qt::UTC);
    m.appVersion = u"0.1.0"_s;
    m.dataSha256 = QString(64, u'b');
    m.dataSize = 1234;
    m.evidence.append({QString(64, u'c'), 42, u"application/pdf"_s, u"Kế hoạch.pdf"_s, {u"1.1.1"_s}});
    m.selfTotal = test::pts("61.5");
    m.signerAlgorithm = u"ed25519"_s;
    m.signerKeyId = u"sha256:"_s + QString(64, u'd');
    const QByteArray json = m.toJson();
    const auto back = package::Manifest::parse(json);
    REQUIRE(back.ok());
    CHECK(back->sequence == 3);
    CHECK(back->evidence.first().displayName == u"Kế hoạch.pdf"_s);
    CHECK(back->selfTotal == test::pts("61.5"));
    CHECK(back->previousManifestSha256.isEmpty());

    auto broken = [&](const QList<QVariant>& path, const QJsonValue& value) {
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        const auto r = package::Manifest::parse(QJsonDocument(test::with(o, path, value)).toJson());
        REQUIRE_FALSE(r.ok());
        return r.error();
    };
    CHECK(broken({u"sequence"_s}, 3) == u"sequence: a text is expected"_s);            // a number, not a string
    CHECK(broken({u"sequence"_s}, u"03"_s).startsWith(u"sequence: a whole number"_s)); // not its canonical form
    CHECK(broken({u"sequence"_s}, u"0"_s).startsWith(u"sequence: a whole number"_s));
    CHECK(broken({u"format_version"_s}, 2).startsWith(u"format_version: "_s));
    CHECK(broken({u"criteria_set"_s, u"sha256"_s}, u"ABC"_s).startsWith(u"criteria_set.sha256: "_s));
    CHECK(broken({u"evidence"_s, 0, u"path"_s}, u"blobs/../../etc/passwd"_s)
              .startsWith(u"evidence[0].path: must be blobs/"_s));
    CHECK(broken({u"evidence"_s, 0, u"size"_s}, 42.0).startsWith(u"evidence[0].size: "_s));
    CHECK(broken({u"unit"_s}, u"SO-TC"_s).startsWith(u"unit: an object is expected"_s));
    CHECK(broken({u"signer"_s, u"key_id"_s}, QJsonValue()).startsWith(u"signer.key_id: "_s));
    CHECK_FALSE(package::Manifest::parse("not json").ok());
    CHECK_FALSE(package::Manifest::parse("[1, 2]").ok());
}
