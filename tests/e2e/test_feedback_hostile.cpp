// Feedback packages at the unit: every hostile or mistaken package is rejected naming the rule,
// and nothing in the unit's file changes.
#include "core/centre/Centre.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/files/SafeFile.h"
#include "core/package/FeedbackPackage.h"
#include "core/reports/SelfAssessmentReport.h"
#include "core/unit/SubmissionCheck.h"
#include "core/unit/UnitAssessment.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <map>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using Kind = ImportOutcome::Kind;

namespace {

const QString kPass = u"mật khẩu đủ dài"_s;
const QString kBy = u"Trần Thị Bình"_s;

struct Feedbacks
{
    QTemporaryDir dir;
    std::shared_ptr<Centre> centre;
    SigningKey centreKey;
    std::shared_ptr<UnitAssessment> a;
    std::shared_ptr<UnitAssessment> b;
    std::map<QString, SigningKey> keys;

    std::shared_ptr<UnitAssessment> makeUnit(const QString& code, const QString& name)
    {
        auto u = UnitAssessment::create(dir.filePath(code + u".parindex"_s), {code, name, UnitGroup::So}, 2025,
                                        CriteriaCatalog::shippedFor(2025, UnitGroup::So));
        REQUIRE(u.ok());
        REQUIRE(u.value()->setInput(u"1.1.1"_s, ItemInput::ofOption(0)).ok());
        auto key = SigningKey::generate().value();
        REQUIRE(centre->addUnit({code, name, UnitGroup::So, true}).ok());
        REQUIRE(centre->enrolKey(code, Centre::readPublicKey(key.publicPem()).value()).ok());
        const QString pkg = dir.filePath(code + u"-1.zip"_s);
        REQUIRE(u.value()->exportPackage(key, pkg).ok());
        REQUIRE(centre->importPackage(pkg).kind == Kind::Accepted);
        keys.emplace(code, std::move(key));
        return u.value();
    }

    Feedbacks()
    {
        auto c = Centre::create(dir.filePath(u"C.parindex"_s));
        REQUIRE(c.ok());
        centre = c.value();
        REQUIRE(centre->createSigningKey(kPass).ok());
        centreKey = centre->unlockSigningKey(kPass).value();
        REQUIRE(centre->appraisal().addAppraiser({kBy, {}}).ok());
        a = makeUnit(u"SO-TC"_s, u"Sở Tài chính"_s);
        b = makeUnit(u"SO-XD"_s, u"Sở Xây dựng"_s);
        for (const QString& code : {u"SO-TC"_s, u"SO-XD"_s}) {
            AppraisalEdit edit;
            edit.input = ItemInput::ofOption(1);
            edit.comment = u"Đề nghị bổ sung văn bản"_s;
            edit.request = RequestKind::Evidence;
            REQUIRE(centre->appraisal().appraise(2025, code, u"1.1.1"_s, edit, kBy).ok());
            REQUIRE(centre->appraisal().acceptRest(2025, code, kBy).ok());
        }
    }
    QString feedback(const QString& code, const QString& name)
    {
        const QString out = dir.filePath(name);
        const auto w = centre->appraisal().exportFeedback(2025, code, centreKey, out, kBy);
        INFO(w.error().toStdString());
        REQUIRE(w.ok());
        return out;
    }
    void enrol(UnitAssessment& u)
    {
        REQUIRE(u.enrolCentreKey(Centre::readPublicKey(centreKey.publicPem()).value()).ok());
    }
};

// Rewrites a zip with python's zipfile: `script` gets `entries` (name → bytes, in order) to change.
void rewriteZip(const QString& in, const QString& out, const QString& script)
{
    const QString program = uR"(
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
entries = []
with zipfile.ZipFile(src) as z:
    for i in z.infolist():
        entries.append([i.filename, z.read(i.filename)])
)"_s + script + uR"(
with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as z:
    for name, data in entries:
        z.writestr(name, data)
)"_s;
    QProcess p;
    p.start(u"python3"_s, {u"-c"_s, program, in, out});
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
}

} // namespace

TEST_CASE("Hostile feedback packages are rejected at the unit, naming the rule, changing nothing",
          "[appraisal][hostile]")
{
    Feedbacks w;
    const QString fa1 = w.feedback(u"SO-TC"_s, u"fa1.zip"_s);
    const QString fb1 = w.feedback(u"SO-XD"_s, u"fb1.zip"_s);
    REQUIRE(w.centre->appraisal().reopenRound(2025, u"SO-TC"_s, 1, u"Sửa nhận xét"_s, kBy).ok());
    const QString fa2 = w.feedback(u"SO-TC"_s, u"fa2.zip"_s);

    const QString unitFile = w.a->path();
    auto unchanged = [&](const ImportOutcome& o, const QString& rule) {
        INFO(o.text().toStdString());
        CHECK(o.kind == Kind::Rejected);
        CHECK(o.rule == rule);
        CHECK(test::countRows(unitFile, u"feedback_received"_s) == 0);
        CHECK_FALSE(w.a->scoresLocked());
    };

    // Before the centre's key is enrolled, nothing is taken.
    unchanged(w.a->importFeedback(fa1), u"no centre key"_s);
    w.enrol(*w.a);
    const int audit = test::countRows(unitFile, u"audit_log"_s);

    SECTION("tampered manifest")
    {
        const QString bad = w.dir.filePath(u"tampered.zip"_s);
        rewriteZip(fa1, bad, uR"(
for e in entries:
    if e[0] == 'manifest.json':
        e[1] = e[1].replace(b'"round": 1', b'"round": 2')
)"_s);
        unchanged(w.a->importFeedback(bad), u"signature"_s);
    }
    SECTION("another unit's feedback")
    {
        unchanged(w.a->importFeedback(fb1), u"another unit"_s);
    }
    SECTION("signed with a key that is not the centre's")
    {
        const auto stranger = SigningKey::generate().value();
        package::FeedbackManifest m;
        m.unitCode = u"SO-TC"_s;
        m.unitName = u"Sở Tài chính"_s;
        m.year = 2025;
        m.setId = w.a->set().id;
        m.setSha256 = w.a->set().sha256;
        m.sequence = 9;
        m.basisSequence = 1;
        m.basisManifestSha256 = QString(64, u'a');
        package::FeedbackData d;
        d.unitCode = m.unitCode;
        d.year = 2025;
        d.setSha256 = m.setSha256;
        const QString out = w.dir.filePath(u"stranger.zip"_s);
        auto file = PendingFile::create(out);
        REQUIRE(file.ok());
        REQUIRE(FeedbackPackage::write(m, d.toJson(), stranger, *file.value()).ok());
        REQUIRE(file.value()->commit().ok());
        unchanged(w.a->importFeedback(out), u"signature"_s);
    }
    SECTION("validly signed, but the points do not follow from the appraisal")
    {
        package::FeedbackManifest m;
        m.unitCode = u"SO-TC"_s;
        m.unitName = u"Sở Tài chính"_s;
        m.year = 2025;
        m.setId = w.a->set().id;
        m.setSha256 = w.a->set().sha256;
        m.sequence = 9;
        m.basisSequence = 1;
        m.basisManifestSha256 = QString(64, u'a');
        package::FeedbackData d;
        d.unitCode = m.unitCode;
        d.year = 2025;
        d.setSha256 = m.setSha256;
        package::FeedbackItem item;
        item.item = u"1.1.1"_s;
        item.round1 = ItemInput::ofOption(2); // 0 points under the rule
        item.round1Points = Points::whole(1);
        d.items.append(item);
        const QString out = w.dir.filePath(u"lying.zip"_s);
        auto file = PendingFile::create(out);
        REQUIRE(file.ok());
        REQUIRE(FeedbackPackage::write(m, d.toJson(), w.centreKey, *file.value()).ok());
        REQUIRE(file.value()->commit().ok());
        unchanged(w.a->importFeedback(out), u"data"_s);
    }
    SECTION("a submission package is not feedback")
    {
        unchanged(w.a->importFeedback(w.dir.filePath(u"SO-TC-1.zip"_s)), u"name not allowed"_s);
    }
    SECTION("traversal and extra names")
    {
        const QString bad = w.dir.filePath(u"traversal.zip"_s);
        rewriteZip(fa1, bad, u"entries.append(['../../evil.sh', b'rm -rf /'])\n"_s);
        unchanged(w.a->importFeedback(bad), u"name not allowed"_s);
        rewriteZip(fa1, bad, u"entries.append(['data/feedback.json', b'{}'])\n"_s);
        unchanged(w.a->importFeedback(bad), u"duplicate entry"_s);
    }
    SECTION("a replayed older round")
    {
        REQUIRE(w.a->importFeedback(fa2).kind == Kind::Accepted);
        const int rows = test::countRows(unitFile, u"feedback_received"_s);
        const int audited = test::countRows(unitFile, u"audit_log"_s);
        const ImportOutcome o = w.a->importFeedback(fa1);
        CHECK(o.kind == Kind::Rejected);
        CHECK(o.rule == u"older feedback"_s);
        CHECK(test::countRows(unitFile, u"feedback_received"_s) == rows);
        CHECK(test::countRows(unitFile, u"audit_log"_s) == audited);
        CHECK(w.a->feedbackManifest()->sequence == 2);
        return;
    }
    CHECK(test::countRows(unitFile, u"audit_log"_s) == audit);
}

TEST_CASE("After feedback the unit answers only what was asked, and the centre takes the response", "[appraisal]")
{
    Feedbacks w;
    const QString fa = w.feedback(u"SO-TC"_s, u"fa.zip"_s);
    w.enrol(*w.a);
    REQUIRE(w.a->importFeedback(fa).kind == Kind::Accepted);
    CHECK(w.a->scoresLocked());
    CHECK(w.a->isRequested(u"1.1.1"_s));
    // The check lists what Sở Nội vụ asked for, and nothing the unit can no longer change.
    const QList<CheckProblem> check = SubmissionCheck::run(*w.a);
    REQUIRE(check.size() == 1);
    CHECK(check.first().kind == CheckProblem::Kind::Requested);
    CHECK(check.first().message == u"1.1.1: Sở Nội vụ requests evidence: Đề nghị bổ sung văn bản"_s);
    // The report shows the appraisal beside the unit's own score.
    const QString report = SelfAssessmentReport(*w.a, {}, u"en"_s).html();
    CHECK(report.contains(u"<th width='11%'>Appraised</th>"_s));
    CHECK(report.contains(u"Đề nghị bổ sung văn bản <i>(evidence requested)</i>"_s));
    CHECK(report.contains(u"Appraised by Sở Nội vụ (round 1)"_s));
    REQUIRE(SelfAssessmentReport(*w.a).writePdf(u"/tmp/feedback-report.pdf"_s).ok());
    CHECK_FALSE(w.a->isRequested(u"1.1.2"_s));
    CHECK_FALSE(w.a->setInput(u"1.1.1"_s, ItemInput::ofOption(1)).ok());
    CHECK_FALSE(w.a->setExplanation(u"1.1.2"_s, u"x"_s).ok());
    REQUIRE(w.a->setExplanation(u"1.1.1"_s, u"Kế hoạch ban hành ngày 10/01"_s).ok());
    const QByteArray bytes = "%PDF bổ sung";
    const QString doc = w.dir.filePath(u"bo-sung.pdf"_s);
    test::writeFile(doc, bytes);
    EvidenceDocument other;
    other.items = {u"1.1.2"_s};
    CHECK_FALSE(w.a->attach(doc, other).ok());
    EvidenceDocument asked;
    asked.items = {u"1.1.1"_s};
    REQUIRE(w.a->attach(doc, asked).ok());

    auto key = SigningKey::generate().value();
    REQUIRE(w.centre->enrolKey(u"SO-TC"_s, Centre::readPublicKey(key.publicPem()).value(), true).ok());
    const QString response = w.dir.filePath(u"response.zip"_s);
    REQUIRE(w.a->exportPackage(key, response).ok());
    REQUIRE(w.centre->importPackage(response).kind == Kind::Accepted);
    const auto appraised = w.centre->appraisal().unit(2025, u"SO-TC"_s);
    REQUIRE(appraised.ok());
    CHECK(appraised->stage == AppraisalStage::ResponseReceived);
    CHECK(appraised->editableRound == 2);
    const AppraisalItem* item = appraised->item(u"1.1.1"_s);
    REQUIRE(item);
    CHECK(item->answered);
    CHECK(item->changed);
    CHECK_FALSE(appraised->item(u"1.1.2"_s)->answered);
}

TEST_CASE("The appraisal's locks hold against what an attack round tried", "[appraisal]")
{
    Feedbacks w;
    Appraisal& appraisal = w.centre->appraisal();
    auto stageOf = [&](const QString& code) { return appraisal.unit(2025, code).value().stage; };
    auto exportResponse = [&](UnitAssessment& u, const QString& name) {
        const QString out = w.dir.filePath(name);
        REQUIRE(u.exportPackage(w.keys.at(u.unit().code), out).ok());
        return out;
    };
    auto rule = [&](const QString& package) { return w.centre->importPackage(package).rule; };

    // A plain new version once the appraisal of a version has begun: refused.
    REQUIRE(w.a->setInput(u"1.1.2"_s, ItemInput::ofOption(0)).ok());
    CHECK(rule(exportResponse(*w.a, u"a-plain.zip"_s)) == u"appraisal under way"_s);
    CHECK(w.a->stored(u"1.1.2"_s).input == ItemInput::ofOption(0));
    // Nor can the version being appraised be withdrawn.
    const auto inbox = w.centre->inbox(2025);
    REQUIRE(inbox.ok());
    for (const InboxEntry& e : inbox.value()) {
        if (e.unit.code == u"SO-TC"_s)
            CHECK_FALSE(w.centre->withdrawSubmission(e.versions.first().id, u"nhầm"_s).ok());
    }

    // A feedback export that cannot be written leaves round 1 open.
    const auto failed =
        appraisal.exportFeedback(2025, u"SO-TC"_s, w.centreKey, w.dir.filePath(u"no/such/f.zip"_s), kBy);
    CHECK_FALSE(failed.ok());
    CHECK_FALSE(appraisal.unit(2025, u"SO-TC"_s).value().rounds.round1ClosedAt.isValid());

    // Feedback 1, then round 1 reopened and feedback 2: an answer to feedback 1 is refused.
    w.enrol(*w.a);
    w.enrol(*w.b);
    const QString fa1 = w.feedback(u"SO-TC"_s, u"fa1.zip"_s);
    REQUIRE(w.a->importFeedback(fa1).kind == Kind::Accepted);
    // The file returned to the version appraised: 1.1.2, changed since, is unscored again.
    CHECK(w.a->stored(u"1.1.2"_s).input == ItemInput());
    CHECK(w.a->stored(u"1.1.1"_s).input == ItemInput::ofOption(0));
    REQUIRE(appraisal.reopenRound(2025, u"SO-TC"_s, 1, u"Sửa nhận xét"_s, kBy).ok());
    REQUIRE(w.a->setExplanation(u"1.1.1"_s, u"Đã ban hành"_s).ok());
    const QString early = exportResponse(*w.a, u"a-early.zip"_s);
    CHECK(rule(early) == u"appraisal under way"_s); // round 1 is open again
    const QString fa2 = w.feedback(u"SO-TC"_s, u"fa2.zip"_s);
    CHECK(rule(early) == u"older feedback"_s);
    CHECK(stageOf(u"SO-TC"_s) == AppraisalStage::FeedbackSent);
    REQUIRE(w.a->importFeedback(fa2).kind == Kind::Accepted);
    REQUIRE(rule(exportResponse(*w.a, u"a-answer.zip"_s)).isEmpty());
    CHECK(stageOf(u"SO-TC"_s) == AppraisalStage::ResponseReceived);
    // With the answer in: no second round-1 feedback, and round 1 stays closed.
    CHECK_FALSE(appraisal.exportFeedback(2025, u"SO-TC"_s, w.centreKey, w.dir.filePath(u"fa3.zip"_s), kBy).ok());
    CHECK_FALSE(QFile::exists(w.dir.filePath(u"fa3.zip"_s)));
    CHECK_FALSE(appraisal.reopenRound(2025, u"SO-TC"_s, 1, u"x"_s, kBy).ok());

    // A response may explain only the requested items: an explanation slipped into another
    // item (as an edited file would) is refused.
    const QString fb = w.feedback(u"SO-XD"_s, u"fb.zip"_s);
    REQUIRE(w.b->importFeedback(fb).kind == Kind::Accepted);
    const QString bFile = w.b->path();
    w.b.reset();
    test::execSql(bFile, u"UPDATE item_inputs SET explanation = 'sửa lén' WHERE item_code = '1.1.1'"_s);
    test::execSql(bFile, u"INSERT INTO item_inputs(assessment_id, item_code, input, explanation, updated_at) "
                         "SELECT id, '1.1.2', '', 'không được hỏi', '2025-01-01' FROM assessments"_s);
    auto reopened = UnitAssessment::open(bFile);
    REQUIRE(reopened.ok());
    CHECK(rule(exportResponse(*reopened.value(), u"b-beyond.zip"_s)) == u"not requested"_s);

    // Deadlines in order and within the cycle; a decision not in the future; one name per person.
    REQUIRE(appraisal.setDeadline(2025, DeadlineStage::Round1, QDate(2026, 1, 20), QString()).ok());
    CHECK_FALSE(appraisal.setDeadline(2025, DeadlineStage::Self, QDate(2026, 2, 1), QString()).ok());
    CHECK_FALSE(appraisal.setDeadline(2025, DeadlineStage::Explanation, QDate(2026, 1, 10), QString()).ok());
    CHECK_FALSE(appraisal.setDeadline(2025, DeadlineStage::Round2, QDate(2031, 1, 10), QString()).ok());
    CHECK_FALSE(appraisal.addAppraiser({u"TRẦN THỊ BÌNH"_s, {}}).ok());
    CHECK_FALSE(appraisal.setAppraiserAreas(kBy, {u"1"_s}, QString()).ok());
    Approval future;
    future.decision = u"1/QĐ-UBND"_s;
    future.date = QDate::currentDate().addDays(3);
    CHECK_FALSE(appraisal.approve(2025, future).ok());
}

TEST_CASE("Round 2 closes after its deadline for a unit that never answered", "[appraisal]")
{
    Feedbacks w;
    Appraisal& appraisal = w.centre->appraisal();
    w.feedback(u"SO-XD"_s, u"fb.zip"_s);
    const QDate today = QDate::currentDate();
    REQUIRE(appraisal.setDeadline(2025, DeadlineStage::Explanation, today.addDays(-3), QString()).ok());
    REQUIRE(appraisal.setDeadline(2025, DeadlineStage::Round2, today.addDays(-1), QString()).ok());
    const auto a = appraisal.unit(2025, u"SO-XD"_s);
    CHECK(a->stage == AppraisalStage::FeedbackSent);
    CHECK(a->editableRound == 0); // round 2's own deadline has passed: no edits
    REQUIRE(appraisal.closeRound(2025, u"SO-XD"_s, 2, kBy).ok());
    CHECK(appraisal.stage(2025, u"SO-XD"_s).value() == AppraisalStage::Appraised);
    // A unit that sent nothing stays "not received", even in an approved year.
    REQUIRE(w.centre->addUnit({u"SO-YT"_s, u"Sở Y tế"_s, UnitGroup::So, true}).ok());
    CHECK(appraisal.stage(2025, u"SO-YT"_s).value() == AppraisalStage::NotReceived);
}
