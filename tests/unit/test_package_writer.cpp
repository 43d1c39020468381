#include "support/TestSupport.h"

#include "criteria/CriteriaCatalog.h"
#include "package/SubmissionWriter.h"
#include "unit/UnitAssessment.h"

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
    p.start(u"python3"_s, {u"-c"_s, u"import sys,zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"_s,
                           zip, name});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}
QStringList zipNames(const QString& zip)
{
    QProcess p;
    p.start(u"python3"_s, {u"-c"_s, u"import sys,zipfile\nfor i in zipfile.ZipFile(sys.argv[1]).infolist(): print(i.filename, i.compress_type)"_s, zip});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(u'\n');
}
} // namespace

TEST_CASE("A submission package has the signed layout and its sequence rises", "[package]")
{
    QTemporaryDir dir;
    auto created = UnitAssessment::create(dir.filePath(u"U.parindex"_s), {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So}, 2025,
                                          CriteriaCatalog::shippedFor(2025, UnitGroup::So));
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
    const auto one = SubmissionWriter::write(unit, key.value(), first);
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
    CHECK(key->verify(SubmissionWriter::signedMessage(manifest), zipEntry(first, u"manifest.sig"_s)));
    CHECK(zipEntry(first, u"blobs/"_s + sha) == "%PDF kế hoạch");
    CHECK_FALSE(manifest.contains("e+")); // no floats anywhere

    const auto two = SubmissionWriter::write(unit, key.value(), dir.filePath(u"p2.zip"_s));
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
        CHECK(SubmissionWriter::write(unit, key.value(), target).error().contains(u"damaged"_s));
        CHECK_FALSE(QFile::exists(target));
        CHECK(QDir(dir.path()).entryList({u"p3*"_s}, QDir::Files | QDir::Hidden).isEmpty());
        // The sequence did not move.
        test::writeFile(stored, "%PDF kế hoạch");
        CHECK(SubmissionWriter::write(unit, key.value(), target)->sequence == 3);
    }
    SECTION("cancelling leaves nothing")
    {
        std::atomic_bool cancel{true};
        const QString target = dir.filePath(u"p4.zip"_s);
        CHECK_FALSE(SubmissionWriter::write(unit, key.value(), target, {}, &cancel).ok());
        CHECK_FALSE(QFile::exists(target));
    }
    SECTION("a public key cannot sign")
    {
        const auto pub = SigningKey::fromPublicPem(key->publicPem());
        CHECK_FALSE(SubmissionWriter::write(unit, pub.value(), dir.filePath(u"p5.zip"_s)).ok());
    }
}
