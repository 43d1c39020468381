#include "app/cli/commands/InboxCommand.h"

#include "core/centre/Centre.h"
#include "core/common/Text.h"

namespace parindex::cli {

const char* InboxCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "List what the units sent for a year; withdraw a version accepted by mistake");
}

int InboxCommand::run(Context& ctx)
{
    const QString sub = ctx.arguments.value(1);
    if (sub != QLatin1String("list") && sub != QLatin1String("withdraw")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            ctx.out << QCoreApplication::translate(
                "Cli", "Usage: parindex-cli inbox list     --file C.parindex --year Y\n"
                       "       parindex-cli inbox withdraw --file C.parindex --year Y --unit CODE --sequence N "
                       "--reason TEXT\n\n"
                       "A withdrawn version is kept with the reason; the version before it is in force again and\n"
                       "the same package is refused from then on.\n");
            return Ok;
        }
        return fail(ctx, QCoreApplication::translate("Cli", "expected list or withdraw"), Usage);
    }
    Context inner{ctx.arguments.mid(1), ctx.out, ctx.err};
    inner.arguments[0] = QStringLiteral("inbox ") + sub;
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The centre's data file.")));
    parser.addOption(yearOption());
    parser.addOption(
        {QStringLiteral("unit"), QCoreApplication::translate("Cli", "The unit's code."), QStringLiteral("CODE")});
    parser.addOption(
        {QStringLiteral("sequence"), QCoreApplication::translate("Cli", "The version's number."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("reason"), QCoreApplication::translate("Cli", "Why the version is withdrawn."),
                      QStringLiteral("TEXT")});
    if (int code = parse(parser, inner, QCoreApplication::translate("Cli", "The centre's inbox.")); code >= 0)
        return code;
    if (int code = requireOptions(parser, inner, {"file", "year"}); code >= 0)
        return code;
    const auto year = yearFrom(parser, inner);
    if (!year)
        return Usage;
    auto centre = openCentre(parser, inner);
    if (!centre)
        return Failed;
    const auto entries = centre->inbox(*year);
    if (!entries)
        return fail(inner, entries.error());
    if (sub == QLatin1String("list")) {
        for (const InboxEntry& e : entries.value()) {
            inner.out << safeForDisplay(e.unit.code) << '\t' << safeForDisplay(e.unit.name) << '\t'
                      << InboxEntry::statusText(e.status) << '\n';
            for (const SubmissionVersion& v : e.versions)
                inner.out << "  "
                          << QCoreApplication::translate("Cli", "version %1, received %2, %3 bytes, signed by %4")
                                 .arg(v.sequence)
                                 .arg(v.receivedAt.toString(Qt::ISODate))
                                 .arg(v.size)
                                 .arg(v.signerKeyId)
                          << '\n';
        }
        return Ok;
    }
    if (int code = requireOptions(parser, inner, {"unit", "sequence", "reason"}); code >= 0)
        return code;
    bool ok = false;
    const qint64 sequence = parser.value(QStringLiteral("sequence")).toLongLong(&ok);
    if (!ok)
        return fail(inner, QCoreApplication::translate("Cli", "--sequence needs a version number"), Usage);
    const auto unit = centre->unit(parser.value(QStringLiteral("unit")));
    if (!unit)
        return fail(inner, unit.error());
    for (const InboxEntry& e : entries.value()) {
        if (e.unit.id != unit->id)
            continue;
        for (const SubmissionVersion& v : e.versions) {
            if (v.sequence != sequence)
                continue;
            if (Status s = centre->withdrawSubmission(v.id, parser.value(QStringLiteral("reason"))); !s)
                return fail(inner, s.error());
            inner.out << QCoreApplication::translate("Cli", "version %1 of %2 for %3 withdrawn")
                             .arg(sequence)
                             .arg(unit->name)
                             .arg(*year)
                      << '\n';
            return Ok;
        }
    }
    return fail(
        inner,
        QCoreApplication::translate("Cli", "%1 has no version %2 for %3").arg(unit->name).arg(sequence).arg(*year));
}

} // namespace parindex::cli
