#include "app/cli/commands/CentreKeyCommand.h"

#include "core/centre/Centre.h"
#include "core/unit/UnitAssessment.h"

namespace parindex::cli {

const char* CentreKeyCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Enrol Sở Nội vụ's public key in a unit's file (for its feedback)");
}

int CentreKeyCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The unit's data file.")));
    parser.addOption({QStringLiteral("key"), QCoreApplication::translate("Cli", "Sở Nội vụ's public key (.pub)."),
                      QStringLiteral("K.pub")});
    parser.addOption({QStringLiteral("replace"),
                      QCoreApplication::translate("Cli", "Replace an enrolled key (only on Sở Nội vụ's notice).")});
    if (int code = parse(parser, ctx,
                         QCoreApplication::translate("Cli", "Enrol Sở Nội vụ's public key; compare its fingerprint "
                                                            "with the one in the year's guidance document."));
        code >= 0)
        return code;
    if (int code = requireOptions(parser, ctx, {"file", "key"}); code >= 0)
        return code;
    const auto pem = readInput(parser.value(QStringLiteral("key")), 64 * 1024, ctx);
    if (!pem)
        return Failed;
    const auto key = Centre::readPublicKey(*pem);
    if (!key)
        return fail(ctx, parser.value(QStringLiteral("key")) + QStringLiteral(": ") + key.error());
    auto unit = openUnit(parser, ctx);
    if (!unit)
        return Failed;
    if (Status s = unit->enrolCentreKey(key.value(), parser.isSet(QStringLiteral("replace"))); !s)
        return fail(ctx, s.error());
    ctx.out << QCoreApplication::translate("Cli", "Sở Nội vụ's key enrolled\nfingerprint: %1").arg(key->keyId())
            << '\n';
    return Ok;
}

} // namespace parindex::cli
