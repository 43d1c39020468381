#include "app/cli/commands/DemoCommand.h"

#include "app/demo/DemoBuilder.h"

namespace parindex::cli {

const char* DemoCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Write a demonstration centre with realistic units and scores");
}

int DemoCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "Folder to write the demo into."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("units"),
                      QCoreApplication::translate("Cli", "Number of units of 2025, %1 to %2 (default %3, as many "
                                                         "as Hanoi has).")
                          .arg(2)
                          .arg(DemoBuilder::maxUnits())
                          .arg(DemoBuilder::defaultUnits()),
                      QStringLiteral("N"), QString::number(DemoBuilder::defaultUnits())});
    parser.addOption({QStringLiteral("force"), QCoreApplication::translate("Cli", "Replace an existing demo.")});
    if (int code =
            parse(parser, ctx, QCoreApplication::translate("Cli", "Write a demonstration centre (centre.parindex)."));
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("out")))
        return fail(ctx, QCoreApplication::translate("Cli", "--out is required"), Usage);
    bool ok = false;
    const int units = parser.value(QStringLiteral("units")).toInt(&ok);
    if (!ok || units < 2 || units > DemoBuilder::maxUnits())
        return fail(ctx,
                    QCoreApplication::translate("Cli", "--units needs a number from %1 to %2")
                        .arg(2)
                        .arg(DemoBuilder::maxUnits()),
                    Usage);
    const auto summary =
        DemoBuilder::build(parser.value(QStringLiteral("out")), units, parser.isSet(QStringLiteral("force")));
    if (!summary)
        return fail(ctx, summary.error());
    const auto unit =
        DemoBuilder::buildUnit(parser.value(QStringLiteral("out")), parser.isSet(QStringLiteral("force")));
    if (!unit)
        return fail(ctx, unit.error());
    ctx.out << QCoreApplication::translate("Cli", "demo centre written to %1: %2 units, %3 scored items")
                   .arg(summary->centreFile)
                   .arg(summary->units)
                   .arg(summary->scoredItems)
            << '\n';
    ctx.out << QCoreApplication::translate("Cli", "2025 survey: %1 answers of %2 respondents imported from %3")
                   .arg(summary->surveyAnswers)
                   .arg(summary->respondents)
                   .arg(summary->surveyFile)
            << '\n';
    ctx.out << QCoreApplication::translate(
                   "Cli", "2024 results of %1 units (%2 of them no longer exist); %3 units of 2025 mapped to them")
                   .arg(summary->historicUnits)
                   .arg(summary->unitsGone)
                   .arg(summary->mappedUnits)
            << '\n';
    ctx.out << QCoreApplication::translate("Cli", "demo unit self-assessment written to %1").arg(unit.value()) << '\n';
    return Ok;
}

} // namespace parindex::cli
