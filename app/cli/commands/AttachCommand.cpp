#include "app/cli/commands/AttachCommand.h"

#include "core/unit/UnitAssessment.h"

#include <QFileInfo>

namespace parindex::cli {

const char* AttachCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Attach an evidence document to items");
}

int AttachCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The unit's data file.")));
    parser.addOption({QStringLiteral("item"),
                      QCoreApplication::translate("Cli", "The items the document supports, e.g. 1.1.1,1.1.2."),
                      QStringLiteral("CODES")});
    parser.addOption(
        {QStringLiteral("doc"), QCoreApplication::translate("Cli", "The document file."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("number"), QCoreApplication::translate("Cli", "Số/ký hiệu, e.g. 12/KH-STC."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("date"), QCoreApplication::translate("Cli", "Ngày ban hành, DD/MM/YYYY."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("summary"), QCoreApplication::translate("Cli", "Trích yếu."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("name"),
                      QCoreApplication::translate("Cli", "Display name (default: the file's name)."),
                      QStringLiteral("NAME")});
    if (int code = parse(parser, ctx,
                         QCoreApplication::translate(
                             "Cli", "Attach an evidence document (tài liệu kiểm chứng) to one or more items."));
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("item")) || !parser.isSet(QStringLiteral("doc")))
        return fail(
            ctx,
            QCoreApplication::translate(
                "Cli",
                "usage: attach --file U --item CODE[,CODE...] --doc PATH [--number S --date DD/MM/YYYY --summary T]"),
            Usage);
    EvidenceDocument doc;
    doc.items = parser.value(QStringLiteral("item")).split(u',', Qt::SkipEmptyParts);
    for (QString& c : doc.items)
        c = c.trimmed();
    doc.number = parser.value(QStringLiteral("number"));
    doc.summary = parser.value(QStringLiteral("summary"));
    doc.displayName = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("date"))) {
        doc.issuedOn = QDate::fromString(parser.value(QStringLiteral("date")), QStringLiteral("d/M/yyyy"));
        if (!doc.issuedOn.isValid())
            return fail(ctx, QCoreApplication::translate("Cli", "--date needs a date such as 17/11/2025"), Usage);
    }
    auto unit = openUnit(parser, ctx);
    if (!unit)
        return Failed;
    auto id = unit->attach(parser.value(QStringLiteral("doc")), doc);
    if (!id)
        return fail(ctx, id.error());
    ctx.out << QCoreApplication::translate("Cli", "attached %1 to %2")
                   .arg(QFileInfo(parser.value(QStringLiteral("doc"))).fileName(), doc.items.join(u", "))
            << '\n';
    return Ok;
}

} // namespace parindex::cli
