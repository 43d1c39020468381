#include "core/centre/Centre.h"
#include "core/common/Clock.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/criteria/CriteriaLoader.h"
#include "core/reports/SelfAssessmentReport.h"
#include "core/store/DataFile.h"
#include "core/unit/AssessmentEditor.h"
#include "core/unit/SubmissionCheck.h"
#include "support/SetBuilder.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using test::pts;

namespace {

struct UnitFixture
{
    QTemporaryDir dir;
    std::shared_ptr<UnitAssessment> unit;
    UnitFixture()
    {
        const auto loaded = CriteriaLoader::loadBytes(test::toBytes(test::smallSet()));
        REQUIRE(loaded.ok());
        auto created = UnitAssessment::create(dir.filePath(u"U.parindex"_s),
                                              {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So}, 2025, loaded.set);
        REQUIRE(created.ok());
        unit = created.value();
    }
    QString document(const QString& name, const QByteArray& content)
    {
        const QString path = dir.filePath(name);
        test::writeFile(path, content);
        return path;
    }
    QList<CheckProblem::Kind> kindsFor(const QString& code) const
    {
        QList<CheckProblem::Kind> out;
        for (const CheckProblem& p : SubmissionCheck::run(*unit)) {
            if (p.itemCode == code)
                out.append(p.kind);
        }
        return out;
    }
};

} // namespace

TEST_CASE("A unit file is created for one unit, year and matching set", "[unit]")
{
    QTemporaryDir dir;
    const CriteriaSetPtr so = CriteriaCatalog::shippedFor(2025, UnitGroup::So);
    CHECK(UnitAssessment::create(dir.filePath(u"a.parindex"_s), {u"X"_s, u"Phường X"_s, UnitGroup::Xa}, 2025, so)
              .error()
              .contains(u"is for the group"_s));
    CHECK(UnitAssessment::create(dir.filePath(u"b.parindex"_s), {u"S"_s, u"Sở S"_s, UnitGroup::So}, 2024, so)
              .error()
              .contains(u"is for 2025, not 2024"_s));
    CHECK_FALSE(QFile::exists(dir.filePath(u"a.parindex"_s)));
    auto made = UnitAssessment::create(dir.filePath(u"c.parindex"_s), {u"S"_s, u"Sở S"_s, UnitGroup::So}, 2025, so);
    REQUIRE(made.ok());
    made = Result<std::shared_ptr<UnitAssessment>>::failure(QString()); // close it
    auto reopened = UnitAssessment::open(dir.filePath(u"c.parindex"_s));
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->set().sha256 == so->sha256);
    CHECK(reopened.value()->unit().name == u"Sở S"_s);
    REQUIRE(Centre::create(dir.filePath(u"centre.parindex"_s)).ok());
    CHECK(UnitAssessment::open(dir.filePath(u"centre.parindex"_s)).error().contains(u"centre's data file"_s));
}

TEST_CASE("Scores update the totals at once and are announced", "[unit]")
{
    UnitFixture fx;
    QSignalSpy changed(fx.unit.get(), &UnitAssessment::itemChanged);
    REQUIRE(fx.unit->setInput(u"1.2"_s, ItemInput::ofValue(pts("2.5"))).ok());
    CHECK(changed.size() == 1);
    CHECK(changed.first().first().toString() == u"1.2"_s);
    CHECK(fx.unit->evaluation().node(u"1"_s)->achieved == pts("2.5"));
    CHECK(fx.unit->evaluation().total == pts("2.5"));
    CHECK_FALSE(fx.unit->setInput(u"1.2"_s, ItemInput::ofValue(pts("9"))).ok());
    CHECK(changed.size() == 1);
    CHECK(fx.unit->evaluation().total == pts("2.5"));
}

TEST_CASE("Undo and redo restore saved scores, explanations and links", "[unit][undo]")
{
    UnitFixture fx;
    AssessmentEditor editor(fx.unit);
    QUndoStack* stack = editor.undoStack();
    REQUIRE(editor.setScore(u"1.1.1"_s, ItemInput::ofOption(1)).ok());
    REQUIRE(editor.setScore(u"1.1.1"_s, ItemInput::ofOption(0)).ok());
    REQUIRE(editor.setExplanation(u"1.1.1"_s, u"Kế hoạch ban hành đúng hạn"_s).ok());
    CHECK(stack->count() == 3);
    CHECK(stack->undoText() == u"Explanation of 1.1.1"_s);
    CHECK_FALSE(editor.setScore(u"1.2"_s, ItemInput::ofValue(pts("0.1"))).ok()); // refused, not pushed
    CHECK(stack->count() == 3);

    stack->undo();
    CHECK(fx.unit->stored(u"1.1.1"_s).explanation.isEmpty());
    stack->undo();
    CHECK(fx.unit->stored(u"1.1.1"_s).input == ItemInput::ofOption(1));
    CHECK(stack->undoText() == u"Score 1.1.1"_s);
    // What undo restored is on disk, not only in memory.
    CHECK(test::queryValue(fx.unit->path(), u"SELECT input FROM item_inputs WHERE item_code = '1.1.1'"_s) ==
          u"option:2"_s);
    stack->redo();
    stack->redo();
    CHECK(fx.unit->stored(u"1.1.1"_s).input == ItemInput::ofOption(0));
    CHECK(fx.unit->stored(u"1.1.1"_s).explanation == u"Kế hoạch ban hành đúng hạn"_s);
}

TEST_CASE("Evidence: stored once, linked to several items, unlinked", "[unit][evidence]")
{
    UnitFixture fx;
    EvidenceDocument doc;
    doc.items = {u"1.1.1"_s, u"1.1.2"_s};
    doc.number = u"12/KH-STC"_s;
    doc.issuedOn = QDate(2025, 1, 10);
    doc.summary = u"Kế hoạch CCHC năm 2025"_s;
    const QString nfd = u"Kế hoạch.pdf"_s.normalized(QString::NormalizationForm_D);
    auto first = fx.unit->attach(fx.document(nfd, "same bytes"), doc);
    REQUIRE(first.ok());
    doc.items = {u"1.2"_s};
    auto second = fx.unit->attach(fx.document(u"copy.pdf"_s, "same bytes"), doc);
    REQUIRE(second.ok());
    CHECK(second.value() == first.value()); // the same document, now also for 1.2
    const auto all = fx.unit->evidence();
    REQUIRE(all.size() == 1);
    CHECK(all.first().items == QStringList{u"1.1.1"_s, u"1.1.2"_s, u"1.2"_s});
    CHECK(all.first().displayName == u"Kế hoạch.pdf"_s); // NFC
    CHECK(QDir(fx.unit->evidenceStore().folder()).entryList(QDir::Files).size() == 1);
    CHECK(fx.unit->evidenceFor(u"1.2"_s).size() == 1);

    AssessmentEditor editor(fx.unit);
    REQUIRE(editor.unlink(first.value(), u"1.2"_s).ok());
    CHECK(fx.unit->evidenceFor(u"1.2"_s).isEmpty());
    editor.undoStack()->undo();
    CHECK(fx.unit->evidenceFor(u"1.2"_s).size() == 1);

    doc.items = {u"7.7"_s};
    CHECK(fx.unit->attach(fx.document(u"other.pdf"_s, "other"), doc).error().contains(u"no item 7.7"_s));
    CHECK(fx.unit->evidence().size() == 1);
}

TEST_CASE("The pre-submission check finds every kind of problem", "[unit][check]")
{
    UnitFixture fx;
    using K = CheckProblem::Kind;
    CHECK(fx.kindsFor(u"1.1.1"_s) == QList<K>{K::Unscored});
    CHECK(fx.kindsFor(u"2.1.3"_s).isEmpty()); // survey items are not the unit's to score

    REQUIRE(fx.unit->setInput(u"1.1.1"_s, ItemInput::ofOption(0)).ok());
    CHECK(fx.kindsFor(u"1.1.1"_s) == QList<K>{K::NoEvidenceNoExplanation});
    REQUIRE(fx.unit->setExplanation(u"1.1.1"_s, u"Văn bản đang chờ ký"_s).ok());
    CHECK(fx.kindsFor(u"1.1.1"_s).isEmpty());

    REQUIRE(fx.unit->setInput(u"1.1.2"_s, ItemInput::ofRatio(pts("0"), pts("10"))).ok());
    CHECK(fx.kindsFor(u"1.1.2"_s).isEmpty()); // 0 points claimed need no evidence

    EvidenceDocument doc;
    doc.items = {u"1.2"_s};
    REQUIRE(fx.unit->setInput(u"1.2"_s, ItemInput::ofValue(pts("2"))).ok());
    REQUIRE(fx.unit->attach(fx.document(u"bc.pdf"_s, "report"), doc).ok());
    CHECK(fx.kindsFor(u"1.2"_s) == QList<K>{K::EvidenceWithoutNumber, K::EvidenceWithoutDate});

    // An input stored before the set tightened its rule shows up as invalid.
    test::execSql(fx.unit->path(),
                  u"INSERT INTO item_inputs(assessment_id, item_code, input, updated_at) VALUES(%1, '2.1.1', "
                  "'ratio:11/10', 'x')"_s.arg(fx.unit->assessment().id));
    test::execSql(
        fx.unit->path(),
        u"INSERT INTO item_inputs(assessment_id, item_code, input, updated_at) VALUES(%1, '2.1.2', 'na', 'x')"_s.arg(
            fx.unit->assessment().id));
    const QString path = fx.unit->path();
    fx.unit.reset(); // one opening at a time
    auto reopened = UnitAssessment::open(path);
    REQUIRE(reopened.ok());
    fx.unit = reopened.value();
    CHECK(fx.kindsFor(u"2.1.1"_s) == QList<K>{K::InvalidValue});
    CHECK(fx.kindsFor(u"2.1.2"_s) == QList<K>{K::InvalidValue}); // N/A where the set does not allow it
}

TEST_CASE("After the deadline the assessment is read-only", "[unit][deadline]")
{
    UnitFixture fx;
    const QDateTime deadline(QDate(2026, 1, 15), QTime(17, 0), Qt::UTC);
    REQUIRE(fx.unit->setDeadline(deadline).ok());
    Clock::setForTesting([&] { return deadline.addSecs(-60); });
    CHECK_FALSE(fx.unit->isLocked());
    REQUIRE(fx.unit->setInput(u"1.2"_s, ItemInput::ofValue(pts("1"))).ok());
    Clock::setForTesting([&] { return deadline.addSecs(1); });
    CHECK(fx.unit->isLocked());
    CHECK(fx.unit->setInput(u"1.2"_s, ItemInput::ofValue(pts("2"))).error().contains(u"can no longer be changed"_s));
    CHECK_FALSE(fx.unit->setExplanation(u"1.2"_s, u"x"_s).ok());
    CHECK_FALSE(fx.unit->attach(fx.document(u"a.pdf"_s, "a"), {}).ok());
    AssessmentEditor editor(fx.unit);
    CHECK_FALSE(editor.setScore(u"1.2"_s, ItemInput::ofValue(pts("3"))).ok());
    CHECK(editor.undoStack()->count() == 0);
    CHECK(fx.unit->stored(u"1.2"_s).input == ItemInput::ofValue(pts("1")));
    Clock::reset();
}

TEST_CASE("A deadline named by the criteria set is carried into the unit file", "[unit][deadline]")
{
    QTemporaryDir dir;
    auto withDeadline =
        test::with(test::smallSet(), {u"deadlines"_s, u"self_assessment"_s}, u"2026-01-15T17:00:00+07:00"_s);
    const auto loaded = CriteriaLoader::loadBytes(test::toBytes(withDeadline));
    REQUIRE(loaded.ok());
    auto unit =
        UnitAssessment::create(dir.filePath(u"u.parindex"_s), {u"S"_s, u"Sở S"_s, UnitGroup::So}, 2025, loaded.set);
    REQUIRE(unit.ok());
    REQUIRE(unit.value()->deadline().has_value());
    CHECK(*unit.value()->deadline() == QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC));
    // A deadline without its offset is ambiguous, so it is refused.
    const auto bad = CriteriaLoader::loadBytes(
        test::toBytes(test::with(test::smallSet(), {u"deadlines"_s, u"self_assessment"_s}, u"2026-01-15T17:00:00"_s)));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.problems.first().startsWith(u"deadlines: "_s));
}

TEST_CASE("The self-assessment report is a PDF with the unit, its scores and its evidence", "[unit][report]")
{
    UnitFixture fx;
    REQUIRE(fx.unit->setInput(u"1.1.1"_s, ItemInput::ofOption(0)).ok());
    REQUIRE(fx.unit->setInput(u"1.2"_s, ItemInput::ofValue(pts("2.75"))).ok());
    REQUIRE(fx.unit->setExplanation(u"1.2"_s, u"Đã tổ chức 3 hội nghị đối thoại"_s).ok());
    EvidenceDocument doc;
    doc.items = {u"1.1.1"_s};
    doc.number = u"12/KH-STC"_s;
    doc.issuedOn = QDate(2025, 1, 10);
    doc.summary = u"Kế hoạch cải cách hành chính năm 2025"_s;
    REQUIRE(fx.unit->attach(fx.document(u"kh.pdf"_s, "plan"), doc).ok());
    REQUIRE(fx.unit->setReportText(ReportSection::Difficulties, u"Thiếu nhân lực chuyên trách CCHC"_s).ok());
    const QString pdf = fx.dir.filePath(u"report.pdf"_s);
    REQUIRE(SelfAssessmentReport(*fx.unit, QDate(2026, 1, 5)).writePdf(pdf).ok());
    CHECK(test::readFile(pdf).startsWith("%PDF"));
    const QString text = test::pdfText(pdf, true);
    CHECK(text.contains(u"SỞ TÀI CHÍNH"_s));
    CHECK(text.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    CHECK(text.contains(u"ngày 05 tháng 01 năm 2026"_s));
    CHECK(text.contains(u"Tổng điểm tự đánh giá: 3,75"_s));
    CHECK(text.contains(u"12/KH-STC"_s));
    CHECK(text.contains(u"Đã tổ chức 3 hội nghị đối thoại"_s));
    CHECK(text.contains(u"Thiếu nhân lực chuyên trách CCHC"_s));
    CHECK(text.contains(u"THỦ TRƯỞNG ĐƠN VỊ"_s));
    // An unwritable target fails cleanly and leaves nothing.
    CHECK_FALSE(SelfAssessmentReport(*fx.unit).writePdf(fx.dir.filePath(u"missing/dir/r.pdf"_s)).ok());
}
