#include "support/TestSupport.h"

#include "crypto/Sha256.h"
#include "crypto/SigningKey.h"
#include "store/Keys.h"
#include "store/Units.h"

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
        openssl.start(u"openssl"_s, {u"pkeyutl"_s, u"-verify"_s, u"-pubin"_s, u"-inkey"_s, dir.filePath(u"k.pub"_s),
                                     u"-rawin"_s, u"-in"_s, dir.filePath(u"msg"_s), u"-sigfile"_s, dir.filePath(u"sig"_s)});
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
    auto centre = DataFile::create(dir.filePath(u"c.parindex"_s), Role::Centre);
    REQUIRE(centre.ok());
    Units units(*centre.value());
    const auto a = units.add(u"A"_s, u"Sở A"_s, UnitGroup::So);
    const auto b = units.add(u"B"_s, u"Sở B"_s, UnitGroup::So);
    Keys keys(*centre.value());
    auto ka = SigningKey::generate();
    auto ka2 = SigningKey::generate();
    REQUIRE(keys.enrol(a->id, ka.value()).ok());
    CHECK(keys.enrol(a->id, ka.value()).error().contains(u"already enrolled"_s));
    CHECK(keys.enrol(b->id, ka.value()).error().contains(u"another unit"_s)); // B can never sign as A
    REQUIRE(keys.enrol(a->id, ka2.value()).ok());
    CHECK(keys.unitForActiveKey(ka->keyId()) == a->id);
    CHECK(keys.revoke(a->id, ka->keyId()).value() == 1);
    CHECK(keys.unitForActiveKey(ka->keyId()) == 0);
    CHECK(keys.unitForActiveKey(ka2->keyId()) == a->id);
    CHECK(keys.enrol(a->id, ka.value()).error().contains(u"revoked"_s));
    CHECK(keys.revoke(a->id).value() == 1); // all that were still in force
    CHECK(keys.forUnit(a->id).size() == 2);
    CHECK_FALSE(keys.forUnit(a->id).at(1).active());
    CHECK(test::countRows(centre.value()->path(), u"audit_log"_s) >= 6);
}

TEST_CASE("A unit keeps its own key encrypted in its file", "[crypto][storage]")
{
    QTemporaryDir dir;
    auto file = DataFile::create(dir.filePath(u"u.parindex"_s), Role::Unit);
    REQUIRE(file.ok());
    Keys keys(*file.value());
    CHECK_FALSE(keys.ownPublicKey().ok());
    auto key = SigningKey::generate();
    REQUIRE(keys.storeOwn(key.value(), "một hai ba bốn năm").ok());
    CHECK(keys.ownPublicKey()->keyId() == key->keyId());
    CHECK(keys.ownKey("một hai ba bốn năm")->keyId() == key->keyId());
    CHECK_FALSE(keys.ownKey("sai mật khẩu").ok());
    // Nothing in the file reveals the private key in the clear.
    CHECK_FALSE(test::readFile(file.value()->path()).contains("BEGIN PRIVATE KEY"));
}
