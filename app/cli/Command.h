#pragma once

#include "core/common/Result.h"
#include "core/scoring/ItemInput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>
#include <memory>
#include <optional>

namespace parindex {
class Centre;
class UnitAssessment;
} // namespace parindex

namespace parindex::cli {

// What every command gets: its own arguments (starting with its name) and the two streams.
struct Context
{
    QStringList arguments;
    QTextStream& out;
    QTextStream& err;
};

enum Exit
{
    Ok = 0,
    Failed = 1,
    Usage = 2
};

// One command of parindex-cli. Each command is a class of its own (app/cli/commands/); they call
// the services of core, never the store.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    // English source, translated in the "Cli" context.
    virtual const char* summary() const = 0;
    virtual int run(Context& ctx) = 0;
};

// Shared by the commands.
// Parses `ctx.arguments` with `parser`; handles --help. Returns -1 to go on, else an exit code.
int parse(QCommandLineParser& parser, Context& ctx, const QString& summary);
int fail(Context& ctx, const QString& message, int code = Failed);
// Fails with a usage error naming the first of `names` that was not given; -1 when all were.
int requireOptions(const QCommandLineParser& parser, Context& ctx, std::initializer_list<const char*> names);
// The passphrase held in a file (see Passphrase: a BOM and one line ending are not part of it).
std::optional<QString> readPassphrase(const QString& path, Context& ctx);
// Reads a file of at most `limit` bytes, or reports why not.
std::optional<QByteArray> readInput(const QString& path, qint64 limit, Context& ctx);
// --year as a year from 2000 to 2100, or a usage error.
std::optional<int> yearFrom(const QCommandLineParser& parser, Context& ctx);
// Opens --file as a centre's or a unit's data file, or reports why not; null on failure.
std::shared_ptr<Centre> openCentre(const QCommandLineParser& parser, Context& ctx);
std::shared_ptr<UnitAssessment> openUnit(const QCommandLineParser& parser, Context& ctx);

// The options that say an item's score (--option, --value, --ratio, --count, --not-applicable),
// how many of them were given, and the score they say (or a usage error).
void addInputOptions(QCommandLineParser& parser);
int countInputOptions(const QCommandLineParser& parser);
std::optional<ItemInput> inputFrom(const QCommandLineParser& parser, Context& ctx);
// A date written DD/MM/YYYY, or a usage error naming the option.
std::optional<QDate> dateFrom(const QString& text, const QString& option, Context& ctx);

// A text field of a CSV output: never read as a formula, no control characters, quoted when it
// must be.
QString csvField(const QString& text);

QCommandLineOption fileOption(const char* description);
QCommandLineOption yearOption();
QCommandLineOption passphraseFileOption();
QCommandLineOption itemOption();

} // namespace parindex::cli
