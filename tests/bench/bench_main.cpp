// Benchmarks for speed targets (run with `make bench`; figures are printed, never asserted).
// `parindex-bench --province` stops after the province-sized figures (the demo, results, reports,
// the survey import).
#include "app/demo/DemoBuilder.h"
#include "core/centre/Centre.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/reports/ResultsReport.h"
#include "core/reports/ResultsWorkbook.h"
#include "core/unit/UnitAssessment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
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

// A table of `rows` survey answers for the units given, every unit answering every question of
// its set (no byte-order mark: the same file is given to sqlite3).
QByteArray surveyAnswers(const QList<UnitYearResult>& units, int rows)
{
    QByteArray csv = "Phiếu;Nhóm đối tượng;Đơn vị;Mã câu hỏi;Trả lời\n";
    csv.reserve(qsizetype(rows) * 64);
    const int perUnit = (rows + int(units.size()) - 1) / int(units.size());
    const char letters[] = {'A', 'B', 'A', 'C', 'B', 'D', 'A', 'E'};
    int written = 0;
    for (qsizetype u = 0; u < units.size() && written < rows; ++u) {
        const SurveyInstrument& in = units.at(u).set->survey;
        const QByteArray name = units.at(u).row.unitName.toUtf8();
        for (int i = 0; i < perUnit && written < rows; ++i, ++written) {
            const int q = i % int(in.questions.size());
            const int respondent = i / int(in.questions.size());
            csv += QByteArray::number(u * 1000 + respondent) + ';' +
                   in.groups.at(respondent % in.groups.size()).code.toUtf8() + ';' + name + ';' +
                   in.questions.at(q).code.toUtf8() + ';' + letters[(u + i * 7) % 8] + '\n';
        }
    }
    return csv;
}

// The figures of a province-sized year: the demo at 300 units (the 2025 sets, the survey in),
// recomputing its results, the ranking report, the workbook, and a survey table of 100,000
// answers against sqlite3's own CSV import.
int resultsBench(const QString& folder, QTextStream& out)
{
    QElapsedTimer timer;
    timer.start();
    const auto demo = DemoBuilder::build(folder + QStringLiteral("/demo-300"), 300, false);
    if (!demo) {
        out << "demo failed: " << demo.error() << '\n';
        return 1;
    }
    out << "demo centre of " << demo->units << " units (" << demo->surveyAnswers
        << " survey answers): " << timer.elapsed() << " ms\n";
    auto centre = Centre::open(demo->centreFile);
    if (!centre) {
        out << centre.error() << '\n';
        return 1;
    }
    Centre& c = *centre.value();

    constexpr int rounds = 20;
    timer.restart();
    Result<YearResults> results = c.results(2025);
    for (int i = 1; i < rounds; ++i)
        results = c.results(2025);
    if (!results) {
        out << results.error() << '\n';
        return 1;
    }
    out << "results of " << results->units.size()
        << " units with the survey (load, score, rank, compare with 2024): " << double(timer.elapsed()) / rounds
        << " ms per recomputation (goal <= 20 ms)\n";

    const auto context = c.reportContext(2025);
    if (!context) {
        out << context.error() << '\n';
        return 1;
    }
    const QString pdf = folder + QStringLiteral("/xep-hang-2025.pdf");
    timer.restart();
    const Status report = RankingReport(results.value(), context.value()).writePdf(pdf);
    out << "ranking report (PDF, " << QFileInfo(pdf).size() / 1024 << " KiB): " << timer.elapsed()
        << " ms (goal <= 1000 ms)" << (report ? "" : " (failed)") << '\n';
    const QString xlsx = folder + QStringLiteral("/ket-qua-2025.xlsx");
    timer.restart();
    const Status book = writeXlsx(ResultsWorkbook::build(results.value()), xlsx);
    out << "results workbook (XLSX, " << QFileInfo(xlsx).size() / 1024 << " KiB): " << timer.elapsed() << " ms"
        << (book ? "" : " (failed)") << '\n';

    // 100,000 answers: the survey service (read, check, turn into points, store a version)
    // against sqlite3 storing the same rows as they are.
    constexpr int answers = 100'000;
    const QByteArray table = surveyAnswers(results->units, answers);
    const QString csv = folder + QStringLiteral("/dieu-tra-100000.csv");
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly) || file.write(table) != table.size()) {
        out << "cannot write " << csv << '\n';
        return 1;
    }
    file.close();
    timer.restart();
    const SurveyImportReport imported = c.survey().importTable(2025, table, QStringLiteral("dieu-tra-100000.csv"));
    const qint64 ours = timer.elapsed();
    if (!imported.ok()) {
        out << "survey import failed: " << imported.read.problems.value(0) << '\n';
        return 1;
    }
    out << "survey import, " << imported.read.rows << " answers -> " << imported.read.points.size() << " points of "
        << results->units.size() << " units: " << ours << " ms\n";
    QProcess sqlite;
    timer.restart();
    sqlite.start(QStringLiteral("sqlite3"),
                 {folder + QStringLiteral("/sqlite-import.db"), QStringLiteral("-cmd"), QStringLiteral(".mode csv"),
                  QStringLiteral("-cmd"), QStringLiteral(".separator ;"),
                  QStringLiteral(".import '%1' answers").arg(csv)});
    if (!sqlite.waitForFinished(120000) || sqlite.exitStatus() != QProcess::NormalExit || sqlite.exitCode() != 0) {
        out << "sqlite3 .import: not run (" << sqlite.errorString() << sqlite.readAllStandardError() << ")\n";
        return 0;
    }
    const qint64 theirs = timer.elapsed();
    out << "sqlite3 .import of the same " << answers << " rows into a fresh database: " << theirs << " ms; ratio "
        << QString::number(double(ours) / qMax<qint64>(1, theirs), 'f', 2) << "x (goal <= 1.5x)\n";
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // The reports need fonts and painting; no window is ever shown.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    QElapsedTimer timer;

    timer.start();
    const auto demo = DemoBuilder::build(dir.filePath(QStringLiteral("demo")), DemoBuilder::defaultUnits(), false);
    if (!demo) {
        out << "demo failed: " << demo.error() << '\n';
        return 1;
    }
    out << "demo centre (parindex-cli demo: " << demo->units << " units, " << demo->scoredItems << " item inputs, "
        << demo->surveyAnswers << " survey answers, " << demo->historicUnits << " results of 2024): " << timer.elapsed()
        << " ms\n";
    if (const int failed = resultsBench(dir.path(), out))
        return failed;
    if (app.arguments().contains(QStringLiteral("--province"))) // only the figures above, e.g. to profile them
        return 0;

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
