#include "app/cli/commands/ReportCommand.h"

#include "core/reports/EnrolmentLetter.h"
#include "core/reports/SelfAssessmentReport.h"
#include "core/unit/UnitAssessment.h"

namespace parindex::cli {

const char* ReportCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Write the self-assessment report or the key enrolment letter as PDF");
}

int ReportCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("KIND"),
        QCoreApplication::translate("Cli", "self: the unit's self-assessment report; letter: the letter "
                                           "that asks Sở Nội vụ to enrol the unit's signing key."));
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The unit's data file.")));
    parser.addOption(
        {QStringLiteral("out"), QCoreApplication::translate("Cli", "The PDF file to write."), QStringLiteral("F.pdf")});
    parser.addOption({QStringLiteral("language"),
                      QCoreApplication::translate("Cli", "The report's language: vi (default) or en."),
                      QStringLiteral("L"), QStringLiteral("vi")});
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Write a report as PDF.")); code >= 0)
        return code;
    const QStringList kind = parser.positionalArguments().mid(1);
    if ((kind != QStringList{QStringLiteral("self")} && kind != QStringList{QStringLiteral("letter")}) ||
        !parser.isSet(QStringLiteral("out")))
        return fail(ctx, QCoreApplication::translate("Cli", "usage: report self|letter --file U --out F.pdf"), Usage);
    auto unit = openUnit(parser, ctx);
    if (!unit)
        return Failed;
    const QString language = parser.value(QStringLiteral("language"));
    if (language != QLatin1String("vi") && language != QLatin1String("en"))
        return fail(ctx, QCoreApplication::translate("Cli", "--language is vi or en"), Usage);
    const QString out = parser.value(QStringLiteral("out"));
    if (kind.first() == QLatin1String("letter")) {
        const auto data = EnrolmentLetter::dataFor(*unit);
        if (!data)
            return fail(ctx, data.error());
        if (Status s = EnrolmentLetter(data.value(), {}, language).writePdf(out); !s)
            return fail(ctx, s.error());
    } else if (Status s = SelfAssessmentReport(*unit, {}, language).writePdf(out); !s) {
        return fail(ctx, s.error());
    }
    ctx.out << QCoreApplication::translate("Cli", "report written to %1").arg(parser.value(QStringLiteral("out")))
            << '\n';
    return Ok;
}

} // namespace parindex::cli
