#include "Commands.h"
#include "store/Keys.h"
#include "store/Units.h"
#include "unit/UnitAssessment.h"

#include <QFile>
#include <QSaveFile>

namespace parindex::cli {

int keygenCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("file"), QCoreApplication::translate("Cli", "The unit's data file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("passphrase-file"),
                      QCoreApplication::translate("Cli", "A file whose first line is the passphrase (at least 8 characters)."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("public-out"),
                      QCoreApplication::translate("Cli", "Where to write the public key for Sở Nội vụ."), QStringLiteral("K.pub")});
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Create the unit's signing key (Ed25519), kept "
                                                                         "encrypted in its data file.")); code >= 0)
        return code;
    if (int code = requireOptions(parser, ctx, {"file", "passphrase-file", "public-out"}); code >= 0)
        return code;
    const auto passphrase = readPassphrase(parser.value(QStringLiteral("passphrase-file")), ctx);
    if (!passphrase)
        return Failed;
    auto unit = UnitAssessment::open(parser.value(QStringLiteral("file")));
    if (!unit)
        return fail(ctx, unit.error());
    auto key = SigningKey::generate();
    if (!key)
        return fail(ctx, key.error());
    if (Status s = Keys(unit.value()->file()).storeOwn(key.value(), *passphrase); !s)
        return fail(ctx, s.error());
    if (Status s = writeAtomically(parser.value(QStringLiteral("public-out")), key->publicPem()); !s)
        return fail(ctx, s.error());
    ctx.out << QCoreApplication::translate("Cli", "key created for %1\nfingerprint: %2\npublic key: %3")
                   .arg(unit.value()->unit().name, key->keyId(), parser.value(QStringLiteral("public-out")))
            << '\n';
    return Ok;
}

int unitsCommand(Context& ctx)
{
    const QString sub = ctx.arguments.value(1);
    if (sub != QLatin1String("add") && sub != QLatin1String("enrol") && sub != QLatin1String("revoke") &&
        sub != QLatin1String("list")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            ctx.out << QCoreApplication::translate(
                "Cli", "Usage: parindex-cli units add    --file C.parindex --code C --name N --group G [--not-ranked]\n"
                       "       parindex-cli units enrol  --file C.parindex --code C --key K.pub\n"
                       "       parindex-cli units revoke --file C.parindex --code C [--key K.pub]\n"
                       "       parindex-cli units list   --file C.parindex\n");
            return Ok;
        }
        return fail(ctx, QCoreApplication::translate("Cli", "expected add, enrol, revoke or list"), Usage);
    }
    Context inner{ctx.arguments.mid(1), ctx.out, ctx.err};
    inner.arguments[0] = QStringLiteral("units ") + sub;
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("file"), QCoreApplication::translate("Cli", "The centre's data file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("code"), QCoreApplication::translate("Cli", "The unit's code."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("Cli", "The unit's name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("group"), QCoreApplication::translate("Cli", "so, xa or huyen."), QStringLiteral("G")});
    parser.addOption({QStringLiteral("not-ranked"), QCoreApplication::translate("Cli", "Assessed but not ranked with the others.")});
    parser.addOption({QStringLiteral("key"), QCoreApplication::translate("Cli", "A public key file (PEM)."), QStringLiteral("K.pub")});
    if (int code = parse(parser, inner, QCoreApplication::translate("Cli", "Register units and their signing keys.")); code >= 0)
        return code;
    auto centre = openCentre(parser, inner);
    if (!centre)
        return Failed;
    Units units(*centre);
    Keys keys(*centre);

    if (sub == QLatin1String("list")) {
        for (const Unit& u : units.all()) {
            inner.out << u.code << '\t' << UnitGroups::code(u.group) << '\t' << u.name << (u.ranked ? "" : "\t(not ranked)") << '\n';
            for (const EnrolledKey& k : keys.forUnit(u.id))
                inner.out << "  " << k.keyId << (k.active() ? QString() : QStringLiteral(" revoked")) << '\n';
        }
        return Ok;
    }
    if (!parser.isSet(QStringLiteral("code")))
        return fail(inner, QCoreApplication::translate("Cli", "--code is required"), Usage);
    const QString code = parser.value(QStringLiteral("code"));
    if (sub == QLatin1String("add")) {
        const auto group = UnitGroups::parse(parser.value(QStringLiteral("group")));
        if (!group || !parser.isSet(QStringLiteral("name")))
            return fail(inner, QCoreApplication::translate("Cli", "units add needs --name and --group (so, xa or huyen)"), Usage);
        auto added = units.add(code, parser.value(QStringLiteral("name")), *group, !parser.isSet(QStringLiteral("not-ranked")));
        if (!added)
            return fail(inner, added.error());
        inner.out << QCoreApplication::translate("Cli", "unit %1 registered: %2").arg(added->code, added->name) << '\n';
        return Ok;
    }
    const auto unit = units.byCode(code);
    if (!unit)
        return fail(inner, QCoreApplication::translate("Cli", "no unit has the code %1").arg(code));
    std::optional<SigningKey> key;
    if (parser.isSet(QStringLiteral("key"))) {
        QFile f(parser.value(QStringLiteral("key")));
        if (!f.open(QIODevice::ReadOnly))
            return fail(inner, QCoreApplication::translate("Cli", "cannot open %1: %2").arg(f.fileName(), f.errorString()));
        auto loaded = SigningKey::fromPublicPem(f.read(64 * 1024));
        if (!loaded)
            return fail(inner, f.fileName() + QStringLiteral(": ") + loaded.error());
        key = std::move(loaded.value());
    }
    if (sub == QLatin1String("enrol")) {
        if (!key)
            return fail(inner, QCoreApplication::translate("Cli", "--key is required"), Usage);
        if (Status s = keys.enrol(unit->id, *key); !s)
            return fail(inner, s.error());
        inner.out << QCoreApplication::translate("Cli", "key %1 enrolled for %2; compare it with the fingerprint in the unit's letter")
                         .arg(key->keyId(), unit->name)
                  << '\n';
        return Ok;
    }
    const auto revoked = keys.revoke(unit->id, key ? key->keyId() : QString());
    if (!revoked)
        return fail(inner, revoked.error());
    if (revoked.value() == 0)
        return fail(inner, QCoreApplication::translate("Cli", "no key of %1 was in force").arg(unit->name));
    inner.out << QCoreApplication::translate("Cli", "%n key(s) of %1 revoked", nullptr, revoked.value()).arg(unit->name) << '\n';
    return Ok;
}

} // namespace parindex::cli
