#include "core/centre/Centre.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/crypto/Sha256.h"
#include "core/crypto/SigningKey.h"
#include "core/unit/UnitAssessment.h"
#include "support/TestSupport.h"

#include <QProcess>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;

TEST_CASE("Ed25519 keys sign, verify and travel as standard PEM", "[crypto]")
{
    auto key = SigningKey::generate();
    REQUIRE(key.ok());
    CHECK(key->rawPublicKey().size() == 32);
    CHECK(key->keyId() == u"sha256:"_s + Sha256::hexHash(key->rawPublicKey()));
    const QByteArray message = QByteArray("parindex/submission/v1") + '\0' + "{\"sequence\":1}";
    const auto signature = key->sign(message);
    REQUIRE(signature.ok());
    CHECK(signature->size() == 64);
    CHECK(key->verify(message, signature.value()));
    CHECK_FALSE(key->verify(message + ' ', signature.value()));
    QByteArray flipped = signature.value();
    flipped[10] = char(flipped[10] ^ 1);
    CHECK_FALSE(key->verify(message, flipped));

    const auto publicOnly = SigningKey::fromPublicPem(key->publicPem());
    REQUIRE(publicOnly.ok());
    CHECK(publicOnly->keyId() == key->keyId());
    CHECK(publicOnly->verify(message, signature.value()));
    CHECK_FALSE(publicOnly->hasPrivateKey());
    CHECK_FALSE(publicOnly->sign(message).ok());

    SECTION("the private key is encrypted with the passphrase")
    {
        CHECK_FALSE(key->encryptedPrivatePem("short").ok());
        const auto pem = key->encryptedPrivatePem("mật khẩu dài 2025");
        REQUIRE(pem.ok());
        CHECK(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        const auto back = SigningKey::fromEncryptedPem(pem.value(), "mật khẩu dài 2025");
        REQUIRE(back.ok());
        CHECK(back->keyId() == key->keyId());
        CHECK(back->verify(message, back->sign(message).value()));
        CHECK(SigningKey::fromEncryptedPem(pem.value(), "wrong passphrase").error().contains(u"wrong passphrase"_s));
    }
    SECTION("a moved key leaves nothing behind")
    {
        SigningKey moved = std::move(key.value());
        CHECK(moved.isValid());
        CHECK_FALSE(key->isValid());
    }
    SECTION("the openssl command line checks our signatures")
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(u"k.pub"_s), key->publicPem());
        test::writeFile(dir.filePath(u"msg"_s), message);
        test::writeFile(dir.filePath(u"sig"_s), signature.value());
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"pkeyutl"_s, u"-verify"_s, u"-pubin"_s, u"-inkey"_s, dir.filePath(u"k.pub"_s), u"-rawin"_s,
                       u"-in"_s, dir.filePath(u"msg"_s), u"-sigfile"_s, dir.filePath(u"sig"_s)});
        REQUIRE(openssl.waitForFinished(30000));
        INFO(openssl.readAllStandardError().toStdString());
        CHECK(openssl.exitCode() == 0);
        CHECK(openssl.readAllStandardOutput().contains("Signature Verified Successfully"));
    }
}

TEST_CASE("Keys of other kinds and damaged files are refused", "[crypto]")
{
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s});
    REQUIRE(openssl.waitForFinished(30000));
    const QByteArray ecPrivate = openssl.readAllStandardOutput();
    QProcess pub;
    pub.start(u"openssl"_s, {u"pkey"_s, u"-pubout"_s});
    REQUIRE(pub.waitForStarted());
    pub.write(ecPrivate);
    pub.closeWriteChannel();
    REQUIRE(pub.waitForFinished(30000));
    CHECK(SigningKey::fromPublicPem(pub.readAllStandardOutput()).error().contains(u"not an Ed25519 key"_s));
    CHECK_FALSE(SigningKey::fromPublicPem("-----BEGIN PUBLIC KEY-----\ngarbage\n-----END PUBLIC KEY-----\n").ok());
    CHECK_FALSE(SigningKey::fromPublicPem(QByteArray()).ok());
}

TEST_CASE("The centre enrols one key per unit and revokes keys", "[crypto][storage]")
{
    QTemporaryDir dir;
    auto created = Centre::create(dir.filePath(u"c.parindex"_s));
    REQUIRE(created.ok());
    Centre& centre = *created.value();
    REQUIRE(centre.addUnit({u"A"_s, u"Sở A"_s, UnitGroup::So, true}).ok());
    REQUIRE(centre.addUnit({u"B"_s, u"Sở B"_s, UnitGroup::So, true}).ok());
    REQUIRE(centre.addUnit({u"C"_s, u"Sở C"_s, UnitGroup::So, true}).ok());
    auto ka = SigningKey::generate();
    auto ka2 = SigningKey::generate();
    auto kc = SigningKey::generate();
    REQUIRE(centre.enrolKey(u"A"_s, ka.value()).ok());
    CHECK(centre.enrolKey(u"A"_s, ka.value()).error().contains(u"already enrolled"_s));
    CHECK(centre.enrolKey(u"B"_s, ka.value()).error().contains(u"another unit"_s)); // B can never sign as A
    REQUIRE(centre.enrolKey(u"A"_s, ka2.value()).ok());
    CHECK(centre.revokeKeys(u"A"_s, ka->keyId()).value() == 1);
    const auto afterOne = centre.keys(u"A"_s).value();
    REQUIRE(afterOne.size() == 2);
    CHECK_FALSE(afterOne.at(0).active());
    CHECK(afterOne.at(1).active());
    CHECK(centre.enrolKey(u"A"_s, ka.value()).error().contains(u"revoked"_s));
    // A key revoked for one unit is never enrolled for another either.
    CHECK(centre.enrolKey(u"B"_s, ka.value()).error().contains(u"revoked for another unit"_s));
    CHECK(centre.keys(u"B"_s).value().isEmpty());
    CHECK(centre.revokeKeys(u"A"_s).value() == 1); // all that were still in force
    CHECK(centre.revokeKeys(u"A"_s).value() == 0);
    const auto afterAll = centre.keys(u"A"_s).value();
    CHECK(afterAll.size() == 2);
    CHECK_FALSE(afterAll.at(1).active());
    CHECK(centre.enrolKey(u"NO-SUCH"_s, kc.value()).error().contains(u"no unit has the code NO-SUCH"_s));
    CHECK(test::countRows(centre.path(), u"audit_log"_s) >= 6);
}

TEST_CASE("A unit keeps its own keys encrypted in its file, the replaced ones retired", "[crypto][storage]")
{
    QTemporaryDir dir;
    auto created = UnitAssessment::create(dir.filePath(u"u.parindex"_s), {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So},
                                          2025, CriteriaCatalog::shippedFor(2025, UnitGroup::So));
    REQUIRE(created.ok());
    UnitAssessment& unit = *created.value();
    CHECK_FALSE(unit.signingKey().value().has_value());
    CHECK_FALSE(unit.unlockSigningKey("một hai ba bốn năm").ok());
    const auto first = unit.createSigningKey("một hai ba bốn năm");
    REQUIRE(first.ok());
    CHECK(unit.signingKey().value()->keyId == first->keyId);
    CHECK(unit.unlockSigningKey("một hai ba bốn năm")->keyId() == first->keyId);
    CHECK_FALSE(unit.unlockSigningKey("sai mật khẩu").ok());
    // Nothing in the file reveals the private key in the clear.
    CHECK_FALSE(test::readFile(unit.path()).contains("BEGIN PRIVATE KEY"));

    // A second key replaces the first in use; the first stays in the file's history, retired.
    const auto second = unit.createSigningKey("sáu bảy tám chín mười");
    REQUIRE(second.ok());
    CHECK(second->keyId != first->keyId);
    CHECK(unit.signingKey().value()->keyId == second->keyId);
    CHECK(unit.unlockSigningKey("sáu bảy tám chín mười")->keyId() == second->keyId);
    const auto history = unit.keyHistory().value();
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).keyId == second->keyId);
    CHECK(history.at(0).current());
    CHECK(history.at(1).keyId == first->keyId);
    CHECK_FALSE(history.at(1).current());
    CHECK(history.at(1).retiredAt.isValid());
}
