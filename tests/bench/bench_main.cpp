// Benchmarks for speed targets (run with `make bench`; figures are printed, never asserted).
#include "app/demo/DemoBuilder.h"
#include "core/centre/Centre.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace parindex;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    QElapsedTimer timer;

    timer.start();
    const auto demo = DemoBuilder::build(dir.path(), 80, false);
    if (!demo) {
        out << "demo failed: " << demo.error() << '\n';
        return 1;
    }
    out << "demo centre (" << demo->units << " units, " << demo->scoredItems << " item inputs): " << timer.elapsed()
        << " ms\n";

    auto centre = Centre::open(demo->centreFile);
    if (!centre) {
        out << centre.error() << '\n';
        return 1;
    }
    constexpr int rounds = 20;
    timer.restart();
    qsizetype units = 0;
    for (int i = 0; i < rounds; ++i) {
        const auto results = centre.value()->results(2025);
        units = results->units.size();
    }
    out << "results of " << units << " units (load inputs, score, rank): " << double(timer.elapsed()) / rounds
        << " ms per recomputation\n";
    return 0;
}
