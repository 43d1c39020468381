#include "app/cli/commands/ImportSurveyCommand.h"

#include "core/centre/Centre.h"

#include <QFileInfo>

namespace parindex::cli {

const char* ImportSurveyCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Import a year's sociological survey results (CSV or XLSX)");
}

int ImportSurveyCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The centre's data file.")));
    parser.addOption(yearOption());
    parser.addOption({QStringLiteral("dry-run"),
                      QCoreApplication::translate("Cli", "Check the table and show what it gives; store nothing.")});
    parser.addPositionalArgument(
        QStringLiteral("TABLE"),
        QCoreApplication::translate("Cli", "CSV or XLSX. Points per unit and item (Mã đơn vị or Đơn vị, Mã tiêu chí, "
                                           "Điểm or Tỷ lệ (%)), or one row per answer (Đơn vị, Nhóm đối tượng, Mã "
                                           "câu hỏi, Trả lời; optional Phiếu) turned into points by the criteria "
                                           "set's survey instrument."));
    if (int code = parse(parser, ctx,
                         QCoreApplication::translate("Cli", "Import a year's survey results. Any problem and nothing "
                                                            "is imported; a new import replaces the year's survey and "
                                                            "keeps the previous version."));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (!parser.isSet(QStringLiteral("file")) || !parser.isSet(QStringLiteral("year")) || positional.size() != 1)
        return fail(ctx,
                    QCoreApplication::translate("Cli", "usage: import-survey --file C.parindex --year Y [--dry-run] "
                                                       "TABLE"),
                    Usage);
    const auto year = yearFrom(parser, ctx);
    if (!year)
        return Usage;
    const QString table = positional.first();
    const auto bytes = readInput(table, 256 * 1024 * 1024, ctx);
    if (!bytes)
        return Failed;
    auto centre = openCentre(parser, ctx);
    if (!centre)
        return Failed;
    SurveyImportReport report;
    if (parser.isSet(QStringLiteral("dry-run"))) {
        const auto read = centre->survey().preview(*year, *bytes);
        if (!read)
            return fail(ctx, read.error());
        report.read = read.value();
    } else {
        report = centre->survey().importTable(*year, *bytes, QFileInfo(table).fileName());
    }
    if (!report.read.ok()) {
        for (const QString& p : report.read.problems)
            ctx.err << table << ": " << p << '\n';
        return fail(ctx, QCoreApplication::translate("Cli", "nothing imported: %n problem(s) in %1", nullptr,
                                                     int(report.read.problems.size()))
                             .arg(table));
    }
    QSet<QString> units;
    for (const SurveyPoint& p : report.read.points)
        units.insert(p.unitCode);
    const QString shape = report.read.shape == SurveyShape::Answers
                              ? QCoreApplication::translate("Cli", "answers per respondent")
                              : QCoreApplication::translate("Cli", "points per unit and item");
    if (report.version > 0)
        ctx.out << QCoreApplication::translate("Cli", "imported the %1 survey as version %2 (%3): %n unit(s)", nullptr,
                                               int(units.size()))
                       .arg(*year)
                       .arg(report.version)
                       .arg(shape);
    else
        ctx.out << QCoreApplication::translate("Cli", "the table is good (%1): %n unit(s); nothing stored (--dry-run)",
                                               nullptr, int(units.size()))
                       .arg(shape);
    ctx.out << ", " << QCoreApplication::translate("Cli", "%n row(s) read", nullptr, report.read.rows) << '\n';
    for (const QString& note : report.read.notes)
        ctx.out << QCoreApplication::translate("Cli", "note: %1").arg(note) << '\n';
    return Ok;
}

} // namespace parindex::cli
