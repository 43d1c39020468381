#include "core/criteria/CriteriaCatalog.h"
#include "core/unit/UnitAssessment.h"
#include "support/GuiSupport.h"
#include "support/Locks.h"
#include "ui/common/Dialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileSystemModel>
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
