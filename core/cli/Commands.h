#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

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
