#include "core/centre/Centre.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/unit/UnitAssessment.h"
#include "support/GuiSupport.h"
#include "ui/MainWindow.h"
#include "ui/centre/CentreWorkspace.h"
#include "ui/centre/InboxPage.h"
#include "ui/centre/UnitDialog.h"
#include "ui/centre/UnitsPage.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBanner.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;
using test::child;
using test::screenshot;
using test::typeText;

TEST_CASE("The centre imports packages from its inbox and sees each unit's versions", "[gui][package]")
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"unit"_s));
    const QString centrePath = dir.filePath(u"C.parindex"_s);
    QString good;
    QString tampered;
    {
        auto centre = Centre::create(centrePath);
        REQUIRE(centre.ok());
        REQUIRE(centre.value()->addUnit({u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So, true}).ok());
        REQUIRE(centre.value()->addUnit({u"SO-TP"_s, u"Sở Tư pháp"_s, UnitGroup::So, true}).ok());
        auto unit =
            UnitAssessment::create(dir.filePath(u"unit/U.parindex"_s), {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So},
                                   2025, CriteriaCatalog::shippedFor(2025, UnitGroup::So));
        REQUIRE(unit.ok());
        REQUIRE(unit.value()->setInput(u"1.1.1"_s, ItemInput::ofOption(0)).ok());
        REQUIRE(unit.value()->setExplanation(u"1.1.1"_s, u"Kế hoạch số 15/KH-STC"_s).ok());
        const SigningKey key = SigningKey::generate().value();
        REQUIRE(centre.value()->enrolKey(u"SO-TC"_s, Centre::readPublicKey(key.publicPem()).value()).ok());
        good = dir.filePath(u"good.zip"_s);
        REQUIRE(unit.value()->exportPackage(key, good).ok());
        tampered = dir.filePath(u"tampered.zip"_s);
        QByteArray bytes = test::readFile(good);
        bytes.chop(40); // a package cut short on its way
        test::writeFile(tampered, bytes);
    }

    ui::MainWindow w;
    w.resize(1366, 768);
    w.show();
    REQUIRE(w.openFile(centrePath));
    ui::InboxPage* inbox = w.inboxPage();
    REQUIRE(inbox);
    auto* tree = inbox->findChild<QTreeWidget*>(u"inboxTree"_s);
    REQUIRE(tree);
    REQUIRE(tree->topLevelItemCount() == 2);
    CHECK(tree->topLevelItem(0)->text(1) == u"not received"_s);

    ui::Dialogs::setNextFileNames({good, tampered});
    QTest::mouseClick(inbox->findChild<QPushButton*>(u"importFilesButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !inbox->importRunning(); }, 20000));
    INFO("banner: " << w.banner()->text().toStdString());
    auto* outcomes = inbox->findChild<QListWidget*>(u"importOutcomes"_s);
    REQUIRE(outcomes->count() == 2);
    CHECK(outcomes->item(0)->text() == u"good.zip: accepted"_s);
    CHECK(outcomes->item(1)->text().startsWith(u"tampered.zip: rejected: "_s));
    CHECK(tree->topLevelItem(0)->text(1) == u"received"_s);
    CHECK(tree->topLevelItem(0)->text(2) == u"1"_s);
    CHECK(tree->topLevelItem(1)->text(1) == u"not received"_s);

    const QString dirShots = QDir::current().absoluteFilePath(u"screenshots"_s);
    QDir().mkpath(dirShots);
    CHECK(w.grab().save(dirShots + u"/centre-inbox-en-1366.png"_s));

    // The version opens read-only with the unit's scores and explanations.
    emit tree->itemActivated(tree->topLevelItem(0), 0);
    auto* scores = w.findChild<QTableWidget*>(u"versionScores"_s);
    REQUIRE(scores);
    CHECK(scores->item(0, 0)->text() == u"1.1.1"_s);
    CHECK(scores->item(0, 4)->text() == u"Kế hoạch số 15/KH-STC"_s);
    // In words, not codes: the item's title and the chosen level's own text.
    CHECK(scores->item(0, 1)->text() == u"Ban hành kế hoạch CCHC năm của đơn vị"_s);
    CHECK_FALSE(scores->item(0, 2)->text().contains(u"option:"_s));
    CHECK(scores->item(0, 2)->text().contains(u"Ban hành"_s));
    CHECK(scores->editTriggers() == QAbstractItemView::NoEditTriggers);
    if (auto* versionDialog = scores->window(); versionDialog != &w)
        versionDialog->close();

    // A version accepted by mistake is withdrawn with a reason; the same package is refused after.
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    auto* withdraw = inbox->findChild<QPushButton*>(u"withdrawButton"_s);
    REQUIRE(withdraw->isEnabled());
    ui::Dialogs::setNextText(QString()); // cancelled: nothing happens
    QTest::mouseClick(withdraw, Qt::LeftButton);
    CHECK(tree->topLevelItem(0)->text(1) == u"received"_s);
    ui::Dialogs::setNextText(u"Nhận nhầm gói"_s);
    QTest::mouseClick(withdraw, Qt::LeftButton);
    INFO("banner: " << w.banner()->text().toStdString());
    CHECK(w.banner()->text().contains(u"withdrawn"_s));
    CHECK(tree->topLevelItem(0)->text(1) == u"not received"_s);
    ui::Dialogs::setNextFileNames({good});
    QTest::mouseClick(inbox->findChild<QPushButton*>(u"importFilesButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !inbox->importRunning(); }, 20000));
    CHECK(outcomes->item(0)->text().contains(u"withdrawn"_s));
}

namespace {

QStringList unitNames(QTreeWidget* tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (!tree->topLevelItem(i)->isHidden())
            out.append(tree->topLevelItem(i)->text(0));
    }
    return out;
}

} // namespace

TEST_CASE("The centre registers units, enrols a key after comparing fingerprints, revokes it", "[gui][package]")
{
    QTemporaryDir dir;
    const QString centrePath = dir.filePath(u"C.parindex"_s);
    REQUIRE(Centre::create(centrePath).ok());
    const QString pub = dir.filePath(u"SO-TC.pub"_s);
    const SigningKey key = SigningKey::generate().value();
    test::writeFile(pub, key.publicPem());

    ui::MainWindow w;
    w.resize(1366, 768);
    w.show();
    REQUIRE(w.openFile(centrePath));
    ui::UnitsPage* page = w.unitsPage();
    REQUIRE(page);
    auto* tree = child<QTreeWidget>(page, "unitsTree");

    // Registering: the code comes from the name unless one is typed; typing replaces it.
    QTest::mouseClick(child<QPushButton>(page, "registerUnitButton"), Qt::LeftButton);
    auto* dialog = page->findChild<ui::UnitDialog*>(u"unitDialog"_s);
    REQUIRE(dialog);
    typeText(child<QLineEdit>(dialog, "unitNameEdit"), u"Phường Tây Mỗ"_s);
    auto* code = child<QLineEdit>(dialog, "unitCodeEdit");
    CHECK(code->text().isEmpty());
    CHECK(code->placeholderText().startsWith(u"PHUONG-TAY-MO"_s));
    code->setFocus();
    typeText(code, u"P-TAY-MO"_s);
    CHECK(code->text() == u"P-TAY-MO"_s); // not PHUONG-TAY-MOP-TAY-MO
    auto* group = child<QComboBox>(dialog, "unitGroupCombo");
    group->setCurrentIndex(group->findData(int(UnitGroup::Xa)));
    screenshot(dialog, u"centre-unit-dialog"_s);
    dialog->accept();
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->text(1) == u"P-TAY-MO"_s);
    CHECK(tree->topLevelItem(0)->text(3) == u"no key"_s);

    // The name alone: the derived code.
    QTest::mouseClick(child<QPushButton>(page, "registerUnitButton"), Qt::LeftButton);
    dialog = page->findChildren<ui::UnitDialog*>(u"unitDialog"_s).last();
    typeText(child<QLineEdit>(dialog, "unitNameEdit"), u"Sở Tài chính"_s);
    dialog->accept();
    REQUIRE(tree->topLevelItemCount() == 2);
    CHECK(w.centreWorkspace()->centre().unit(u"SO-TAI-CHINH"_s).ok());

    // The same name again is refused in the dialog, which stays open with the reason.
    QTest::mouseClick(child<QPushButton>(page, "registerUnitButton"), Qt::LeftButton);
    dialog = page->findChildren<ui::UnitDialog*>(u"unitDialog"_s).last();
    typeText(child<QLineEdit>(dialog, "unitNameEdit"), u"sở tài chính"_s);
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "unitProblem")->text().contains(u"already exists"_s));
    dialog->reject();
    CHECK(tree->topLevelItemCount() == 2);

    // Editing: the code and the ranking change.
    page->selectUnit(u"SO-TAI-CHINH"_s);
    QTest::mouseClick(child<QPushButton>(page, "editUnitButton"), Qt::LeftButton);
    dialog = page->findChildren<ui::UnitDialog*>(u"unitDialog"_s).last();
    CHECK(child<QLineEdit>(dialog, "unitNameEdit")->text() == u"Sở Tài chính"_s);
    child<QLineEdit>(dialog, "unitCodeEdit")->setText(u"SO-TC"_s);
    dialog->accept();
    CHECK(w.centreWorkspace()->centre().unit(u"SO-TC"_s).ok());
    CHECK(page->selectedUnitCode() == u"SO-TC"_s);

    // Searching by name in any case and form, or by code.
    auto* search = child<QLineEdit>(page, "unitsSearch");
    search->setText(u"tây mỗ"_s.normalized(QString::NormalizationForm_D));
    CHECK(unitNames(tree) == QStringList{u"Phường Tây Mỗ"_s});
    search->setText(u"so-tc"_s);
    CHECK(unitNames(tree) == QStringList{u"Sở Tài chính"_s});
    search->clear();
    CHECK(unitNames(tree).size() == 2);

    // Enrolling: refused when the fingerprint does not match the letter, then accepted.
    page->selectUnit(u"SO-TC"_s);
    ui::Dialogs::setNextFileName(pub);
    ui::Dialogs::setNextAnswer(false);
    QTest::mouseClick(child<QPushButton>(page, "enrolKeyButton"), Qt::LeftButton);
    CHECK(tree->topLevelItem(1)->text(3) == u"no key"_s);
    ui::Dialogs::setNextFileName(pub);
    ui::Dialogs::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(page, "enrolKeyButton"), Qt::LeftButton);
    CHECK(tree->topLevelItem(1)->text(3) == u"1 key(s) in force"_s);
    CHECK(tree->topLevelItem(1)->child(0)->text(0) == key.keyId());

    // A unit with a key is part of the record: it cannot be removed.
    page->selectUnit(u"SO-TC"_s);
    QTest::mouseClick(child<QPushButton>(page, "removeUnitButton"), Qt::LeftButton);
    CHECK(w.banner()->text().contains(u"cannot be removed"_s));
    CHECK(tree->topLevelItemCount() == 2);
    // One without data can, after a question.
    page->selectUnit(u"P-TAY-MO"_s);
    ui::Dialogs::setNextAnswer(false);
    QTest::mouseClick(child<QPushButton>(page, "removeUnitButton"), Qt::LeftButton);
    CHECK(tree->topLevelItemCount() == 2);
    ui::Dialogs::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(page, "removeUnitButton"), Qt::LeftButton);
    CHECK(unitNames(tree) == QStringList{u"Sở Tài chính"_s});

    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    ui::Dialogs::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(page, "revokeKeyButton"), Qt::LeftButton);
    CHECK(tree->topLevelItem(0)->text(3) == u"no key"_s);
    CHECK(tree->topLevelItem(0)->child(0)->text(3).startsWith(u"revoked"_s));

    // A list of units: all or nothing, the problems in the banner.
    const QString bad = dir.filePath(u"bad.csv"_s);
    test::writeFile(bad, "Tên đơn vị;Nhóm\nSở Tư pháp;so\nSở Y tế;tỉnh\n");
    ui::Dialogs::setNextFileName(bad);
    QTest::mouseClick(child<QPushButton>(page, "importUnitsButton"), Qt::LeftButton);
    CHECK(w.banner()->text().contains(u"Nothing was imported"_s));
    CHECK(w.banner()->text().contains(u"line 3: unknown group"_s));
    CHECK(tree->topLevelItemCount() == 1);
    const QString good = dir.filePath(u"good.csv"_s);
    test::writeFile(good, "STT;Tên đơn vị;Nhóm;Xếp hạng\n1;Sở Tư pháp;so;có\n2;Phường Đống Đa;xa;có\n");
    ui::Dialogs::setNextFileName(good);
    QTest::mouseClick(child<QPushButton>(page, "importUnitsButton"), Qt::LeftButton);
    CHECK(unitNames(tree) == QStringList{u"Sở Tài chính"_s, u"Sở Tư pháp"_s, u"Phường Đống Đa"_s});

    w.findChild<QTabWidget*>(u"centreTabs"_s)->setCurrentWidget(page);
    screenshot(&w, u"centre-units-en-1366"_s);
    // The inbox lists the units.
    CHECK(w.inboxPage()->findChild<QTreeWidget*>(u"inboxTree"_s)->topLevelItemCount() == 3);
}
