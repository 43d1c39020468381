// The appraisal at Sở Nội vụ driven through the window (the working group's keyboard flow, the
// year's plan, the centre's key), and the unit's side of the feedback.
#include "core/centre/Centre.h"
#include "core/common/Clock.h"
#include "core/common/Translations.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/unit/UnitAssessment.h"
#include "support/GuiSupport.h"
#include "ui/MainWindow.h"
#include "ui/centre/AppraisalItemPane.h"
#include "ui/centre/AppraisalPage.h"
#include "ui/centre/AppraisalTreeModel.h"
#include "ui/centre/ApprovalDialog.h"
#include "ui/centre/CentreKeyPage.h"
#include "ui/centre/CentreWorkspace.h"
#include "ui/centre/ResultsPage.h"
#include "ui/centre/ResultsTableModel.h"
#include "ui/centre/UnitProgressModel.h"
#include "ui/centre/YearPage.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBanner.h"
#include "ui/unit/AssessmentPage.h"
#include "ui/unit/AssessmentTreeModel.h"
#include "ui/unit/ItemEditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <iostream>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using parindex::ui::MainWindow;
using test::child;
using test::screenshot;
using test::typeText;

namespace {

const QString kPass = u"mật khẩu của Sở Nội vụ"_s;
const QString kUnitPass = u"mật khẩu của đơn vị"_s;
const QString kBy = u"Trần Thị Bình"_s;
const QString kOther = u"Lê Văn Cường"_s;

QDate today()
{
    return Clock::now().toLocalTime().date();
}

// A centre in its 2025 appraisal and the files of the units that sent it their self-assessment.
// Nothing stays open: the window opens the files itself.
struct AppraisalYear
{
    QTemporaryDir dir;
    QString centrePath;
    QString centrePub;
    QString unitPath; // Sở Tài chính's own file

    AppraisalYear()
    {
        centrePath = dir.filePath(u"C.parindex"_s);
        unitPath = dir.filePath(u"so-tai-chinh.parindex"_s);
        centrePub = dir.filePath(u"so-noi-vu.pub"_s);
        auto centre = Centre::create(centrePath);
        REQUIRE(centre.ok());
        Centre& c = *centre.value();
        REQUIRE(c.createSigningKey(kPass).ok());
        test::writeFile(centrePub, c.signingKey().value()->publicPem);
        REQUIRE(c.appraisal().addAppraiser({kBy, {}}).ok());
        REQUIRE(c.appraisal().addAppraiser({kOther, {u"2"_s, u"3"_s}}).ok());
        REQUIRE(
            c.appraisal()
                .setYearSet(2025, UnitGroup::So, CriteriaCatalog::shippedFor(2025, UnitGroup::So)->sha256, QString())
                .ok());
        REQUIRE(c.appraisal().setDeadline(2025, DeadlineStage::Explanation, today().addDays(10), QString()).ok());
        submit(c, unitPath, u"SO-TC"_s, u"Sở Tài chính"_s, true);
        submit(c, dir.filePath(u"so-xay-dung.parindex"_s), u"SO-XD"_s, u"Sở Xây dựng"_s, false);
        REQUIRE(c.addUnit({u"SO-TP"_s, u"Sở Tư pháp"_s, UnitGroup::So, true}).ok()); // sends nothing
    }

    // A unit scores a few items (one with a document, one with an explanation) and sends them.
    static void submit(Centre& c, const QString& path, const QString& code, const QString& name, bool document)
    {
        auto unit = UnitAssessment::create(path, {code, name, UnitGroup::So}, 2025,
                                           CriteriaCatalog::shippedFor(2025, UnitGroup::So));
        REQUIRE(unit.ok());
        UnitAssessment& u = *unit.value();
        REQUIRE(u.setInput(u"1.1.1"_s, ItemInput::ofOption(0)).ok());
        REQUIRE(u.setInput(u"1.1.2"_s, ItemInput::ofOption(0)).ok());
        REQUIRE(u.setInput(u"1.1.3"_s, ItemInput::ofRatio(test::pts("46"), test::pts("50"))).ok());
        REQUIRE(u.setExplanation(u"1.1.3"_s, u"46 trên 50 nhiệm vụ hoàn thành đúng hạn"_s).ok());
        REQUIRE(u.setInput(u"1.1.4"_s, ItemInput::ofOption(0)).ok());
        if (document) {
            const QString file = QFileInfo(path).dir().filePath(u"ke-hoach-cchc-2025.pdf"_s);
            test::writeFile(file, "%PDF-1.4 kế hoạch");
            EvidenceDocument doc;
            doc.number = u"15/KH-STC"_s;
            doc.issuedOn = QDate(2025, 1, 10);
            doc.summary = u"Kế hoạch cải cách hành chính năm 2025"_s;
            doc.items = {u"1.1.1"_s, u"1.1.2"_s};
            REQUIRE(u.attach(file, doc).ok());
        }
        REQUIRE(u.createSigningKey(kUnitPass).ok());
        REQUIRE(c.addUnit({code, name, UnitGroup::So, true}).ok());
        REQUIRE(c.enrolKey(code, Centre::readPublicKey(u.signingKey().value()->publicPem).value()).ok());
        const QString pkg = QFileInfo(path).dir().filePath(code + u"-1.zip"_s);
        REQUIRE(u.exportPackage(u.unlockSigningKey(kUnitPass).value(), pkg).ok());
        REQUIRE(c.importPackage(pkg).kind == ImportOutcome::Kind::Accepted);
    }

    // Round 1 of Sở Tài chính through the service: evidence requested for 1.1.2, the rest accepted,
    // its feedback exported. Returns the package.
    QString roundOneFeedback()
    {
        auto centre = Centre::open(centrePath);
        REQUIRE(centre.ok());
        Appraisal& a = centre.value()->appraisal();
        AppraisalEdit edit;
        edit.input = ItemInput::ofOption(1);
        edit.comment = u"Chưa có báo cáo kết quả; đề nghị bổ sung"_s;
        edit.request = RequestKind::Evidence;
        REQUIRE(a.appraise(2025, u"SO-TC"_s, u"1.1.2"_s, edit, kBy).ok());
        AppraisalEdit ratio;
        ratio.input = ItemInput::ofRatio(test::pts("40"), test::pts("50"));
        ratio.comment = u"Theo báo cáo, 40 nhiệm vụ hoàn thành"_s;
        REQUIRE(a.appraise(2025, u"SO-TC"_s, u"1.1.3"_s, ratio, kBy).ok());
        REQUIRE(a.acceptRest(2025, u"SO-TC"_s, kBy).ok());
        const QString out = dir.filePath(u"feedback-SO-TC-1.zip"_s);
        const auto written =
            a.exportFeedback(2025, u"SO-TC"_s, centre.value()->unlockSigningKey(kPass).value(), out, kBy);
        INFO(written.error().toStdString());
        REQUIRE(written.ok());
        return out;
    }

    // The unit answers the request with an explanation and a document and sends its response.
    void respond(const QString& feedback)
    {
        auto unit = UnitAssessment::open(unitPath);
        REQUIRE(unit.ok());
        UnitAssessment& u = *unit.value();
        if (!u.centreKey().value())
            REQUIRE(u.enrolCentreKey(SigningKey::fromPublicPem(test::readFile(centrePub)).value()).ok());
        REQUIRE(u.importFeedback(feedback).kind != ImportOutcome::Kind::Rejected);
        REQUIRE(u.setExplanation(u"1.1.2"_s, u"Bổ sung Báo cáo số 45/BC-STC ngày 20/12/2025"_s).ok());
        const QString file = dir.filePath(u"bao-cao-45.pdf"_s);
        test::writeFile(file, "%PDF-1.4 báo cáo");
        EvidenceDocument doc;
        doc.number = u"45/BC-STC"_s;
        doc.issuedOn = QDate(2025, 12, 20);
        doc.summary = u"Báo cáo kết quả thực hiện kế hoạch CCHC năm 2025"_s;
        doc.items = {u"1.1.2"_s};
        REQUIRE(u.attach(file, doc).ok());
        const QString pkg = dir.filePath(u"SO-TC-response.zip"_s);
        REQUIRE(u.exportPackage(u.unlockSigningKey(kUnitPass).value(), pkg).ok());
        auto centre = Centre::open(centrePath);
        REQUIRE(centre.ok());
        const ImportOutcome outcome = centre.value()->importPackage(pkg);
        INFO(outcome.text().toStdString());
        REQUIRE(outcome.kind == ImportOutcome::Kind::Accepted);
    }
};

UnitAppraisal appraisalOf(MainWindow& w, const QString& unit)
{
    const auto a = w.centreWorkspace()->centre().appraisal().unit(2025, unit);
    REQUIRE(a.ok());
    return a.value();
}

void activate(MainWindow& w)
{
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

// Every leaf code the tree shows, in order.
QStringList shownItems(QTreeView* tree)
{
    QStringList out;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
            const QModelIndex i = tree->model()->index(r, 0, parent);
            if (i.data(ui::AppraisalTreeModel::IsLeafRole).toBool())
                out.append(i.data(ui::AppraisalTreeModel::CodeRole).toString());
            walk(i);
        }
    };
    walk(QModelIndex());
    return out;
}

void copyShot(const QString& name)
{
    // Also where people look at them, when asked (PARINDEX_SHOTS_DIR=/tmp/shots).
    const QString target = qEnvironmentVariable("PARINDEX_SHOTS_DIR");
    if (target.isEmpty())
        return;
    const QString from = QDir::current().absoluteFilePath(u"screenshots/"_s + name + u".png"_s);
    QDir().mkpath(target);
    QFile::remove(target + u'/' + name + u".png"_s);
    QFile::copy(from, target + u'/' + name + u".png"_s);
}

} // namespace

TEST_CASE("The working group appraises with the keyboard: accept and next, a comment, a request, the rest",
          "[gui][appraisal]")
{
    AppraisalYear year;
    QSettings().remove(u"appraisal/appraiser"_s);
    MainWindow w;
    w.resize(1366, 768);
    activate(w);
    REQUIRE(w.openFile(year.centrePath));
    ui::CentreWorkspace* centre = w.centreWorkspace();
    REQUIRE(centre);
    ui::AppraisalPage* page = centre->appraisalPage();
    centre->tabs()->setCurrentWidget(page);

    // Who is working: asked first, nothing can be edited until then; remembered afterwards.
    auto* who = child<QStackedWidget>(page, "appraiserBar");
    auto* combo = child<QComboBox>(page, "appraiserCombo");
    CHECK(combo->count() == 2);
    CHECK_FALSE(page->itemPane()->canEdit());
    combo->setCurrentIndex(combo->findData(kBy));
    QTest::mouseClick(child<QPushButton>(page, "appraiserStartButton"), Qt::LeftButton);
    CHECK(page->appraiser() == kBy);
    CHECK(ui::AppraisalPage::rememberedAppraiser() == kBy);
    CHECK(child<QLabel>(page, "appraiserLabel")->text().contains(kBy));
    CHECK(who->currentWidget()->isAncestorOf(child<QPushButton>(page, "appraiserChangeButton")));

    // The units with their stage; the first that sent something is open at its first item.
    auto* units = child<QTableView>(page, "appraisalUnits");
    CHECK(units->model()->rowCount() == 3);
    CHECK(page->currentUnit() == u"SO-TC"_s);
    auto* tree = page->tree();
    CHECK(page->currentItem() == u"1.1.1"_s);
    // The unit's input in words with its evidence, not codes.
    auto* pane = page->itemPane();
    CHECK(child<QLabel>(pane, "selfInputLabel")->text().contains(u"Ban hành kịp thời"_s));
    auto* evidence = child<QTreeWidget>(pane, "appraisalEvidence");
    REQUIRE(evidence->topLevelItemCount() == 1);
    CHECK(evidence->topLevelItem(0)->text(0) == u"15/KH-STC"_s);
    CHECK(evidence->topLevelItem(0)->text(1) == u"10/01/2025"_s);
    CHECK(evidence->topLevelItem(0)->text(2) == u"Kế hoạch cải cách hành chính năm 2025"_s);

    // Ctrl+Enter accepts the unit's score and goes to the next item.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
    UnitAppraisal a = appraisalOf(w, u"SO-TC"_s);
    REQUIRE(a.item(u"1.1.1"_s)->round1);
    CHECK(a.item(u"1.1.1"_s)->round1->input == ItemInput::ofOption(0));
    CHECK(a.item(u"1.1.1"_s)->round1->appraiser == kBy);
    CHECK(a.item(u"1.1.1"_s)->round1Points == test::pts("1"));
    CHECK(page->currentItem() == u"1.1.2"_s);

    // A comment typed, then "request evidence" chosen with the keyboard: both stored.
    auto* comment = child<QPlainTextEdit>(pane, "appraisalComment");
    comment->setFocus();
    typeText(comment, u"Đề nghị bổ sung báo cáo kết quả"_s);
    auto* request = child<QComboBox>(pane, "appraisalRequest");
    request->setFocus();
    QTest::keyClick(request, Qt::Key_Down); // Request an explanation
    QTest::keyClick(request, Qt::Key_Down); // Request evidence
    a = appraisalOf(w, u"SO-TC"_s);
    REQUIRE(a.item(u"1.1.2"_s)->round1);
    CHECK(a.item(u"1.1.2"_s)->round1->comment == u"Đề nghị bổ sung báo cáo kết quả"_s);
    CHECK(a.item(u"1.1.2"_s)->round1->request == RequestKind::Evidence);
    CHECK(a.item(u"1.1.2"_s)->round1->input == ItemInput::ofOption(0)); // the unit's own, until changed
    CHECK(a.item(u"1.1.2"_s)->requested);

    // The score changed with the same editor the unit uses, then Ctrl+Enter from the comment box:
    // the request and the comment stay, the next item shows.
    auto* option2 = child<QRadioButton>(pane, "option2");
    option2->setFocus();
    QTest::keyClick(option2, Qt::Key_Space);
    a = appraisalOf(w, u"SO-TC"_s);
    CHECK(a.item(u"1.1.2"_s)->round1->input == ItemInput::ofOption(1));
    CHECK(a.item(u"1.1.2"_s)->round1Points == test::pts("0"));
    CHECK(a.item(u"1.1.2"_s)->differs);
    CHECK(a.item(u"1.1.2"_s)->round1->request == RequestKind::Evidence);
    comment->setFocus();
    QTest::keyClick(comment, Qt::Key_Return, Qt::ControlModifier);
    CHECK(page->currentItem() == u"1.1.3"_s);
    a = appraisalOf(w, u"SO-TC"_s);
    // Accepting keeps the comment and the request, and takes the unit's score again.
    CHECK(a.item(u"1.1.2"_s)->round1->request == RequestKind::Evidence);
    CHECK(a.item(u"1.1.2"_s)->round1->comment == u"Đề nghị bổ sung báo cáo kết quả"_s);
    CHECK(child<QLabel>(pane, "selfInputLabel")->text().contains(u"46 of 50 (92.00%)"_s));
    CHECK(child<QLabel>(pane, "selfExplanationLabel")->text().contains(u"46 trên 50"_s));

    // Numerator and denominator typed for 1.1.3.
    auto* numerator = child<QLineEdit>(pane, "numeratorEdit");
    numerator->setFocus();
    numerator->selectAll();
    typeText(numerator, u"40"_s);
    QTest::keyClick(numerator, Qt::Key_Return);
    a = appraisalOf(w, u"SO-TC"_s);
    REQUIRE(a.item(u"1.1.3"_s)->round1);
    CHECK(a.item(u"1.1.3"_s)->round1->input == ItemInput::ofRatio(test::pts("40"), test::pts("50")));
    CHECK(a.item(u"1.1.3"_s)->round1Points == test::pts("1"));

    // Filters: what differs from the unit's score, what is requested, what is left.
    auto* filter = child<QComboBox>(page, "appraisalFilter");
    filter->setCurrentIndex(filter->findData(int(ui::AppraisalFilterProxy::Mode::Differs)));
    CHECK(shownItems(tree) == QStringList{u"1.1.3"_s});
    filter->setCurrentIndex(filter->findData(int(ui::AppraisalFilterProxy::Mode::Requested)));
    CHECK(shownItems(tree) == QStringList{u"1.1.2"_s});
    filter->setCurrentIndex(filter->findData(int(ui::AppraisalFilterProxy::Mode::NotAppraised)));
    const QStringList open = shownItems(tree);
    CHECK(open.size() == int(a.items.size()) - 3);
    CHECK_FALSE(open.contains(u"1.1.1"_s));
    // Accept-and-next within the filter goes on to the next item still open.
    page->selectItem(open.first());
    QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
    CHECK(page->currentItem() == open.at(1));
    CHECK(appraisalOf(w, u"SO-TC"_s).item(open.first())->round1);
    filter->setCurrentIndex(0);

    // Accept all remaining: asked first; "no" changes nothing.
    ui::Dialogs::setNextAnswer(false);
    QTest::mouseClick(child<QPushButton>(page, "acceptRestButton"), Qt::LeftButton);
    a = appraisalOf(w, u"SO-TC"_s);
    CHECK_FALSE(a.item(open.at(1))->round1);
    ui::Dialogs::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(page, "acceptRestButton"), Qt::LeftButton);
    a = appraisalOf(w, u"SO-TC"_s);
    for (const AppraisalItem& i : a.items)
        CHECK(i.round1);
    const auto progress = centre->centre().appraisal().progress(2025).value();
    for (const UnitProgress& p : progress) {
        if (p.unit.code == u"SO-TC"_s)
            CHECK(p.round1Done == p.items);
    }
    screenshot(&w, u"appraisal-round1-en-1366"_s);

    // Exporting the feedback closes round 1 (after a question) and signs with the centre's key.
    const QString feedback = year.dir.filePath(u"feedback.zip"_s);
    ui::Dialogs::setNextAnswer(true);
    ui::Dialogs::setNextFileName(feedback);
    QTest::mouseClick(child<QPushButton>(page, "exportFeedbackButton"), Qt::LeftButton);
    auto* sign = w.findChildren<QDialog*>(u"passphraseDialog"_s).last();
    child<QLineEdit>(sign, "passphraseEdit")->setText(u"sai mật khẩu"_s);
    sign->accept();
    CHECK(sign->isVisible()); // a wrong passphrase is simply typed again
    child<QLineEdit>(sign, "passphraseEdit")->setText(kPass);
    sign->accept();
    INFO("banner: " << w.banner()->text().toStdString());
    CHECK(QFile::exists(feedback));
    CHECK(w.banner()->text().contains(u"round 1, number 1"_s));
    a = appraisalOf(w, u"SO-TC"_s);
    CHECK(a.stage == AppraisalStage::FeedbackSent);

    // Round 1 is locked now: the banner says why, and nothing can be edited.
    auto* lock = child<ui::MessageBanner>(page, "appraisalLockBanner");
    CHECK(lock->isVisible());
    CHECK(lock->text().mid(1).startsWith(a.lockedReason.mid(1)));
    CHECK_FALSE(pane->canEdit());
    CHECK_FALSE(child<QRadioButton>(pane, "option1")->isEnabled());
    CHECK(comment->isReadOnly());
    CHECK_FALSE(child<QPushButton>(page, "acceptRestButton")->isEnabled());
    QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier); // nothing happens
    CHECK(appraisalOf(w, u"SO-TC"_s).item(u"1.1.1"_s)->round1->version == a.item(u"1.1.1"_s)->round1->version);

    // Reopening asks for the reason; without one nothing changes.
    ui::Dialogs::setNextText(QString());
    QTest::mouseClick(child<QPushButton>(page, "reopenRoundButton"), Qt::LeftButton);
    CHECK(appraisalOf(w, u"SO-TC"_s).rounds.round1ClosedAt.isValid());
    ui::Dialogs::setNextText(u"Sửa nhận xét mục 1.1.2"_s);
    QTest::mouseClick(child<QPushButton>(page, "reopenRoundButton"), Qt::LeftButton);
    CHECK_FALSE(appraisalOf(w, u"SO-TC"_s).rounds.round1ClosedAt.isValid());
    CHECK(pane->canEdit());
    CHECK_FALSE(lock->isVisible());
}

TEST_CASE("A resubmission shows what the unit answered; round 2 keeps round 1 with one key", "[gui][appraisal]")
{
    AppraisalYear year;
    year.respond(year.roundOneFeedback());
    QSettings().setValue(u"appraisal/appraiser"_s, kBy); // remembered on this computer
    MainWindow w;
    w.resize(1366, 768);
    activate(w);
    REQUIRE(w.openFile(year.centrePath));
    ui::AppraisalPage* page = w.centreWorkspace()->appraisalPage();
    w.centreWorkspace()->tabs()->setCurrentWidget(page);
    CHECK(page->appraiser() == kBy);
    page->selectUnit(u"SO-TC"_s);
    UnitAppraisal a = appraisalOf(w, u"SO-TC"_s);
    REQUIRE(a.editableRound == 2);

    auto* filter = child<QComboBox>(page, "appraisalFilter");
    filter->setCurrentIndex(filter->findData(int(ui::AppraisalFilterProxy::Mode::Answered)));
    CHECK(shownItems(page->tree()) == QStringList{u"1.1.2"_s});
    filter->setCurrentIndex(filter->findData(int(ui::AppraisalFilterProxy::Mode::Changed)));
    CHECK(shownItems(page->tree()).contains(u"1.1.2"_s));
    page->selectItem(u"1.1.2"_s);
    auto* pane = page->itemPane();
    CHECK(child<QLabel>(pane, "changedLabel")->text().contains(u"Answered"_s));
    CHECK(child<QGroupBox>(pane, "round1Box")->isVisible());
    CHECK(child<QLabel>(pane, "round1Label")->text().contains(u"Chưa có báo cáo kết quả"_s));
    CHECK(child<QTreeWidget>(pane, "appraisalEvidence")->topLevelItemCount() == 2);
    const QModelIndex flags = page->tree()->currentIndex().siblingAtColumn(ui::AppraisalTreeModel::FlagsColumn);
    CHECK(flags.data().toString() == u"✎ ? ✓"_s);

    // Round 2: one key keeps round 1's decision; the evidence convinced, so the unit's score is given.
    filter->setCurrentIndex(0);
    page->selectItem(u"1.1.3"_s);
    page->tree()->setFocus();
    QTest::keyClick(page->tree(), Qt::Key_Return, Qt::ControlModifier);
    a = appraisalOf(w, u"SO-TC"_s);
    REQUIRE(a.item(u"1.1.3"_s)->round2);
    CHECK(a.item(u"1.1.3"_s)->round2->input == ItemInput::ofRatio(test::pts("40"), test::pts("50")));
    page->selectItem(u"1.1.2"_s);
    auto* option1 = child<QRadioButton>(pane, "option1");
    option1->setFocus();
    QTest::keyClick(option1, Qt::Key_Space);
    a = appraisalOf(w, u"SO-TC"_s);
    REQUIRE(a.item(u"1.1.2"_s)->round2);
    CHECK(a.item(u"1.1.2"_s)->round2->input == ItemInput::ofOption(0));
    CHECK(a.item(u"1.1.2"_s)->finalPoints == test::pts("0.5"));
    CHECK_FALSE(child<QComboBox>(pane, "appraisalRequest")->isVisible()); // no requests in round 2
    screenshot(&w, u"appraisal-round2-en-1366"_s);

    // Until the council approves, the results say which units' points are not final.
    auto* results = w.findChild<QTableView*>(u"resultsView"_s);
    REQUIRE(results);
    QStringList notFinal;
    for (int r = 0; r < results->model()->rowCount(); ++r) {
        const QModelIndex i = results->model()->index(r, ui::ResultsTableModel::FinalColumn);
        if (!i.data().toString().isEmpty())
            notFinal << i.data(ui::ResultsTableModel::UnitCodeRole).toString();
    }
    notFinal.sort();
    CHECK(notFinal == QStringList{u"SO-TC"_s, u"SO-XD"_s});
    CHECK(w.findChild<QLabel*>(u"groupAverage"_s)->text().contains(u"Not final"_s));
}

TEST_CASE("The unit imports the feedback: requested items highlighted, self-scores read-only", "[gui][unit][appraisal]")
{
    AppraisalYear year;
    const QString feedback = year.roundOneFeedback();
    MainWindow w;
    w.resize(1366, 768);
    activate(w);
    REQUIRE(w.openFile(year.unitPath));
    ui::AssessmentPage* page = w.assessmentPage();
    REQUIRE(page);
    UnitAssessment& unit = page->assessment();

    // Without Sở Nội vụ's key, a feedback package is refused, naming the rule.
    ui::Dialogs::setNextFileName(feedback);
    w.findChild<QAction*>(u"actionImportFeedback"_s)->trigger();
    CHECK(w.banner()->text().contains(u"rejected"_s));
    CHECK(w.banner()->text().contains(u"no centre key"_s));
    CHECK_FALSE(unit.scoresLocked());

    // The key is enrolled after comparing its fingerprint.
    ui::Dialogs::setNextFileName(year.centrePub);
    ui::Dialogs::setNextAnswer(false);
    w.findChild<QAction*>(u"actionEnrolCentreKey"_s)->trigger();
    CHECK_FALSE(unit.centreKey().value());
    ui::Dialogs::setNextFileName(year.centrePub);
    ui::Dialogs::setNextAnswer(true);
    w.findChild<QAction*>(u"actionEnrolCentreKey"_s)->trigger();
    REQUIRE(unit.centreKey().value());

    ui::Dialogs::setNextFileName(feedback);
    w.findChild<QAction*>(u"actionImportFeedback"_s)->trigger();
    INFO("banner: " << w.banner()->text().toStdString());
    CHECK(w.banner()->text().contains(u"imported"_s));
    REQUIRE(unit.scoresLocked());
    CHECK(unit.isRequested(u"1.1.2"_s));

    // The requested item is highlighted, with Sở Nội vụ's points and comment beside the unit's.
    auto* tree = child<QTreeView>(page, "assessmentTree");
    auto* model = qobject_cast<const QAbstractProxyModel*>(tree->model());
    REQUIRE(model);
    const auto* source = qobject_cast<const ui::AssessmentTreeModel*>(model->sourceModel());
    REQUIRE(source);
    const QModelIndex requested = source->indexForCode(u"1.1.2"_s);
    const QModelIndex accepted = source->indexForCode(u"1.1.1"_s);
    CHECK(requested.data(ui::AssessmentTreeModel::RequestedRole).toBool());
    CHECK(requested.data(Qt::BackgroundRole).value<QBrush>().color().isValid());
    CHECK_FALSE(requested.data(Qt::DecorationRole).isNull());
    CHECK_FALSE(accepted.data(ui::AssessmentTreeModel::RequestedRole).toBool());
    CHECK(accepted.data(Qt::BackgroundRole).isNull());
    CHECK(requested.siblingAtColumn(ui::AssessmentTreeModel::Round1Column).data().toString() == u"0"_s);
    CHECK(requested.siblingAtColumn(ui::AssessmentTreeModel::CommentColumn).data().toString() ==
          u"Chưa có báo cáo kết quả; đề nghị bổ sung"_s);
    CHECK(source->indexForCode(u"1.1.3"_s).siblingAtColumn(ui::AssessmentTreeModel::Round1Column).data().toString() ==
          u"1"_s);
    CHECK_FALSE(tree->isColumnHidden(ui::AssessmentTreeModel::Round1Column));
    // The filter shows the requested items, and the page went there.
    auto* filter = child<QComboBox>(page, "filterCombo");
    CHECK(filter->currentText() == u"Requested by Sở Nội vụ"_s);
    CHECK(page->currentItem() == u"1.1.2"_s);
    auto* banner = child<ui::MessageBanner>(page, "feedbackBanner");
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(today().addDays(10).toString(u"dd/MM/yyyy"_s)));
    CHECK(banner->text().contains(u"1 item(s) need your explanation"_s));

    // Scores are read-only everywhere; the requested item takes an explanation and documents.
    auto* editor = page->itemEditor();
    CHECK(child<QGroupBox>(editor, "appraisalBox")->isVisible());
    CHECK(child<QLabel>(editor, "itemAppraisal")->text().contains(u"asks for evidence"_s));
    auto* option = child<QRadioButton>(editor, "option1");
    CHECK_FALSE(option->isEnabled());
    QTest::mouseClick(option, Qt::LeftButton);
    CHECK(unit.stored(u"1.1.2"_s).input == ItemInput::ofOption(0));
    auto* explanation = child<QPlainTextEdit>(editor, "explanationEdit");
    CHECK_FALSE(explanation->isReadOnly());
    CHECK(child<QPushButton>(editor, "addFilesButton")->isEnabled());
    explanation->setFocus();
    typeText(explanation, u"Bổ sung Báo cáo số 45/BC-STC"_s);
    page->selectItem(u"1.1.1"_s); // moving on saves it
    CHECK(unit.stored(u"1.1.2"_s).explanation == u"Bổ sung Báo cáo số 45/BC-STC"_s);
    CHECK(page->currentItem() == u"1.1.1"_s);
    CHECK(explanation->isReadOnly()); // not requested
    CHECK_FALSE(child<QPushButton>(editor, "addFilesButton")->isEnabled());
    CHECK_FALSE(child<QRadioButton>(editor, "option1")->isEnabled());
    CHECK(child<QLabel>(editor, "scoreLockedLabel")->isVisible());

    // The same package again is already imported; the status bar shows the response's deadline.
    ui::Dialogs::setNextFileName(feedback);
    w.findChild<QAction*>(u"actionImportFeedback"_s)->trigger();
    CHECK(w.banner()->text().contains(u"already imported"_s));
    CHECK(w.findChild<QLabel*>(u"statusDeadline"_s)->text().contains(today().addDays(10).toString(u"dd/MM/yyyy"_s)));
}

TEST_CASE("The year's plan, the working group's areas, the council's approval and the centre's key", "[gui][appraisal]")
{
    AppraisalYear year;
    MainWindow w;
    w.resize(1366, 768);
    activate(w);
    REQUIRE(w.openFile(year.centrePath));
    ui::CentreWorkspace* centre = w.centreWorkspace();
    ui::YearPage* plan = centre->yearPage();
    centre->tabs()->setCurrentWidget(plan);
    plan->setYear(2025);
    Appraisal& appraisal = centre->centre().appraisal();

    // The set chosen for Sở; the deadlines shown as set.
    auto* so = child<QComboBox>(plan, "planSet_so");
    CHECK(so->currentText().contains(u"hanoi-2025-so"_s));
    auto* explanationCheck = child<QCheckBox>(plan, "deadlineCheck_explanation");
    CHECK(explanationCheck->isChecked());
    CHECK(child<QDateEdit>(plan, "deadlineDate_explanation")->date() == today().addDays(10));

    // A new deadline needs no reason; changing one already set asks why.
    child<QCheckBox>(plan, "deadlineCheck_round1")->setChecked(true);
    child<QDateEdit>(plan, "deadlineDate_round1")->setDate(today().addDays(5)); // before the explanations
    QTest::mouseClick(child<QPushButton>(plan, "saveDeadlinesButton"), Qt::LeftButton);
    CHECK(appraisal.plan(2025).value().deadline(DeadlineStage::Round1) == today().addDays(5));
    child<QDateEdit>(plan, "deadlineDate_explanation")->setDate(today().addDays(20));
    ui::Dialogs::setNextText(QString()); // no reason: nothing changes
    QTest::mouseClick(child<QPushButton>(plan, "saveDeadlinesButton"), Qt::LeftButton);
    CHECK(appraisal.plan(2025).value().deadline(DeadlineStage::Explanation) == today().addDays(10));
    child<QDateEdit>(plan, "deadlineDate_explanation")->setDate(today().addDays(20));
    ui::Dialogs::setNextText(u"Gia hạn theo Công văn 12/SNV"_s);
    QTest::mouseClick(child<QPushButton>(plan, "saveDeadlinesButton"), Qt::LeftButton);
    CHECK(appraisal.plan(2025).value().deadline(DeadlineStage::Explanation) == today().addDays(20));

    // A member added; areas assigned; progress per member.
    ui::Dialogs::setNextText(u"Phạm Thu Hà"_s);
    QTest::mouseClick(child<QPushButton>(plan, "addAppraiserButton"), Qt::LeftButton);
    auto* people = child<QTreeWidget>(plan, "planAppraisers");
    REQUIRE(people->topLevelItemCount() == 3);
    QStringList names;
    for (int i = 0; i < people->topLevelItemCount(); ++i)
        names << people->topLevelItem(i)->text(0);
    CHECK(names.contains(u"Phạm Thu Hà"_s));
    for (int i = 0; i < people->topLevelItemCount(); ++i) {
        if (people->topLevelItem(i)->text(0) == kOther) {
            CHECK(
                people->topLevelItem(i)->text(1) ==
                u"2. Cải cách thể chế; 3. Cải cách thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông"_s);
            CHECK(people->topLevelItem(i)->text(2).contains(u" of "_s));
        }
    }
    screenshot(&w, u"year-plan-en-1366"_s);

    // Approval is refused while units are not appraised: the dialog stays open with the reason.
    QTest::mouseClick(child<QPushButton>(plan, "approveButton"), Qt::LeftButton);
    auto* dialog = w.findChild<ui::ApprovalDialog*>(u"approvalDialog"_s);
    REQUIRE(dialog);
    child<QLineEdit>(dialog, "decisionEdit")->setText(u"123/QĐ-UBND"_s);
    child<QSpinBox>(dialog, "membersSpin")->setValue(10);
    child<QSpinBox>(dialog, "inFavourSpin")->setValue(5);
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "approvalProblem")->text().contains(u"more than half"_s));
    child<QSpinBox>(dialog, "inFavourSpin")->setValue(8);
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "approvalProblem")->text().contains(u"not finished"_s));
    dialog->reject();
    CHECK_FALSE(appraisal.approval(2025).value());

    // The centre's key: the fingerprint in groups of four, the .pub again.
    ui::CentreKeyPage* key = centre->keyPage();
    centre->tabs()->setCurrentWidget(key);
    const QString keyId = centre->centre().signingKey().value()->keyId;
    CHECK(child<QLabel>(key, "fingerprintLabel")->text() == SigningKey::groupedFingerprint(keyId, 8));
    const QString pub = year.dir.filePath(u"again.pub"_s);
    ui::Dialogs::setNextFileName(pub);
    QTest::mouseClick(child<QPushButton>(key, "savePublicKeyButton"), Qt::LeftButton);
    CHECK(test::readFile(pub) == test::readFile(year.centrePub));
    screenshot(&w, u"centre-key-en-1366"_s);
}

TEST_CASE("A new centre creates its signing key from the key page", "[gui][appraisal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"C.parindex"_s);
    REQUIRE(Centre::create(path).ok());
    MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    ui::CentreKeyPage* key = w.centreWorkspace()->keyPage();
    CHECK(child<QLabel>(key, "keyState")->text().contains(u"no signing key"_s));
    QTest::mouseClick(child<QPushButton>(key, "createKeyButton"), Qt::LeftButton);
    auto* dialog = w.findChildren<QDialog*>(u"passphraseDialog"_s).last();
    child<QLineEdit>(dialog, "passphraseEdit")->setText(kPass);
    child<QLineEdit>(dialog, "passphraseConfirmEdit")->setText(kPass);
    const QString pub = dir.filePath(u"so-noi-vu.pub"_s);
    ui::Dialogs::setNextFileName(pub);
    dialog->accept();
    const auto made = w.centreWorkspace()->centre().signingKey().value();
    REQUIRE(made);
    CHECK(test::readFile(pub) == made->publicPem);
    CHECK(child<QLabel>(key, "fingerprintLabel")->text() == SigningKey::groupedFingerprint(made->keyId, 8));
    CHECK(w.banner()->text().contains(made->keyId));
}

TEST_CASE("The appraisal models pass QAbstractItemModelTester", "[gui][model][appraisal]")
{
    AppraisalYear year;
    auto centre = Centre::open(year.centrePath);
    REQUIRE(centre.ok());
    ui::AppraisalTreeModel tree;
    QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ui::AppraisalFilterProxy proxy;
    proxy.setSourceModel(&tree);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto load = [&] {
        tree.setAppraisal(
            std::make_shared<const UnitAppraisal>(centre.value()->appraisal().unit(2025, u"SO-TC"_s).value()));
    };
    load();
    CHECK(tree.rowCount() == 10);
    REQUIRE(centre.value()->appraisal().acceptRest(2025, u"SO-TC"_s, kBy).ok());
    load();
    proxy.setMode(ui::AppraisalFilterProxy::Mode::NotAppraised);
    CHECK(proxy.rowCount() == 0);
    tree.setAppraisal(nullptr);
    CHECK(tree.rowCount() == 0);

    ui::UnitProgressModel units;
    QAbstractItemModelTester unitsTester(&units, QAbstractItemModelTester::FailureReportingMode::Fatal);
    units.setProgress(centre.value()->appraisal().progress(2025).value());
    CHECK(units.rowCount() == 3);
    units.setProgress(centre.value()->appraisal().progress(2025).value());
    CHECK(units.rowOf(u"SO-TP"_s) >= 0);
}

TEST_CASE("The appraisal and the unit's feedback in Vietnamese at both screen sizes", "[gui][appraisal][i18n]")
{
    AppraisalYear year;
    const QString feedback = year.roundOneFeedback();
    {
        // The unit's view of the feedback, before it answers.
        REQUIRE(installTranslations(u"vi"_s));
        {
            MainWindow w;
            w.resize(1920, 1080);
            w.show();
            REQUIRE(w.openFile(year.unitPath));
            ui::AssessmentPage* page = w.assessmentPage();
            ui::Dialogs::setNextFileName(year.centrePub);
            ui::Dialogs::setNextAnswer(true);
            w.findChild<QAction*>(u"actionEnrolCentreKey"_s)->trigger();
            ui::Dialogs::setNextFileName(feedback);
            w.findChild<QAction*>(u"actionImportFeedback"_s)->trigger();
            REQUIRE(page->assessment().scoresLocked());
            // Dates as dd/MM/yyyy and points with a decimal comma.
            CHECK(child<ui::MessageBanner>(page, "feedbackBanner")
                      ->text()
                      .contains(today().addDays(10).toString(u"dd/MM/yyyy"_s)));
            child<QComboBox>(page, "filterCombo")->setCurrentIndex(0); // the requested item among the others
            page->selectItem(u"1.1.2"_s);
            screenshot(&w, u"unit-feedback-vi-1920"_s);
            copyShot(u"unit-feedback-vi-1920"_s);
            w.resize(1366, 768);
            page->selectItem(u"1.1.2"_s);
            screenshot(&w, u"unit-feedback-vi-1366"_s);
            copyShot(u"unit-feedback-vi-1366"_s);
        }
        installTranslations(u"en"_s);
    }
    year.respond(feedback);
    QSettings().setValue(u"appraisal/appraiser"_s, kBy);
    REQUIRE(installTranslations(u"vi"_s));
    {
        MainWindow w;
        w.resize(1920, 1080);
        w.show();
        REQUIRE(w.openFile(year.centrePath));
        ui::CentreWorkspace* centre = w.centreWorkspace();
        ui::AppraisalPage* page = centre->appraisalPage();
        centre->tabs()->setCurrentWidget(page);
        page->selectUnit(u"SO-TC"_s);
        page->selectItem(u"1.1.2"_s);
        const QAbstractItemModel* model = page->tree()->model();
        CHECK(model->headerData(ui::AppraisalTreeModel::SelfColumn, Qt::Horizontal).toString() != u"Self"_s);
        // Points with a decimal comma in the tree; the evidence date as dd/MM/yyyy.
        const QModelIndex ratio = child<QTreeView>(page, "appraisalTree")->currentIndex();
        CHECK(ratio.isValid());
        CHECK(child<QTreeWidget>(page->itemPane(), "appraisalEvidence")->topLevelItem(0)->text(1).count(u'/') == 2);
        screenshot(&w, u"appraisal-vi-1920"_s);
        copyShot(u"appraisal-vi-1920"_s);
        w.resize(1366, 768);
        page->selectItem(u"1.1.3"_s);
        screenshot(&w, u"appraisal-vi-1366"_s);
        copyShot(u"appraisal-vi-1366"_s);
        // The other unit, still in round 1 with nothing appraised.
        page->selectUnit(u"SO-XD"_s);
        CHECK(child<QLabel>(page->itemPane(), "appraisalRequestLabel")->isVisible());
        CHECK(child<QComboBox>(page->itemPane(), "appraisalRequest")->isVisible());
        screenshot(&w, u"appraisal-round1-vi-1366"_s);
        copyShot(u"appraisal-round1-vi-1366"_s);

        centre->tabs()->setCurrentWidget(centre->yearPage());
        centre->yearPage()->setYear(2025);
        screenshot(&w, u"year-plan-vi-1366"_s);
        copyShot(u"year-plan-vi-1366"_s);
        w.resize(1920, 1080);
        screenshot(&w, u"year-plan-vi-1920"_s);
        copyShot(u"year-plan-vi-1920"_s);
        centre->tabs()->setCurrentWidget(centre->keyPage());
        screenshot(&w, u"centre-key-vi-1920"_s);
        copyShot(u"centre-key-vi-1920"_s);
        w.resize(1366, 768);
        screenshot(&w, u"centre-key-vi-1366"_s);
        copyShot(u"centre-key-vi-1366"_s);
    }
    installTranslations(u"en"_s);
}

TEST_CASE("Timing of the appraisal view on the demo centre", "[.][timing]")
{
    const QString path = qEnvironmentVariable("PARINDEX_DEMO_CENTRE");
    if (path.isEmpty())
        return;
    QElapsedTimer t;
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    t.start();
    REQUIRE(w.openFile(path));
    std::cout << "open: " << t.restart() << " ms\n";
    ui::AppraisalPage* page = w.centreWorkspace()->appraisalPage();
    w.centreWorkspace()->tabs()->setCurrentWidget(page);
    QApplication::processEvents();
    std::cout << "tab: " << t.restart() << " ms\n";
    auto* units = child<QTableView>(page, "appraisalUnits");
    int shown = 0;
    for (int r = 0; r < units->model()->rowCount() && shown < 12; ++r) {
        if (units->model()->index(r, ui::UnitProgressModel::StageColumn).data().toString() ==
            AppraisalTerms::name(AppraisalStage::NotReceived))
            continue;
        ++shown;
        t.restart();
        units->setCurrentIndex(units->model()->index(r, 0));
        std::cout << "unit " << page->currentUnit().toStdString() << " ("
                  << units->model()->index(r, 1).data().toString().toStdString() << "): " << t.restart() << " ms\n";
    }
    const auto progress = w.centreWorkspace()->centre().appraisal().progress(2025);
    std::cout << "progress(): " << t.restart() << " ms for " << progress->size() << " units\n";
    QSettings().setValue(u"appraisal/appraiser"_s, QString());
    const auto people = w.centreWorkspace()->centre().appraisal().appraisers().value();
    if (!people.isEmpty())
        page->setAppraiser(people.first().name);
    for (int r = 0; r < units->model()->rowCount(); ++r) {
        if (units->model()->index(r, ui::UnitProgressModel::StageColumn).data().toString() ==
            AppraisalTerms::name(AppraisalStage::Round1)) {
            units->setCurrentIndex(units->model()->index(r, 0));
            break;
        }
    }
    t.restart();
    if (page->itemPane()->canEdit()) {
        page->acceptAndNext();
        std::cout << "accept and next: " << t.restart() << " ms\n";
        AppraisalEdit edit;
        Appraisal& a = w.centreWorkspace()->centre().appraisal();
        const QString unit = page->currentUnit();
        const QString item = page->currentItem();
        const QString who = page->appraiser();
        QObject guard; // the page is not told, to time the service alone
        const QSignalBlocker block(&a);
        t.restart();
        CHECK(a.appraise(2025, unit, item, edit, who).ok());
        std::cout << "appraise() alone: " << t.restart() << " ms\n";
        CHECK(a.unit(2025, unit).ok());
        std::cout << "unit() alone: " << t.restart() << " ms\n";
        QApplication::processEvents();
        std::cout << "queued progress reload: " << t.restart() << " ms\n";
    }
    // The unit's side: importing the demo feedback.
    const QString folder = QFileInfo(path).absolutePath();
    MainWindow u;
    u.resize(1366, 768);
    u.show();
    REQUIRE(u.openFile(folder + u"/so-tai-chinh-2025.parindex"_s));
    if (!u.assessmentPage()->assessment().centreKey().value()) {
        ui::Dialogs::setNextFileName(folder + u"/centre.pub"_s);
        ui::Dialogs::setNextAnswer(true);
        u.findChild<QAction*>(u"actionEnrolCentreKey"_s)->trigger();
    }
    const QStringList feedback = QDir(folder).entryList({u"feedback-*.zip"_s});
    if (!feedback.isEmpty()) {
        ui::Dialogs::setNextFileName(folder + u'/' + feedback.first());
        t.restart();
        u.findChild<QAction*>(u"actionImportFeedback"_s)->trigger();
        std::cout << "import feedback: " << t.restart() << " ms: " << u.banner()->text().toStdString() << "\n";
    }
}

TEST_CASE("Screenshots of the demo centre's appraisal in Vietnamese", "[.][demo-shots]")
{
    const QString path = qEnvironmentVariable("PARINDEX_DEMO_CENTRE");
    if (path.isEmpty())
        return;
    REQUIRE(installTranslations(u"vi"_s));
    {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        REQUIRE(w.openFile(path));
        ui::AppraisalPage* page = w.centreWorkspace()->appraisalPage();
        w.centreWorkspace()->tabs()->setCurrentWidget(page);
        const auto people = w.centreWorkspace()->centre().appraisal().appraisers().value();
        if (!people.isEmpty())
            page->setAppraiser(people.first().name);
        for (const QString& unit : {u"SO-TAI-CHINH"_s, u"SO-TU-PHAP"_s, u"SO-Y-TE"_s, u"SO-XAY-DUNG"_s}) {
            page->selectUnit(unit);
            screenshot(&w, u"demo-appraisal-"_s + unit);
            copyShot(u"demo-appraisal-"_s + unit);
        }
        w.centreWorkspace()->tabs()->setCurrentWidget(w.centreWorkspace()->yearPage());
        w.centreWorkspace()->yearPage()->setYear(2025);
        screenshot(&w, u"demo-year"_s);
        copyShot(u"demo-year"_s);
        w.centreWorkspace()->tabs()->setCurrentWidget(w.centreWorkspace()->resultsPage());
        screenshot(&w, u"demo-results"_s);
        copyShot(u"demo-results"_s);
    }
    installTranslations(u"en"_s);
}
