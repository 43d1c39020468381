#include "support/TestSupport.h"

#include "MainWindow.h"
#include "centre/InboxPage.h"
#include "common/Dialogs.h"
#include "criteria/CriteriaCatalog.h"
#include "package/SubmissionWriter.h"
#include "store/Keys.h"
#include "store/Units.h"
#include "unit/UnitAssessment.h"

#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
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
