#include "core/common/Translations.h"
#include "core/criteria/CriteriaCatalog.h"
#include "support/GuiSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBanner.h"
#include "ui/unit/AssessmentPage.h"
#include "ui/unit/AssessmentTreeModel.h"
#include "ui/unit/EvidenceDialog.h"
#include "ui/unit/ItemEditor.h"
#include "ui/unit/KeyPage.h"
#include "ui/unit/NewUnitDialog.h"
#include "ui/unit/SubmissionActions.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using parindex::ui::MainWindow;
using test::child;
using test::screenshot;
using test::typeText;

namespace {

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

TEST_CASE("A unit scores every kind of item, attaches evidence, undoes, checks and prints", "[gui][unit]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    // New unit data file through the dialog.
    w.findChild<QAction*>(u"actionNewUnit"_s)->trigger();
    auto* dialog = w.findChild<ui::NewUnitDialog*>(u"newUnitDialog"_s);
    REQUIRE(dialog);
    typeText(child<QLineEdit>(dialog, "unitNameEdit"), u"Sở Tài chính"_s);
    // The code is derived from the name and shown as a hint until one is typed.
    CHECK(child<QLineEdit>(dialog, "unitCodeEdit")->placeholderText().contains(u"SO-TAI-CHINH"_s));
    CHECK(dialog->identity().code == u"SO-TAI-CHINH"_s);
    auto* group = child<QComboBox>(dialog, "unitGroupCombo");
    group->setCurrentIndex(group->findData(int(UnitGroup::So)));
    child<QSpinBox>(dialog, "unitYearSpin")->setValue(2025);
    CHECK(child<QLineEdit>(dialog, "unitPathEdit")->text().endsWith(u"so-tai-chinh-2025.parindex"_s));
    CHECK(child<QComboBox>(dialog, "criteriaSetCombo")->currentText().contains(u"5666/QĐ-UBND"_s));
    const QString path = dir.filePath(u"so-tai-chinh.parindex"_s);
    child<QLineEdit>(dialog, "unitPathEdit")->setText(path);
    screenshot(dialog, u"new-unit-dialog"_s);
    dialog->accept();
    REQUIRE(QFile::exists(path));
    ui::AssessmentPage* page = w.assessmentPage();
    REQUIRE(page);
    UnitAssessment& unit = page->assessment();
    CHECK(unit.unit().name == u"Sở Tài chính"_s);
    auto* editor = page->itemEditor();
    auto* tree = child<QTreeView>(page, "assessmentTree");

    // Options, by mouse.
    page->selectItem(u"1.1.1"_s);
    QTest::mouseClick(child<QRadioButton>(editor, "option2"), Qt::LeftButton);
    CHECK(unit.stored(u"1.1.1"_s).input == ItemInput::ofOption(1));
    CHECK(unit.evaluation().total == test::pts("0.5"));

    // Move to the next item with the keyboard and choose its first level with the keyboard.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    CHECK(editor->currentCode() == u"1.1.2"_s);
    auto* first = child<QRadioButton>(editor, "option1");
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Space);
    CHECK(unit.stored(u"1.1.2"_s).input == ItemInput::ofOption(0));

    // Percentage tiers: numerator and denominator typed.
    page->selectItem(u"1.1.3"_s);
    typeInto(child<QLineEdit>(editor, "numeratorEdit"), u"46"_s);
    typeInto(child<QLineEdit>(editor, "denominatorEdit"), u"50"_s);
    CHECK(unit.evaluation().node(u"1.1.3"_s)->achieved == test::pts("2"));
    CHECK(child<QLabel>(editor, "ratioResult")->text().contains(u"92.00"_s));
    // A numerator above the denominator is refused with the reason; nothing changes.
    typeInto(child<QLineEdit>(editor, "numeratorEdit"), u"55"_s);
    CHECK(child<QLabel>(editor, "itemError")->text().contains(u"larger than the denominator"_s));
    CHECK(unit.stored(u"1.1.3"_s).input == ItemInput::ofRatio(test::pts("46"), test::pts("50")));

    // Deduction: a count.
    page->selectItem(u"1.2.1"_s);
    auto* count = child<QSpinBox>(editor, "countSpin");
    count->setFocus();
    QTest::keyClick(count, Qt::Key_Up);
    QTest::keyClick(count, Qt::Key_Up);
    CHECK(unit.stored(u"1.2.1"_s).input == ItemInput::ofCount(2));
    CHECK(unit.evaluation().node(u"1.2.1"_s)->achieved == test::pts("0.5"));

    // Judgement: a number on the step.
    page->selectItem(u"1.4.3"_s);
    auto* points = child<QSpinBox>(editor, "pointsSpin");
    points->setFocus();
    QTest::keyClick(points, Qt::Key_Up);
    CHECK(unit.stored(u"1.4.3"_s).input == ItemInput::ofValue(test::pts("0.25")));

    // Proportional.
    page->selectItem(u"1.5.3"_s);
    typeInto(child<QLineEdit>(editor, "numeratorEdit"), u"9"_s);
    typeInto(child<QLineEdit>(editor, "denominatorEdit"), u"12"_s);
    CHECK(unit.evaluation().node(u"1.5.3"_s)->achieved == test::pts("0.75"));

    // Not applicable, with its reason.
    page->selectItem(u"1.3.2"_s);
    auto* na = child<QCheckBox>(editor, "notApplicableCheck");
    QTest::mouseClick(na, Qt::LeftButton);
    CHECK(child<QLabel>(editor, "itemError")->text().contains(u"reason"_s));
    typeInto(child<QLineEdit>(editor, "reasonEdit"), u"Không có đơn vị trực thuộc"_s);
    CHECK(unit.stored(u"1.3.2"_s).input.kind == ItemInput::Kind::NotApplicable);
    CHECK(unit.evaluation().possible == test::pts("99"));

    // Survey items are read-only.
    page->selectItem(u"1.6.1"_s);
    CHECK_FALSE(child<QWidget>(editor, "surveyLabel")->parentWidget()->isEnabled());

    // One file attached to two items is stored once.
    const QString doc = dir.filePath(u"Kế hoạch CCHC 2025.pdf"_s);
    test::writeFile(doc, "%PDF-1.4 kế hoạch");
    page->selectItem(u"1.1.1"_s);
    ui::Dialogs::setNextFileNames({doc});
    QTest::mouseClick(child<QPushButton>(editor, "addFilesButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !page->attaching(); }, 20000)); // copied on a worker, no nested event loop
    page->selectItem(u"1.1.2"_s);
    ui::Dialogs::setNextFileNames({doc});
    QTest::mouseClick(child<QPushButton>(editor, "addFilesButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !page->attaching(); }, 20000));
    REQUIRE(unit.evidence().size() == 1);
    CHECK(unit.evidence().first().items == QStringList{u"1.1.1"_s, u"1.1.2"_s});
    CHECK(child<QListWidget>(editor, "itemDocuments")->count() == 1);
    CHECK(QDir(unit.evidenceStore().folder()).entryList(QDir::Files).size() == 1);

    // The document's details, through the evidence list and its dialog.
    auto* evidenceList = child<QTreeWidget>(page, "evidenceList");
    REQUIRE(evidenceList->topLevelItemCount() == 1);
    CHECK(evidenceList->topLevelItem(0)->text(1) == u"missing"_s);
    evidenceList->setCurrentItem(evidenceList->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(page, "editDocumentButton"), Qt::LeftButton);
    auto* details = page->findChild<ui::EvidenceDialog*>(u"evidenceDialog"_s);
    REQUIRE(details);
    typeText(child<QLineEdit>(details, "documentNumberEdit"), u"12/KH-STC"_s); // Return would save the dialog at once
    QTest::mouseClick(child<QCheckBox>(details, "documentHasDate"), Qt::LeftButton);
    child<QDateEdit>(details, "documentDateEdit")->setDate(QDate(2025, 1, 10));
    child<QPlainTextEdit>(details, "documentSummaryEdit")->setPlainText(u"Kế hoạch cải cách hành chính năm 2025"_s);
    screenshot(details, u"evidence-dialog"_s);
    details->accept();
    REQUIRE(unit.evidence().size() == 1);
    CHECK(unit.evidence().first().number == u"12/KH-STC"_s);
    CHECK(unit.evidence().first().issuedOn == QDate(2025, 1, 10));
    CHECK(evidenceList->topLevelItem(0)->text(1) == u"12/KH-STC"_s);

    // Every edit is undoable from the Edit menu, named after it — the document's details, its
    // link to a second item, the attachment itself — and redone in order.
    auto* undo = w.findChild<QAction*>(u"actionUndo"_s);
    auto* redo = w.findChild<QAction*>(u"actionRedo"_s);
    CHECK(undo->text().contains(u"Details of Kế hoạch CCHC 2025.pdf"_s));
    undo->trigger();
    CHECK(unit.evidence().first().number.isEmpty());
    CHECK(evidenceList->topLevelItem(0)->text(1) == u"missing"_s);
    undo->trigger();
    CHECK(unit.evidence().first().items == QStringList{u"1.1.1"_s});
    undo->trigger();
    CHECK(unit.evidence().isEmpty());
    CHECK(evidenceList->topLevelItemCount() == 0);
    CHECK(QDir(unit.evidenceStore().folder()).entryList(QDir::Files).size() == 1); // the file stays for a redo
    CHECK(undo->text().contains(u"Score 1.3.2"_s));
    undo->trigger();
    CHECK(unit.stored(u"1.3.2"_s).input.kind == ItemInput::Kind::None);
    CHECK(redo->text().contains(u"Score 1.3.2"_s));
    redo->trigger();
    CHECK(unit.stored(u"1.3.2"_s).input.kind == ItemInput::Kind::NotApplicable);
    for (int i = 0; i < 3; ++i)
        redo->trigger();
    REQUIRE(unit.evidence().size() == 1);
    CHECK(unit.evidence().first().items == QStringList{u"1.1.1"_s, u"1.1.2"_s});
    CHECK(unit.evidence().first().number == u"12/KH-STC"_s);

    // Removing a document from the evidence list is undoable too.
    evidenceList->setCurrentItem(evidenceList->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(page, "removeDocumentButton"), Qt::LeftButton);
    CHECK(unit.evidence().isEmpty());
    CHECK(undo->text().contains(u"Remove Kế hoạch CCHC 2025.pdf"_s));
    undo->trigger();
    REQUIRE(unit.evidence().size() == 1);
    CHECK(unit.evidence().first().number == u"12/KH-STC"_s);

    // The check list follows the edits, and a click goes to the item.
    auto* checks = child<QListWidget>(page, "checkList");
    QTest::qWait(10);
    const int before = checks->count();
    page->selectItem(u"1.2.2"_s);
    QTest::mouseClick(child<QRadioButton>(editor, "option1"), Qt::LeftButton);
    QTest::qWait(10);
    CHECK(checks->count() == before); // unscored → scored without evidence: still one problem
    editor->findChild<QPlainTextEdit*>(u"explanationEdit"_s)->setPlainText(u"Báo cáo gửi qua hệ thống"_s);
    page->selectItem(u"1.2.1"_s); // moving on saves the explanation
    QTest::qWait(10);
    CHECK(unit.stored(u"1.2.2"_s).explanation == u"Báo cáo gửi qua hệ thống"_s);
    CHECK(checks->count() == before - 1);
    QListWidgetItem* problem = checks->item(0);
    QTest::mouseClick(checks->viewport(), Qt::LeftButton, {}, checks->visualItemRect(problem).center());
    CHECK(editor->currentCode() == problem->data(Qt::UserRole).toString());

    // Filter and search.
    auto* filter = child<QComboBox>(page, "filterCombo");
    filter->setCurrentIndex(1); // not scored
    CHECK(tree->model()->rowCount() > 0);
    child<QLineEdit>(page, "searchEdit")->setText(u"1.1.4"_s);
    const QModelIndex area = tree->model()->index(0, 0);
    CHECK(tree->model()->rowCount(tree->model()->index(0, 0, area)) == 1);
    child<QLineEdit>(page, "searchEdit")->clear();
    filter->setCurrentIndex(0);

    screenshot(&w, u"unit-editor-en-1366"_s);

    // The report, as PDF, with the unit's name and total.
    const QString pdf = dir.filePath(u"report.pdf"_s);
    ui::Dialogs::setNextFileName(pdf);
    w.findChild<QAction*>(u"actionExportReport"_s)->trigger();
    REQUIRE(QFile::exists(pdf));
    const QString content = test::pdfText(pdf);
    CHECK(content.contains(u"SỞ TÀI CHÍNH"_s));
    CHECK(content.contains(u"Tổng điểm tự đánh giá: "_s + unit.evaluation().total.toString(NumberLocale::Vietnamese)));
}

TEST_CASE("The unit editor in Vietnamese at both screen sizes", "[gui][unit][i18n]")
{
    REQUIRE(installTranslations(u"vi"_s));
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"xa.parindex"_s);
        REQUIRE(UnitAssessment::create(path, {u"PHUONG-HK"_s, u"Phường Hoàn Kiếm"_s, UnitGroup::Xa}, 2025,
                                       CriteriaCatalog::shippedFor(2025, UnitGroup::Xa))
                    .ok());
        MainWindow w;
        w.resize(1920, 1080);
        w.show();
        REQUIRE(w.openFile(path));
        ui::AssessmentPage* page = w.assessmentPage();
        REQUIRE(page);
        page->selectItem(u"1.1.3"_s);
        CHECK(child<QLabel>(page, "unitTotals")->text().contains(u"Phường Hoàn Kiếm"_s));
        CHECK(page->findChild<QTreeView*>(u"assessmentTree"_s)->model()->headerData(1, Qt::Horizontal).toString() ==
              u"Nội dung"_s);
        screenshot(&w, u"unit-editor-vi-1920"_s);
        w.resize(1366, 768);
        page->selectItem(u"1.1.1"_s);
        screenshot(&w, u"unit-editor-vi-1366"_s);
    }
    installTranslations(u"en"_s);
}

TEST_CASE("The assessment tree model passes QAbstractItemModelTester while scores change", "[gui][model]")
{
    QTemporaryDir dir;
    auto unit = UnitAssessment::create(dir.filePath(u"u.parindex"_s), {u"S"_s, u"Sở S"_s, UnitGroup::So}, 2025,
                                       CriteriaCatalog::shippedFor(2025, UnitGroup::So));
    REQUIRE(unit.ok());
    ui::AssessmentTreeModel model(unit.value());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(unit.value()->setInput(u"1.1.1"_s, ItemInput::ofOption(0)).ok());
    REQUIRE(unit.value()->setInput(u"T.1"_s, ItemInput::ofOption(0)).ok());
    CHECK(model.statusOf(u"1.1.1"_s) == ItemStatus::NeedsEvidence);
    const QModelIndex leaf = model.indexForCode(u"1.1.1"_s);
    CHECK(leaf.data(ui::AssessmentTreeModel::CodeRole).toString() == u"1.1.1"_s);
    CHECK(model.index(leaf.row(), ui::AssessmentTreeModel::PointsColumn, leaf.parent()).data().toString() == u"1"_s);
    CHECK(model.rowCount() == 10); // 8 areas, bonus, penalty
}

TEST_CASE("A criteria set file that fails validation is refused in the New unit dialog", "[gui][unit]")
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad-set.json"_s);
    test::writeFile(bad, R"({"format": "parindex.criteria-set", "format_version": 1, "id": "x", "areas": []})");
    MainWindow w;
    w.show();
    w.findChild<QAction*>(u"actionNewUnit"_s)->trigger();
    auto* dialog = w.findChild<ui::NewUnitDialog*>(u"newUnitDialog"_s);
    REQUIRE(dialog);
    const int setsBefore = child<QComboBox>(dialog, "criteriaSetCombo")->count();
    ui::Dialogs::setNextFileName(bad);
    QTest::mouseClick(child<QPushButton>(dialog, "setFromFileButton"), Qt::LeftButton);
    const QString problems = child<QLabel>(dialog, "setProblems")->text();
    CHECK(problems.contains(u"cannot be used"_s));
    CHECK(problems.contains(u"a set needs at least one area"_s));
    CHECK(child<QComboBox>(dialog, "criteriaSetCombo")->count() == setsBefore);
    // Accepting without a name is refused in place.
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "setProblems")->text().contains(u"Enter the unit's name"_s));
    dialog->reject();
    CHECK(w.assessmentPage() == nullptr);
}

TEST_CASE("The unit creates its signing key and exports the signed package", "[gui][unit][package]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"u.parindex"_s);
    REQUIRE(UnitAssessment::create(path, {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So}, 2025,
                                   CriteriaCatalog::shippedFor(2025, UnitGroup::So))
                .ok());
    MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    auto* exportAction = w.findChild<QAction*>(u"actionExportPackage"_s);
    exportAction->trigger(); // no key yet: says what to do
    CHECK(w.banner()->text().contains(u"signing key first"_s));

    w.findChild<QAction*>(u"actionCreateKey"_s)->trigger();
    auto* dialog = w.findChild<QDialog*>(u"passphraseDialog"_s);
    REQUIRE(dialog);
    child<QLineEdit>(dialog, "passphraseEdit")->setText(u"mật khẩu đơn vị"_s);
    child<QLineEdit>(dialog, "passphraseConfirmEdit")->setText(u"khác"_s);
    screenshot(dialog, u"passphrase-dialog"_s);
    dialog->accept();
    CHECK(dialog->isVisible()); // the two differ
    child<QLineEdit>(dialog, "passphraseConfirmEdit")->setText(u"mật khẩu đơn vị"_s);
    const QString pub = dir.filePath(u"SO-TC.pub"_s);
    ui::Dialogs::setNextFileName(pub);
    dialog->accept();
    CHECK(w.banner()->text().contains(u"sha256:"_s));
    REQUIRE(QFile::exists(pub));
    CHECK(test::readFile(pub).startsWith("-----BEGIN PUBLIC KEY-----"));

    const QString pkg = dir.filePath(u"SO-TC-2025.zip"_s);
    ui::Dialogs::setNextFileName(pkg);
    exportAction->trigger();
    auto* sign = w.findChildren<QDialog*>(u"passphraseDialog"_s).last();
    child<QLineEdit>(sign, "passphraseEdit")->setText(u"mật khẩu đơn vị"_s);
    sign->accept();
    REQUIRE(QTest::qWaitFor([&] { return !w.submissionActions()->running(); }, 20000));
    CHECK(QFile::exists(pkg));
    CHECK(w.banner()->text().contains(u"version 1"_s));
}

TEST_CASE("The unit's signing key page: fingerprint in groups, a new key only after a question, the letter",
          "[gui][unit][package]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"u.parindex"_s);
    REQUIRE(UnitAssessment::create(path, {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So}, 2025,
                                   CriteriaCatalog::shippedFor(2025, UnitGroup::So))
                .ok());
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    REQUIRE(w.openFile(path));
    w.findChild<QAction*>(u"actionSigningKey"_s)->trigger();
    auto* keyPage = w.findChild<ui::KeyPage*>(u"keyPage"_s);
    REQUIRE(keyPage);
    CHECK(keyPage->isVisible());
    CHECK(child<QLabel>(keyPage, "keyState")->text().contains(u"no signing key"_s));
    CHECK_FALSE(child<QPushButton>(keyPage, "letterPdfButton")->isEnabled());

    auto createKey = [&](const QString& passphrase) {
        QTest::mouseClick(child<QPushButton>(keyPage, "createKeyButton"), Qt::LeftButton);
        auto* dialog = w.findChildren<QDialog*>(u"passphraseDialog"_s).last();
        child<QLineEdit>(dialog, "passphraseEdit")->setText(passphrase);
        child<QLineEdit>(dialog, "passphraseConfirmEdit")->setText(passphrase);
        ui::Dialogs::setNextFileName(dir.filePath(u"SO-TC.pub"_s));
        dialog->accept();
    };
    createKey(u"mật khẩu thứ nhất"_s);
    UnitAssessment& unit = w.assessmentPage()->assessment();
    const QString first = unit.signingKey().value()->keyId;
    QString shown = child<QLabel>(keyPage, "fingerprintLabel")->text();
    CHECK(shown == SigningKey::groupedFingerprint(first, 8));
    CHECK(shown.startsWith(u"sha256: "_s));
    CHECK(shown.split(u'\n').first().split(u' ').size() == 9); // "sha256:" and eight groups of four
    CHECK(shown.remove(u' ').remove(u'\n') == first);
    QTest::mouseClick(child<QPushButton>(keyPage, "copyFingerprintButton"), Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == first);
    screenshot(&w, u"unit-key-page-en-1366"_s);

    // A second key: asked first; "no" changes nothing.
    ui::Dialogs::setNextAnswer(false);
    QTest::mouseClick(child<QPushButton>(keyPage, "createKeyButton"), Qt::LeftButton);
    for (QDialog* d : w.findChildren<QDialog*>(u"passphraseDialog"_s))
        CHECK_FALSE(d->isVisible());
    CHECK(unit.signingKey().value()->keyId == first);
    ui::Dialogs::setNextAnswer(true);
    createKey(u"mật khẩu thứ hai"_s);
    const QString second = unit.signingKey().value()->keyId;
    CHECK(second != first);
    auto* history = child<QTreeWidget>(keyPage, "keyHistory");
    REQUIRE(history->topLevelItemCount() == 2);
    CHECK(history->topLevelItem(0)->text(2) == u"in use"_s);
    CHECK(history->topLevelItem(1)->toolTip(0) == first);

    // The enrolment letter names the unit, the new key in groups of four and the key it replaces.
    const QString pdf = dir.filePath(u"letter.pdf"_s);
    ui::Dialogs::setNextFileName(pdf);
    QTest::mouseClick(child<QPushButton>(keyPage, "letterPdfButton"), Qt::LeftButton);
    REQUIRE(QFile::exists(pdf));
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(u"SỞ TÀI CHÍNH"_s));
    CHECK(text.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    const QStringList groups = SigningKey::groupedFingerprint(second).split(u' ').mid(1);
    for (const QString& g : groups)
        CHECK(text.contains(g));
    CHECK(text.contains(SigningKey::groupedFingerprint(first).split(u' ').at(1))); // the replaced key
    QProcess render;
    render.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"60"_s, pdf,
                                 QDir::current().absoluteFilePath(u"screenshots/enrolment-letter"_s)});
    CHECK(render.waitForFinished(30000));
}
