#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "store/DataFile.h"

#include <memory>
#include <optional>

namespace parindex::cli {

// What every command gets: its own arguments and the two streams.
struct Context
{
    QStringList arguments; // starting with the command name(s)
    QTextStream& out;
    QTextStream& err;
};

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

// Parses `ctx.arguments` with `parser`; handles --help. Returns -1 to go on, else an exit code.
int parse(QCommandLineParser& parser, Context& ctx, const QString& summary);
int fail(Context& ctx, const QString& message, int code = Failed);

// Shared helpers of the commands.
// The passphrase is the file's first line (a trailing newline is not part of it).
std::optional<QByteArray> readPassphrase(const QString& path, Context& ctx);
Status writeAtomically(const QString& path, const QByteArray& bytes);
// Fails with a usage error naming the first of `names` that was not given; -1 when all were.
int requireOptions(const QCommandLineParser& parser, Context& ctx, std::initializer_list<const char*> names);
// Opens --file as a centre's data file, or reports why not; null on failure.
std::shared_ptr<DataFile> openCentre(const QCommandLineParser& parser, Context& ctx);

int setsCommand(Context& ctx);
int newCentreCommand(Context& ctx);
int importResultsCommand(Context& ctx);
int resultsCommand(Context& ctx);
int demoCommand(Context& ctx);
int newUnitCommand(Context& ctx);
int scoreCommand(Context& ctx);
int explainCommand(Context& ctx);
int attachCommand(Context& ctx);
int checkCommand(Context& ctx);
int reportCommand(Context& ctx);
int keygenCommand(Context& ctx);
int unitsCommand(Context& ctx);
int exportCommand(Context& ctx);
int importCommand(Context& ctx);

} // namespace parindex::cli
