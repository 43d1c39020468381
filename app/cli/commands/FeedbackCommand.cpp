#include "app/cli/commands/FeedbackCommand.h"

#include "core/centre/Centre.h"
#include "core/unit/UnitAssessment.h"

#include <QDir>
#include <QFileInfo>

namespace parindex::cli {

const char* FeedbackCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Export the centre's signed feedback; import it at a unit");
}

namespace {

int exportFeedback(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The centre's data file.")));
    parser.addOption(yearOption());
    parser.addOption(
        {QStringLiteral("unit"), QCoreApplication::translate("Cli", "The unit's code."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("all"),
                      QCoreApplication::translate("Cli", "Every unit whose round is ready, into the --out folder.")});
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate("Cli", "The package (.zip), or a folder with --all."),
                      QStringLiteral("PATH")});
    parser.addOption(passphraseFileOption());
    parser.addOption({QStringLiteral("by"), QCoreApplication::translate("Cli", "Who exports (recorded in the audit)."),
                      QStringLiteral("NAME")});
    if (int code = parse(parser, ctx,
                         QCoreApplication::translate("Cli", "Export the feedback of a unit's latest round, signed "
                                                            "with the centre's key; round-1 feedback closes round 1."));
        code >= 0)
        return code;
    if (int code = requireOptions(parser, ctx, {"file", "year", "out", "passphrase-file"}); code >= 0)
        return code;
    const bool all = parser.isSet(QStringLiteral("all"));
    if (all == parser.isSet(QStringLiteral("unit")))
        return fail(ctx, QCoreApplication::translate("Cli", "give --unit CODE or --all"), Usage);
    const auto year = yearFrom(parser, ctx);
    if (!year)
        return Usage;
    const auto passphrase = readPassphrase(parser.value(QStringLiteral("passphrase-file")), ctx);
    if (!passphrase)
        return Failed;
    auto centre = openCentre(parser, ctx);
    if (!centre)
        return Failed;
    const auto key = centre->unlockSigningKey(*passphrase);
    if (!key)
        return fail(ctx, key.error());
    const QString out = parser.value(QStringLiteral("out"));
    const QString by = parser.value(QStringLiteral("by"));
    if (!all) {
        const auto written =
            centre->appraisal().exportFeedback(*year, parser.value(QStringLiteral("unit")), key.value(), out, by);
        if (!written)
            return fail(ctx, written.error());
        ctx.out << QCoreApplication::translate("Cli", "feedback %1 (round %2) for %3 written to %4")
                       .arg(written->sequence)
                       .arg(written->round)
                       .arg(written->unitCode, QDir::toNativeSeparators(written->path))
                << '\n';
        return Ok;
    }
    if (!QFileInfo(out).isDir())
        return fail(ctx, QCoreApplication::translate("Cli", "%1 is not a folder").arg(QDir::toNativeSeparators(out)));
    QStringList skipped;
    const auto written = centre->appraisal().exportAllFeedback(*year, key.value(), out, by, &skipped);
    if (!written)
        return fail(ctx, written.error());
    for (const FeedbackWritten& w : written.value())
        ctx.out << QCoreApplication::translate("Cli", "%1: feedback %2 (round %3) → %4")
                       .arg(w.unitCode)
                       .arg(w.sequence)
                       .arg(w.round)
                       .arg(QDir::toNativeSeparators(w.path))
                << '\n';
    for (const QString& s : skipped)
        ctx.out << QCoreApplication::translate("Cli", "not ready: %1").arg(s) << '\n';
    return Ok;
}

int importFeedback(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The unit's data file.")));
    parser.addPositionalArgument(QStringLiteral("package"),
                                 QCoreApplication::translate("Cli", "The feedback package from Sở Nội vụ."));
    if (int code = parse(parser, ctx,
                         QCoreApplication::translate("Cli", "Import Sở Nội vụ's feedback, verified with its key."));
        code >= 0)
        return code;
    if (int code = requireOptions(parser, ctx, {"file"}); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 2)
        return fail(ctx, QCoreApplication::translate("Cli", "give one feedback package"), Usage);
    auto unit = openUnit(parser, ctx);
    if (!unit)
        return Failed;
    const ImportOutcome outcome = unit->importFeedback(parser.positionalArguments().at(1));
    if (outcome.kind == ImportOutcome::Kind::Rejected)
        return fail(ctx, outcome.text());
    ctx.out << parser.positionalArguments().at(1) << ": " << outcome.text() << '\n';
    if (const auto& f = unit->feedback(); f && f->round == 2) {
        ctx.out << QCoreApplication::translate("Cli", "round 2: %1 points appraised; the appraisal is final")
                       .arg(f->finalTotal.toString(NumberLocale::Vietnamese))
                << '\n';
    } else if (f) {
        int requested = 0;
        for (const package::FeedbackItem& i : f->items)
            requested += i.request != RequestKind::None ? 1 : 0;
        ctx.out << QCoreApplication::translate("Cli",
                                               "round %1: %2 points appraised; %n item(s) need an explanation or "
                                               "evidence",
                                               nullptr, requested)
                       .arg(f->round)
                       .arg(f->finalTotal.toString(NumberLocale::Vietnamese))
                << '\n';
        if (unit->feedbackManifest()->responseDeadline.isValid())
            ctx.out << QCoreApplication::translate("Cli", "respond by %1")
                           .arg(unit->feedbackManifest()->responseDeadline.toString(QStringLiteral("dd/MM/yyyy")))
                    << '\n';
    }
    return Ok;
}

} // namespace

int FeedbackCommand::run(Context& ctx)
{
    const QString sub = ctx.arguments.value(1);
    if (sub != QLatin1String("export") && sub != QLatin1String("import")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            ctx.out << QCoreApplication::translate(
                "Cli", "Usage: parindex-cli feedback export --file C --year Y (--unit CODE --out F.zip | --all --out "
                       "DIR) --passphrase-file P [--by NAME]\n"
                       "       parindex-cli feedback import --file UNIT F.zip\n");
            return Ok;
        }
        return fail(ctx, QCoreApplication::translate("Cli", "say export or import (see feedback --help)"), Usage);
    }
    Context inner{ctx.arguments.mid(1), ctx.out, ctx.err};
    inner.arguments.first() = QStringLiteral("feedback ") + sub;
    return sub == QLatin1String("export") ? exportFeedback(inner) : importFeedback(inner);
}

} // namespace parindex::cli
