#include "Commands.h"
#include "package/SubmissionImporter.h"
#include "package/SubmissionWriter.h"
#include "store/Keys.h"
#include "unit/SubmissionCheck.h"
#include "unit/UnitAssessment.h"

#include <QDir>
#include <QFileInfo>

namespace parindex::cli {

int exportCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("file"), QCoreApplication::translate("Cli", "The unit's data file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "The package to write (.zip)."), QStringLiteral("PKG.zip")});
    parser.addOption({QStringLiteral("passphrase-file"),
                      QCoreApplication::translate("Cli", "A file whose first line is the key's passphrase."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("strict"), QCoreApplication::translate("Cli", "Refuse while the pre-submission check finds problems.")});
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Export the signed submission package for Sở Nội vụ.")); code >= 0)
        return code;
    if (int code = requireOptions(parser, ctx, {"file", "out", "passphrase-file"}); code >= 0)
        return code;
    const auto passphrase = readPassphrase(parser.value(QStringLiteral("passphrase-file")), ctx);
    if (!passphrase)
        return Failed;
    auto unit = UnitAssessment::open(parser.value(QStringLiteral("file")));
    if (!unit)
        return fail(ctx, unit.error());
    const QList<CheckProblem> problems = SubmissionCheck::run(*unit.value());
    for (const CheckProblem& p : problems)
        ctx.err << QCoreApplication::translate("Cli", "warning: %1").arg(p.message) << '\n';
    if (parser.isSet(QStringLiteral("strict")) && !problems.isEmpty())
        return fail(ctx, QCoreApplication::translate("Cli", "not exported: the check found %n problem(s)", nullptr, int(problems.size())));
    auto key = Keys(unit.value()->file()).ownKey(*passphrase);
    if (!key)
        return fail(ctx, key.error());
    const auto summary = SubmissionWriter::write(*unit.value(), key.value(), parser.value(QStringLiteral("out")));
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


int importCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("file"), QCoreApplication::translate("Cli", "The centre's data file."), QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("PATH"), QCoreApplication::translate("Cli", "Package files or folders of packages."),
                                 QStringLiteral("PATH..."));
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Verify and import submission packages; each is "
                                                                         "stored whole or rejected whole.")); code >= 0)
        return code;
    QStringList paths;
    for (const QString& p : parser.positionalArguments().mid(1)) {
        const QFileInfo fi(p);
        if (fi.isDir()) {
            for (const QFileInfo& f : QDir(p).entryInfoList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name))
                paths.append(f.filePath());
        } else {
            paths.append(p);
        }
    }
    if (paths.isEmpty())
        return fail(ctx, QCoreApplication::translate("Cli", "name at least one package or folder"), Usage);
    auto centre = openCentre(parser, ctx);
    if (!centre)
        return Failed;
    SubmissionImporter importer(*centre);
    int rejected = 0;
    for (const QString& p : paths) {
        const ImportOutcome outcome = importer.importFile(p);
        if (outcome.kind == ImportOutcome::Kind::Rejected)
            ++rejected;
        ctx.out << p << ": " << outcome.text() << '\n';
    }
    return rejected == 0 ? Ok : Failed;
}

} // namespace parindex::cli
