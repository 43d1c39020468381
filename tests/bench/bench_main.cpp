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
    centre = Result<std::shared_ptr<Centre>>::failure({});

    // Historic results: linear in the rows, whether every unit is new or already registered.
    for (const int rows : {1'000, 10'000, 100'000}) {
        auto fresh = Centre::create(dir.filePath(QStringLiteral("import-%1.parindex").arg(rows)));
        if (!fresh) {
            out << fresh.error() << '\n';
            return 1;
        }
        QByteArray csv = "unit;group;appraised;survey\n";
        csv.reserve(rows * 40);
        for (int i = 0; i < rows; ++i)
            csv += "UBND xã số " + QByteArray::number(i) + ";xa;" + QByteArray::number(40 + i % 30) + ",5;" +
                   QByteArray::number(20 + i % 10) + "\n";
        for (const int year : {2023, 2024}) {
            timer.restart();
            const auto report = fresh.value()->importHistoricResults(year, csv);
            if (!report.ok()) {
                out << report.problems.value(0) << '\n';
                return 1;
            }
            out << "import-results, " << rows << " rows, " << report.unitsCreated
                << " units registered: " << timer.elapsed() << " ms\n";
        }
    }
    return 0;
}
