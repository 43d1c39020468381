#include "app/cli/commands/ExportCommand.h"

#include "core/unit/SubmissionCheck.h"
#include "core/unit/UnitAssessment.h"

namespace parindex::cli {

const char* ExportCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Export a unit's signed submission package");
}

int ExportCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The unit's data file.")));
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "The package to write (.zip)."),
                      QStringLiteral("PKG.zip")});
    parser.addOption(passphraseFileOption());
    parser.addOption({QStringLiteral("strict"),
                      QCoreApplication::translate("Cli", "Refuse while the pre-submission check finds problems.")});
    if (int code = parse(parser, ctx,
                         QCoreApplication::translate("Cli", "Export the signed submission package for Sở Nội vụ."));
        code >= 0)
        return code;
    if (int code = requireOptions(parser, ctx, {"file", "out", "passphrase-file"}); code >= 0)
        return code;
    const auto passphrase = readPassphrase(parser.value(QStringLiteral("passphrase-file")), ctx);
    if (!passphrase)
        return Failed;
    auto unit = openUnit(parser, ctx);
    if (!unit)
        return Failed;
    const QList<CheckProblem> problems = SubmissionCheck::run(*unit);
    for (const CheckProblem& p : problems)
        ctx.err << QCoreApplication::translate("Cli", "warning: %1").arg(p.message) << '\n';
    if (parser.isSet(QStringLiteral("strict")) && !problems.isEmpty())
        return fail(ctx, QCoreApplication::translate("Cli", "not exported: the check found %n problem(s)", nullptr,
                                                     int(problems.size())));
    auto key = unit->unlockSigningKey(*passphrase);
    if (!key)
        return fail(ctx, key.error());
    const auto summary = unit->exportPackage(key.value(), parser.value(QStringLiteral("out")));
    if (!summary)
        return fail(ctx, summary.error());
    ctx.out << QCoreApplication::translate("Cli", "exported %1: sequence %2, %3 document(s), manifest sha256 %4")
                   .arg(parser.value(QStringLiteral("out")))
                   .arg(summary->sequence)
                   .arg(summary->documents)
                   .arg(summary->manifestSha256)
            << '\n';
    return Ok;
}

} // namespace parindex::cli
