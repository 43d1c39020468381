// Benchmarks for speed targets (run with `make bench`; figures are printed, never asserted).
#include "app/demo/DemoBuilder.h"
#include "core/centre/Centre.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/unit/UnitAssessment.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace parindex;

namespace {

// A 300-unit year in appraisal: every unit's signed package imported, then what the appraisal
// view does — the overview of every unit, opening one unit, one decision, the rest accepted.
int appraisalBench(const QString& folder, QTextStream& out)
{
    constexpr int unitCount = 300;
    QElapsedTimer timer;
    timer.start();
    auto centre = Centre::create(folder + QStringLiteral("/appraisal.parindex"));
    if (!centre) {
        out << centre.error() << '\n';
        return 1;
    }
    Centre& c = *centre.value();
    const CriteriaSetPtr set = CriteriaCatalog::shippedFor(2025, UnitGroup::So);
    const auto by = QStringLiteral("Nguyễn Văn An");
    c.appraisal().addAppraiser({by, {}});
    QDir().mkpath(folder + QStringLiteral("/units"));
    for (int i = 0; i < unitCount; ++i) {
        const QString code = QStringLiteral("SO-%1").arg(i, 3, 10, QLatin1Char('0'));
        auto unit = UnitAssessment::create(folder + QStringLiteral("/units/%1.parindex").arg(code),
                                           {code, QStringLiteral("Sở thứ %1").arg(i), UnitGroup::So}, 2025, set);
        if (!unit) {
            out << unit.error() << '\n';
            return 1;
        }
        {
            ChangeBatch batch = unit.value()->beginBatch();
            int n = 0;
            for (const CriteriaNode* leaf : set->leaves()) {
                if (leaf->isSurvey() || !leaf->rule || leaf->rule->kind != RuleKind::Options)
                    continue;
                unit.value()->setInput(leaf->code, ItemInput::ofOption((i + n++) % int(leaf->rule->options.size())));
            }
            batch.commit();
        }
        const auto key = SigningKey::generate();
        c.addUnit({code, QStringLiteral("Sở thứ %1").arg(i), UnitGroup::So, true});
        c.enrolKey(code, Centre::readPublicKey(key->publicPem()).value());
        const QString pkg = folder + QStringLiteral("/units/%1.zip").arg(code);
        if (!unit.value()->exportPackage(key.value(), pkg)) {
            out << "export failed\n";
            return 1;
        }
        const ImportOutcome o = c.importPackage(pkg);
        if (o.kind != ImportOutcome::Kind::Accepted) {
            out << o.text() << '\n';
            return 1;
        }
    }
    out << "appraisal year: " << unitCount << " units' packages made and imported: " << timer.elapsed() << " ms\n";

    timer.restart();
    const auto progress = c.appraisal().progress(2025);
    out << "appraisal overview of " << (progress ? progress->size() : 0)
        << " units (stage, progress, totals): " << timer.elapsed() << " ms\n";
    constexpr int opened = 30;
    timer.restart();
    for (int i = 0; i < opened; ++i)
        c.appraisal().unit(2025, QStringLiteral("SO-%1").arg(i * 7 % unitCount, 3, 10, QLatin1Char('0')));
    out << "opening one unit (items, points, flags, locks): " << double(timer.elapsed()) / opened << " ms\n";
    AppraisalEdit edit;
    edit.input = ItemInput::ofOption(1);
    edit.comment = QStringLiteral("Chưa có văn bản kiểm chứng");
    timer.restart();
    const Status s = c.appraisal().appraise(2025, QStringLiteral("SO-001"), QStringLiteral("1.1.1"), edit, by);
    out << "one appraisal decision, saved and audited: " << timer.elapsed() << " ms" << (s ? "" : " (failed)") << '\n';
    timer.restart();
    const auto rest = c.appraisal().acceptRest(2025, QStringLiteral("SO-001"), by);
    out << "accept the rest of a unit (" << (rest ? rest.value() : 0) << " items): " << timer.elapsed() << " ms\n";
    timer.restart();
    const auto results = c.results(2025);
    out << "results of " << (results ? results->units.size() : 0) << " units from the appraisal: " << timer.elapsed()
        << " ms\n";
    return 0;
}

} // namespace

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
    return appraisalBench(dir.path(), out);
}
