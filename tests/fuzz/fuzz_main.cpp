// parindex-fuzz: a seeded mutation loop over the readers of hostile input (the package reader,
// the criteria-set loader, the CSV readers, the XLSX reader). Deterministic for a given --seed
// and --runs; with --seconds it runs for a time instead. An input that crashes the process or
// breaks an invariant is saved (crash-<target>-<sha>.bin in --crashes) and the exit status is 1.
//
//   parindex-fuzz [--target package|feedback|criteria-set|csv|xlsx|all]
//                 [--runs N | --seconds S] [--seed N] [--crashes DIR] [--replay FILE]
#include "FuzzTargets.h"
#include "core/crypto/Sha256.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace parindex;
using namespace parindex::fuzz;

namespace {

// What the signal handler writes: the input being run, to a path chosen beforehand.
const QByteArray* g_current = nullptr;
char g_crashPath[4096] = {0};

extern "C" void onFatalSignal(int signal)
{
    if (g_current && g_crashPath[0]) {
        const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            const ssize_t written = ::write(fd, g_current->constData(), size_t(g_current->size()));
            (void)written;
            ::close(fd);
        }
        static const char message[] = "\nparindex-fuzz: fatal signal; the input was saved\n";
        const ssize_t said = ::write(2, message, sizeof message - 1);
        (void)said;
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

QString savedInput(const QString& folder, const QString& target, const QByteArray& input)
{
    QDir().mkpath(folder);
    const QString path =
        QDir(folder).filePath(QStringLiteral("crash-%1-%2.bin").arg(target, Sha256::hexHash(input).left(16)));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(input);
    return path;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("target"), QStringLiteral("package, feedback, criteria-set, csv, xlsx or all."),
                      QStringLiteral("T"), QStringLiteral("all")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Inputs per target."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("seconds"), QStringLiteral("Time per target instead of --runs."), QStringLiteral("S")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Seed of the mutations."), QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("crashes"), QStringLiteral("Where failing inputs are saved."),
                      QStringLiteral("DIR"), QDir::currentPath()});
    parser.addOption(
        {QStringLiteral("replay"), QStringLiteral("Run one saved input and stop."), QStringLiteral("FILE")});
    parser.process(app);
    QTextStream out(stdout);

    QStringList names = targetNames();
    if (parser.value(QStringLiteral("target")) != QLatin1String("all"))
        names = {parser.value(QStringLiteral("target"))};
    const qint64 runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toLongLong() : 2000;
    const qint64 seconds = parser.value(QStringLiteral("seconds")).toLongLong();
    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt();
    const QString crashes = QDir(parser.value(QStringLiteral("crashes"))).absolutePath();

    for (int s : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
        std::signal(s, onFatalSignal);

    int failures = 0;
    for (const QString& name : names) {
        QTemporaryDir work;
        std::unique_ptr<Target> target = makeTarget(name, work.path());
        if (!target) {
            out << "unknown target " << name << '\n';
            return 2;
        }
        const QByteArray path =
            QFile::encodeName(QDir(crashes).filePath(QStringLiteral("crash-%1-last-input.bin").arg(name)));
        QDir().mkpath(crashes);
        std::strncpy(g_crashPath, path.constData(), sizeof g_crashPath - 1);

        if (parser.isSet(QStringLiteral("replay"))) {
            QFile f(parser.value(QStringLiteral("replay")));
            if (!f.open(QIODevice::ReadOnly))
                return 2;
            const QByteArray input = f.readAll();
            g_current = &input;
            const QString broken = target->run(input);
            out << name << ": " << (broken.isEmpty() ? QStringLiteral("no problem") : broken) << '\n';
            return broken.isEmpty() ? 0 : 1;
        }

        const QList<QByteArray> seeds = target->seeds();
        Mutator mutator(seed, target->dictionary());
        QList<QByteArray> corpus = seeds;
        QElapsedTimer timer;
        timer.start();
        qint64 done = 0;
        // Every seed as it is first: they must pass too.
        for (const QByteArray& s : seeds) {
            g_current = &s;
            if (const QString broken = target->run(s); !broken.isEmpty()) {
                out << name << ": a seed breaks \"" << broken << "\": " << savedInput(crashes, name, s) << '\n';
                ++failures;
            }
        }
        while (seconds > 0 ? timer.elapsed() < seconds * 1000 : done < runs) {
            const QByteArray& base = corpus[mutator.below(int(corpus.size()))];
            const QByteArray input = target->next(base, mutator, corpus);
            g_current = &input;
            const QString broken = target->run(input);
            ++done;
            if (!broken.isEmpty()) {
                out << name << ": \"" << broken << "\": " << savedInput(crashes, name, input) << '\n';
                ++failures;
            }
            // Keep a few inputs that got somewhere as further seeds (a crude corpus).
            if (mutator.below(50) == 0 && corpus.size() < 64 && input.size() < 4 * 1024 * 1024)
                corpus.append(input);
        }
        g_current = nullptr;
        out << name << ": " << done << " inputs in " << timer.elapsed() << " ms, " << failures << " failure(s)\n";
        QStringList tally;
        for (auto it = target->outcomes.cbegin(); it != target->outcomes.cend(); ++it)
            tally.append(QStringLiteral("%1 × %2").arg(it.value()).arg(it.key()));
        tally.sort();
        for (const QString& line : tally)
            out << "    " << line << '\n';
        out.flush();
    }
    return failures == 0 ? 0 : 1;
}
