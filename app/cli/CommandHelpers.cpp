#include "app/cli/Command.h"
#include "core/centre/Centre.h"
#include "core/common/Text.h"
#include "core/crypto/Passphrase.h"
#include "core/files/SafeFile.h"
#include "core/unit/UnitAssessment.h"

#include <QFile>
#include <QRegularExpression>

namespace parindex::cli {

int parse(QCommandLineParser& parser, Context& ctx, const QString& summary)
{
    parser.setApplicationDescription(summary);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList args = ctx.arguments;
    args.prepend(QStringLiteral("parindex-cli"));
    if (!parser.parse(args))
        return fail(ctx, parser.errorText(), Usage);
    if (parser.isSet(help)) {
        // QCommandLineParser::helpText() names the program only; say the command too.
        QString text = parser.helpText();
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     QStringLiteral("Usage: parindex-cli ") + ctx.arguments.first());
        ctx.out << text;
        return Ok;
    }
    return -1;
}

int fail(Context& ctx, const QString& message, int code)
{
    ctx.err << QStringLiteral("parindex-cli %1: %2\n").arg(ctx.arguments.first(), message);
    return code;
}

int requireOptions(const QCommandLineParser& parser, Context& ctx, std::initializer_list<const char*> names)
{
    for (const char* o : names) {
        if (!parser.isSet(QLatin1String(o)))
            return fail(ctx, QCoreApplication::translate("Cli", "--%1 is required").arg(QLatin1String(o)), Usage);
    }
    return -1;
}

std::optional<QString> readPassphrase(const QString& path, Context& ctx)
{
    const auto bytes = readSmallFile(path, Passphrase::MaximumFileSize);
    if (!bytes) {
        fail(ctx, bytes.error());
        return std::nullopt;
    }
    auto text = Passphrase::fromFile(bytes.value());
    if (!text) {
        fail(ctx, QStringLiteral("%1: %2").arg(path, text.error()));
        return std::nullopt;
    }
    return text.value();
}

std::optional<QByteArray> readInput(const QString& path, qint64 limit, Context& ctx)
{
    auto bytes = readSmallFile(path, limit);
    if (!bytes) {
        fail(ctx, bytes.error());
        return std::nullopt;
    }
    return std::move(bytes).value();
}

std::optional<int> yearFrom(const QCommandLineParser& parser, Context& ctx)
{
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 2000 || year > 2100) {
        fail(ctx, QCoreApplication::translate("Cli", "--year needs a year from 2000 to 2100"), Usage);
        return std::nullopt;
    }
    return year;
}

std::shared_ptr<Centre> openCentre(const QCommandLineParser& parser, Context& ctx)
{
    if (!parser.isSet(QStringLiteral("file"))) {
        fail(ctx, QCoreApplication::translate("Cli", "--file is required"), Usage);
        return nullptr;
    }
    auto opened = Centre::open(parser.value(QStringLiteral("file")));
    if (!opened) {
        fail(ctx, opened.error());
        return nullptr;
    }
    return opened.value();
}

std::shared_ptr<UnitAssessment> openUnit(const QCommandLineParser& parser, Context& ctx)
{
    if (!parser.isSet(QStringLiteral("file"))) {
        fail(ctx, QCoreApplication::translate("Cli", "--file is required"), Usage);
        return nullptr;
    }
    auto opened = UnitAssessment::open(parser.value(QStringLiteral("file")));
    if (!opened) {
        fail(ctx, opened.error());
        return nullptr;
    }
    return opened.value();
}

QCommandLineOption fileOption(const char* description)
{
    return QCommandLineOption(QStringLiteral("file"), QCoreApplication::translate("Cli", description),
                              QStringLiteral("FILE"));
}

QCommandLineOption passphraseFileOption()
{
    return QCommandLineOption(QStringLiteral("passphrase-file"),
                              QCoreApplication::translate("Cli", "A file holding the key's passphrase on one line "
                                                                 "(UTF-8; a new one needs at least 8 characters)."),
                              QStringLiteral("P"));
}

QCommandLineOption yearOption()
{
    return QCommandLineOption(QStringLiteral("year"), QCoreApplication::translate("Cli", "The year, e.g. 2025."),
                              QStringLiteral("YEAR"));
}

QCommandLineOption itemOption()
{
    return QCommandLineOption(QStringLiteral("item"),
                              QCoreApplication::translate("Cli", "The item's code, e.g. 1.1.2."),
                              QStringLiteral("CODE"));
}

void addInputOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("option"),
                      QCoreApplication::translate("Cli", "Choose the N-th level (1 for the first)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("value"),
                      QCoreApplication::translate("Cli", "Points, for items scored by judgement (0,5 or 0.5)."),
                      QStringLiteral("V")});
    parser.addOption({QStringLiteral("ratio"), QCoreApplication::translate("Cli", "Numerator/denominator, e.g. 45/50."),
                      QStringLiteral("A/B")});
    parser.addOption({QStringLiteral("count"),
                      QCoreApplication::translate("Cli", "Number of shortcomings, for deduction items."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("not-applicable"),
                      QCoreApplication::translate("Cli", "Mark the item not applicable, with the reason."),
                      QStringLiteral("REASON")});
}

std::optional<ItemInput> inputFrom(const QCommandLineParser& parser, Context& ctx)
{
    if (parser.isSet(QStringLiteral("option"))) {
        bool ok = false;
        const int n = parser.value(QStringLiteral("option")).toInt(&ok);
        if (!ok || n < 1) {
            fail(ctx, QCoreApplication::translate("Cli", "--option needs a level number, 1 for the first"), Usage);
            return std::nullopt;
        }
        return ItemInput::ofOption(n - 1);
    }
    if (parser.isSet(QStringLiteral("value"))) {
        const auto v = Points::parse(parser.value(QStringLiteral("value")));
        if (!v) {
            fail(ctx, QCoreApplication::translate("Cli", "--value needs a number such as 0,75 or 0.75"), Usage);
            return std::nullopt;
        }
        return ItemInput::ofValue(*v);
    }
    if (parser.isSet(QStringLiteral("ratio"))) {
        const QStringList parts = parser.value(QStringLiteral("ratio")).split(u'/');
        const auto num = parts.size() == 2 ? Points::parse(parts.at(0)) : std::nullopt;
        const auto den = parts.size() == 2 ? Points::parse(parts.at(1)) : std::nullopt;
        if (!num || !den) {
            fail(ctx, QCoreApplication::translate("Cli", "--ratio needs numerator/denominator, e.g. 45/50"), Usage);
            return std::nullopt;
        }
        return ItemInput::ofRatio(*num, *den);
    }
    if (parser.isSet(QStringLiteral("count"))) {
        bool ok = false;
        const qint64 n = parser.value(QStringLiteral("count")).toLongLong(&ok);
        if (!ok || n < 0 || n > ItemInput::MaxCount) {
            fail(ctx,
                 QCoreApplication::translate("Cli", "--count needs a whole number from 0 to %1")
                     .arg(ItemInput::MaxCount),
                 Usage);
            return std::nullopt;
        }
        return ItemInput::ofCount(n);
    }
    if (parser.isSet(QStringLiteral("not-applicable")))
        return ItemInput::notApplicable(parser.value(QStringLiteral("not-applicable")));
    fail(ctx,
         QCoreApplication::translate("Cli", "say the score: --option, --value, --ratio, --count or --not-applicable"),
         Usage);
    return std::nullopt;
}

std::optional<QDate> dateFrom(const QString& text, const QString& option, Context& ctx)
{
    const QDate d = QDate::fromString(text.trimmed(), QStringLiteral("d/M/yyyy"));
    if (!d.isValid()) {
        fail(ctx, QCoreApplication::translate("Cli", "--%1 needs a date written DD/MM/YYYY").arg(option), Usage);
        return std::nullopt;
    }
    return d;
}

int countInputOptions(const QCommandLineParser& parser)
{
    int given = 0;
    for (const char* o : {"option", "value", "ratio", "count", "not-applicable"})
        given += parser.isSet(QLatin1String(o)) ? 1 : 0;
    return given;
}

QString csvField(const QString& text)
{
    const QString s = spreadsheetText(text);
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\'')) &&
        !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace parindex::cli
