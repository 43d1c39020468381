#include "app/cli/commands/ImportResultsCommand.h"

#include "core/centre/Centre.h"

namespace parindex::cli {

const char* ImportResultsCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Import a year's final results from a table (CSV or XLSX)");
}

int ImportResultsCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The data file.")));
    parser.addOption(yearOption());
    parser.addPositionalArgument(QStringLiteral("TABLE"),
                                 QCoreApplication::translate("Cli",
                                                             "Table (CSV or XLSX) with a header row, English or "
                                                             "Vietnamese: unit (Đơn vị), group (Nhóm), appraised (Điểm "
                                                             "thẩm định), survey (Điểm ĐTXHH) and optional bonus (Điểm "
                                                             "thưởng), penalty (Điểm trừ), max (Điểm tối đa, default "
                                                             "100), band (Xếp loại); STT is ignored."));
    if (int code = parse(parser, ctx,
                         QCoreApplication::translate("Cli", "Import a year's final results from a table. "
                                                            "Any bad row and nothing is imported."));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (!parser.isSet(QStringLiteral("file")) || !parser.isSet(QStringLiteral("year")) || positional.size() != 1)
        return fail(ctx, QCoreApplication::translate("Cli", "usage: import-results --file C.parindex --year Y TABLE"),
                    Usage);
    const auto year = yearFrom(parser, ctx);
    if (!year)
        return Usage;
    const QString table = positional.first();
    const auto bytes = readInput(table, 64 * 1024 * 1024, ctx);
    if (!bytes)
        return Failed;
    auto centre = openCentre(parser, ctx);
    if (!centre)
        return Failed;
    const TableImportReport report = centre->importHistoricResults(*year, *bytes);
    if (!report.ok()) {
        for (const QString& p : report.problems)
            ctx.err << table << ": " << p << '\n';
        return fail(ctx, QCoreApplication::translate("Cli", "nothing imported: %n problem(s) in %1", nullptr,
                                                     int(report.problems.size()))
                             .arg(table));
    }
    ctx.out << QCoreApplication::translate("Cli", "imported %n result(s) for %1", nullptr, report.imported).arg(*year);
    if (report.unitsCreated > 0)
        ctx.out << QCoreApplication::translate("Cli", " (%n new unit(s) registered)", nullptr, report.unitsCreated);
    ctx.out << '\n';
    return Ok;
}

} // namespace parindex::cli
