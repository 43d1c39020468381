#include "support/TestSupport.h"

#include "MainWindow.h"
#include "centre/InboxPage.h"
#include "centre/UnitsPage.h"
#include "common/Dialogs.h"
#include "common/MessageBanner.h"
#include "criteria/CriteriaCatalog.h"
#include "package/SubmissionWriter.h"
#include "store/Keys.h"
#include "store/Units.h"
#include "unit/UnitAssessment.h"

#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;

TEST_CASE("The centre imports packages from its inbox and sees each unit's versions", "[gui][package]")
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"unit"_s));
    const QString centrePath = dir.filePath(u"C.parindex"_s);
    QString good;
    QString tampered;
    {
        auto centre = DataFile::create(centrePath, Role::Centre);
        REQUIRE(centre.ok());
        const auto tc = Units(*centre.value()).add(u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So);
        REQUIRE(Units(*centre.value()).add(u"SO-TP"_s, u"Sở Tư pháp"_s, UnitGroup::So).ok());
        auto unit = UnitAssessment::create(dir.filePath(u"unit/U.parindex"_s), {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So}, 2025,
                                           CriteriaCatalog::shippedFor(2025, UnitGroup::So));
        REQUIRE(unit.ok());
        REQUIRE(unit.value()->setInput(u"1.1.1"_s, ItemInput::ofOption(0)).ok());
        REQUIRE(unit.value()->setExplanation(u"1.1.1"_s, u"Kế hoạch số 15/KH-STC"_s).ok());
        const SigningKey key = SigningKey::generate().value();
        REQUIRE(Keys(*centre.value()).enrol(tc->id, SigningKey::fromPublicPem(key.publicPem()).value()).ok());
        good = dir.filePath(u"good.zip"_s);
        REQUIRE(SubmissionWriter::write(*unit.value(), key, good).ok());
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
    CHECK(scores->item(0, 3)->text() == u"Kế hoạch số 15/KH-STC"_s);
    CHECK(scores->editTriggers() == QAbstractItemView::NoEditTriggers);
}

TEST_CASE("The centre registers units, enrols a key after comparing fingerprints, revokes it", "[gui][package]")
{
    QTemporaryDir dir;
    const QString centrePath = dir.filePath(u"C.parindex"_s);
    REQUIRE(DataFile::create(centrePath, Role::Centre).ok());
    const QString pub = dir.filePath(u"SO-TC.pub"_s);
    const SigningKey key = SigningKey::generate().value();
    test::writeFile(pub, key.publicPem());

    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(centrePath));
    ui::UnitsPage* page = w.unitsPage();
    REQUIRE(page);
    auto* name = page->findChild<QLineEdit*>(u"newUnitName"_s);
    name->setText(u"Sở Tài chính"_s);
    emit name->textEdited(name->text());
    CHECK(page->findChild<QLineEdit*>(u"newUnitCode"_s)->text() == u"SO-TAI-CHINH"_s);
    QTest::mouseClick(page->findChild<QPushButton*>(u"registerUnitButton"_s), Qt::LeftButton);
    auto* tree = page->findChild<QTreeWidget*>(u"unitsTree"_s);
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->text(3) == u"no key"_s);
    // The same code again is refused with the reason.
    name->setText(u"Sở Tài chính"_s);
    page->findChild<QLineEdit*>(u"newUnitCode"_s)->setText(u"SO-TAI-CHINH"_s);
    QTest::mouseClick(page->findChild<QPushButton*>(u"registerUnitButton"_s), Qt::LeftButton);
    CHECK(w.banner()->text().contains(u"already exists"_s));
    CHECK(tree->topLevelItemCount() == 1);

    tree->setCurrentItem(tree->topLevelItem(0));
    ui::Dialogs::setNextFileName(pub);
    ui::Dialogs::setNextAnswer(false); // the fingerprint does not match the letter
    QTest::mouseClick(page->findChild<QPushButton*>(u"enrolKeyButton"_s), Qt::LeftButton);
    CHECK(tree->topLevelItem(0)->text(3) == u"no key"_s);
    ui::Dialogs::setNextFileName(pub);
    ui::Dialogs::setNextAnswer(true);
    QTest::mouseClick(page->findChild<QPushButton*>(u"enrolKeyButton"_s), Qt::LeftButton);
    CHECK(tree->topLevelItem(0)->text(3) == u"1 key(s) in force"_s);
    CHECK(tree->topLevelItem(0)->child(0)->text(0) == key.keyId());

    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    ui::Dialogs::setNextAnswer(true);
    QTest::mouseClick(page->findChild<QPushButton*>(u"revokeKeyButton"_s), Qt::LeftButton);
    CHECK(tree->topLevelItem(0)->text(3) == u"no key"_s);
    CHECK(tree->topLevelItem(0)->child(0)->text(3).startsWith(u"revoked"_s));
    const QString shots = QDir::current().absoluteFilePath(u"screenshots"_s);
    QDir().mkpath(shots);
    w.resize(1366, 768);
    w.findChild<QTabWidget*>(u"centreTabs"_s)->setCurrentWidget(page);
    QTest::qWait(50);
    CHECK(w.grab().save(shots + u"/centre-units-en-1366.png"_s));
    // The inbox lists the new unit.
    CHECK(w.inboxPage()->findChild<QTreeWidget*>(u"inboxTree"_s)->topLevelItemCount() == 1);
}
