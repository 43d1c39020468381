#include "core/centre/Centre.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/crypto/Passphrase.h"
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
        CHECK_FALSE(key->encryptedPrivatePem("").ok()); // the rules themselves are Passphrase's
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
    // One key in force per unit: a second one replaces the first only when asked to, and the
    // first is then revoked in the same step (it can no longer sign accepted versions).
    CHECK(centre.enrolKey(u"A"_s, ka2.value()).error().contains(u"already has a key in force"_s));
    CHECK(centre.keys(u"A"_s).value().size() == 1);
    REQUIRE(centre.enrolKey(u"A"_s, ka2.value(), true).ok());
    CHECK(centre.revokeKeys(u"A"_s, ka->keyId()).value() == 0); // already revoked by the replacement
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
    CHECK_FALSE(unit.unlockSigningKey(u"một hai ba bốn năm"_s).ok());
    const auto first = unit.createSigningKey(u"một hai ba bốn năm"_s);
    REQUIRE(first.ok());
    CHECK(unit.signingKey().value()->keyId == first->keyId);
    CHECK(unit.unlockSigningKey(u"một hai ba bốn năm"_s)->keyId() == first->keyId);
    CHECK_FALSE(unit.unlockSigningKey(u"sai mật khẩu"_s).ok());
    // Nothing in the file reveals the private key in the clear.
    CHECK_FALSE(test::readFile(unit.path()).contains("BEGIN PRIVATE KEY"));

    // A second key replaces the first in use; the first stays in the file's history, retired.
    const auto second = unit.createSigningKey(u"sáu bảy tám chín mười"_s);
    REQUIRE(second.ok());
    CHECK(second->keyId != first->keyId);
    CHECK(unit.signingKey().value()->keyId == second->keyId);
    CHECK(unit.unlockSigningKey(u"sáu bảy tám chín mười"_s)->keyId() == second->keyId);
    const auto history = unit.keyHistory().value();
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).keyId == second->keyId);
    CHECK(history.at(0).current());
    CHECK(history.at(1).keyId == first->keyId);
    CHECK_FALSE(history.at(1).current());
    CHECK(history.at(1).retiredAt.isValid());
}

TEST_CASE("A public key file holds one key", "[crypto]")
{
    const auto a = SigningKey::generate();
    const auto b = SigningKey::generate();
    REQUIRE(Centre::readPublicKey(a->publicPem()).ok());
    CHECK(Centre::readPublicKey(a->publicPem() + b->publicPem()).error().contains(u"holds 2 keys"_s));
}

TEST_CASE("Passphrases are counted in characters, composed, and read from files without BOM or line ending", "[crypto]")
{
    // Characters, not bytes: "ắắắ" is 3 characters (9 bytes), too short; 8 spaces are nothing.
    CHECK(Passphrase::forNewKey(u"ắắắ"_s).error().contains(u"at least 8"_s));
    CHECK(Passphrase::forNewKey(u"        "_s).error().contains(u"only spaces"_s));
    CHECK(Passphrase::forNewKey(u"mật khẩu"_s + QChar(0) + u"xyz"_s).error().contains(u"control"_s));
    CHECK(Passphrase::forNewKey(u"ắắắắắắắắ"_s).ok());
    // The same letters in decomposed form unlock a key made with the composed ones.
    const QString composed = u"mật khẩu đủ dài"_s;
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    REQUIRE(composed.toUtf8() != decomposed.toUtf8());
    CHECK(Passphrase::forNewKey(decomposed).value() == Passphrase::forUnlock(composed));

    CHECK(Passphrase::fromFile("\xEF\xBB\xBFm\xE1\xBA\xADt kh\xE1\xBA\xA9u\r\n").value() == u"mật khẩu"_s);
    CHECK(Passphrase::fromFile("  two spaces kept  \n").value() == u"  two spaces kept  "_s);
    CHECK(Passphrase::fromFile(QByteArray("abc\0defgh\n", 10)).error().contains(u"NUL"_s));
    CHECK(Passphrase::fromFile("line one\nline two\n").error().contains(u"more than one line"_s));
    CHECK(Passphrase::fromFile("\xFF\xFE bad").error().contains(u"not UTF-8"_s));
    CHECK(Passphrase::fromFile("\n").error().contains(u"empty"_s));
}

TEST_CASE("Keys are encrypted with 600,000 PBKDF2 rounds; an older, weaker encryption is renewed on unlock",
          "[crypto][storage]")
{
    const auto key = SigningKey::generate();
    const auto pem = key->encryptedPrivatePem("mật khẩu đủ dài");
    REQUIRE(pem.ok());
    CHECK(SigningKey::kdfIterations(pem.value()) == 600000);
    CHECK(SigningKey::fromEncryptedPem(pem.value(), "mật khẩu đủ dài")->keyId() == key->keyId());
    // OpenSSL's own tool reads it with the same passphrase.
    QTemporaryDir dir;
    test::writeFile(dir.filePath(u"k.pem"_s), pem.value());
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"pkey"_s, u"-in"_s, dir.filePath(u"k.pem"_s), u"-passin"_s, u"pass:mật khẩu đủ dài"_s,
                                 u"-pubout"_s});
    REQUIRE(openssl.waitForFinished(30000));
    CHECK(openssl.readAllStandardOutput() == key->publicPem());

    // A key as the first version stored it: OpenSSL's default of 2,048 rounds.
    QProcess weak;
    weak.start(u"openssl"_s, {u"pkcs8"_s, u"-topk8"_s, u"-v2"_s, u"aes-256-cbc"_s, u"-iter"_s, u"2048"_s, u"-in"_s,
                              dir.filePath(u"k.pem"_s), u"-passin"_s, u"pass:mật khẩu đủ dài"_s, u"-passout"_s,
                              u"pass:mật khẩu đủ dài"_s});
    REQUIRE(weak.waitForFinished(30000));
    const QByteArray weakPem = weak.readAllStandardOutput();
    REQUIRE(SigningKey::kdfIterations(weakPem) == 2048);
    const QString path = dir.filePath(u"u.parindex"_s);
    REQUIRE(UnitAssessment::create(path, {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So}, 2025,
                                   CriteriaCatalog::shippedFor(2025, UnitGroup::So))
                .ok());
    test::execSql(path, u"INSERT INTO own_keys(key_id, algorithm, public_pem, private_pem, created_at) "
                        "VALUES('%1', 'ed25519', '%2', '%3', '2025-01-01T00:00:00Z')"_s.arg(
                            key->keyId(), QString::fromLatin1(key->publicPem()), QString::fromLatin1(weakPem)));
    {
        auto unit = UnitAssessment::open(path);
        REQUIRE(unit.ok());
        CHECK_FALSE(unit.value()->unlockSigningKey(u"sai mật khẩu"_s).ok());
        CHECK(unit.value()->unlockSigningKey(u"mật khẩu đủ dài"_s)->keyId() == key->keyId());
    }
    const QByteArray renewed =
        test::queryValue(path, u"SELECT private_pem FROM own_keys WHERE key_id = '%1'"_s.arg(key->keyId())).toLatin1();
    CHECK(SigningKey::kdfIterations(renewed) == 600000);
    CHECK(SigningKey::fromEncryptedPem(renewed, "mật khẩu đủ dài")->keyId() == key->keyId());
    CHECK(test::queryValue(path, u"SELECT count(*) FROM audit_log WHERE entity = 'own-key-encryption'"_s) == u"1"_s);
}
