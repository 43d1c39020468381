#include "core/criteria/CriteriaCatalog.h"
#include "core/unit/UnitAssessment.h"
#include "support/GuiSupport.h"
#include "support/Locks.h"
#include "ui/MainWindow.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBanner.h"
#include "ui/unit/AssessmentPage.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;

TEST_CASE("A file dialog over the data file's folder leaves the SQLite locks of the process in place", "[gui][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"U.parindex"_s);
    auto unit = UnitAssessment::create(path, {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So}, 2025,
                                       CriteriaCatalog::shippedFor(2025, UnitGroup::So));
    REQUIRE(unit.ok());
    REQUIRE(unit.value()->setInput(u"1.1.1"_s, ItemInput::ofOption(0)).ok());
    const qint64 pid = QCoreApplication::applicationPid();
    // An open WAL database: SQLite keeps a read lock in its shared memory file while connected.
    const QStringList before = test::locksHeld(pid, path + u"-shm"_s);
    INFO("locks before: " << before.join(u", "_s).toStdString());
    REQUIRE_FALSE(before.isEmpty());

    // The dialog as the application shows it, listing the folder with the data file, its -wal
    // and -shm, with every column and icon asked for as a view would.
    std::unique_ptr<QFileDialog> dialog(ui::Dialogs::createFileDialog(nullptr, u"Open"_s, dir.path(), QString()));
    auto* model = dialog->findChild<QFileSystemModel*>();
    REQUIRE(model);
    QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
    dialog->show();
    REQUIRE((loaded.count() > 0 || loaded.wait(10000)));
    const QModelIndex root = model->index(dir.path());
    REQUIRE(model->rowCount(root) >= 3);
    for (int r = 0; r < model->rowCount(root); ++r) {
        for (int c = 0; c < model->columnCount(root); ++c) {
            model->data(model->index(r, c, root), Qt::DisplayRole);
            model->data(model->index(r, c, root), Qt::DecorationRole);
        }
    }
    QTest::qWait(500); // the model gathers file information on a thread of its own
    dialog->close();
    dialog.reset();

    CHECK(test::locksHeld(pid, path + u"-shm"_s) == before);
    // The file still works, and what was written is there.
    REQUIRE(unit.value()->setInput(u"1.1.2"_s, ItemInput::ofOption(0)).ok());
    CHECK(unit.value()->stored(u"1.1.1"_s).input == ItemInput::ofOption(0));
}

TEST_CASE("A file open in another program is offered as a read-only copy, which changes nothing", "[gui][safety][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"U.parindex"_s);
    REQUIRE(UnitAssessment::create(path, {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So}, 2025,
                                   CriteriaCatalog::shippedFor(2025, UnitGroup::So))
                .ok());
    // Another program edits the file all along.
    QProcess writer;
    writer.start(QStringLiteral(PARINDEX_CRASH_WRITER), {path, u"3"_s, dir.filePath(u"scratch.pdf"_s)});
    REQUIRE(writer.waitForStarted());
    REQUIRE(writer.waitForReadyRead(20000));
    REQUIRE(writer.readLine().startsWith("ready"));

    ui::MainWindow w;
    w.resize(1366, 768);
    w.show();
    // Declined: nothing opens.
    ui::Dialogs::setNextAnswer(false);
    CHECK_FALSE(w.openFile(path));
    CHECK(w.assessmentPage() == nullptr);

    ui::Dialogs::setNextAnswer(true);
    REQUIRE(w.openFile(path));
    ui::AssessmentPage* page = w.assessmentPage();
    REQUIRE(page);
    CHECK(w.windowTitle().contains(u"read-only copy"_s));
    UnitAssessment& copy = page->assessment();
    CHECK(copy.isLocked());
    CHECK(copy.setInput(u"1.1.1"_s, ItemInput::ofOption(1)).error().contains(u"read-only copy"_s));
    CHECK_FALSE(w.findChild<QAction*>(u"actionExportPackage"_s)->isEnabled());
    CHECK_FALSE(w.findChild<QAction*>(u"actionCreateKey"_s)->isEnabled());
    CHECK(w.findChild<QAction*>(u"actionExportReport"_s)->isEnabled());
    test::screenshot(&w, u"read-only-copy"_s);

    // The other program went on saving all the while.
    writer.readAll();
    REQUIRE(writer.waitForReadyRead(20000));
    QTest::qWait(200);
    CHECK(writer.readAll().contains("ack"));
    CHECK(writer.state() == QProcess::Running);
    writer.kill();
    writer.waitForFinished(10000);
}
