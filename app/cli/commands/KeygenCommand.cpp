#include "app/cli/commands/KeygenCommand.h"

#include "core/files/DataFiles.h"
#include "core/files/SafeFile.h"
#include "core/unit/UnitAssessment.h"

namespace parindex::cli {

const char* KeygenCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Create a unit's or the centre's signing key and export its public key");
}

int KeygenCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The unit's or the centre's data file.")));
    parser.addOption(passphraseFileOption());
    parser.addOption({QStringLiteral("public-out"),
                      QCoreApplication::translate("Cli", "Where to write the public key for Sở Nội vụ."),
                      QStringLiteral("K.pub")});
    parser.addOption(
        {QStringLiteral("replace"),
         QCoreApplication::translate("Cli", "Replace the key in use (Sở Nội vụ must then enrol the new one).")});
    if (int code = parse(parser, ctx,
                         QCoreApplication::translate(
                             "Cli", "Create the unit's signing key (Ed25519), kept encrypted in its data file."));
        code >= 0)
        return code;
    if (int code = requireOptions(parser, ctx, {"file", "passphrase-file", "public-out"}); code >= 0)
        return code;
    const auto passphrase = readPassphrase(parser.value(QStringLiteral("passphrase-file")), ctx);
    if (!passphrase)
        return Failed;
    if (!parser.isSet(QStringLiteral("file")))
        return fail(ctx, QCoreApplication::translate("Cli", "--file is required"), Usage);
    auto opened = DataFiles::open(parser.value(QStringLiteral("file")));
    if (!opened)
        return fail(ctx, opened.error());
    // A centre's key signs its feedback packages; a unit's its submissions.
    std::shared_ptr<Centre> centre = opened->centre;
    std::shared_ptr<UnitAssessment> unit = opened->unit;
    const QString owner = centre ? QCoreApplication::translate("Cli", "the centre") : unit->unit().name;
    const auto current = centre ? centre->signingKey() : unit->signingKey();
    if (!current)
        return fail(ctx, current.error());
    if (current.value() && !parser.isSet(QStringLiteral("replace")))
        return fail(ctx, QCoreApplication::translate(
                             "Cli", "this file already has a signing key (%1); packages signed with a new "
                                    "key are refused until Sở Nội vụ enrols it. Add --replace to "
                                    "create one anyway.")
                             .arg(current.value()->keyId));
    // The public key's file is checked before the key is made: a refused path changes nothing.
    if (Status s = FileGuard::checkOutput(parser.value(QStringLiteral("public-out"))); !s)
        return fail(ctx, s.error());
    const auto key = centre ? centre->createSigningKey(*passphrase) : unit->createSigningKey(*passphrase);
    if (!key)
        return fail(ctx, key.error());
    if (Status s = writeWholeFile(parser.value(QStringLiteral("public-out")), key->publicPem); !s)
        return fail(ctx, s.error());
    ctx.out << QCoreApplication::translate("Cli", "key created for %1\nfingerprint: %2\npublic key: %3")
                   .arg(owner, key->keyId, parser.value(QStringLiteral("public-out")))
            << '\n';
    if (current.value())
        ctx.out << (centre ? QCoreApplication::translate("Cli", "the previous key %1 is retired; every unit must "
                                                                "enrol the new public key")
                           : QCoreApplication::translate(
                                 "Cli", "the previous key %1 is retired; send the new public key to Sở Nội vụ"))
                       .arg(current.value()->keyId)
                << '\n';
    return Ok;
}

} // namespace parindex::cli
