#include "core/criteria/CriteriaCatalog.h"
#include "core/unit/UnitAssessment.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <signal.h>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;

namespace {

int killRounds()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("PARINDEX_KILL_ROUNDS", &ok);
    return ok && n > 0 ? n : 200;
}

struct Observed
{
    QHash<QString, QString> lastAck; // code → encoded input
    QString lastTryCode;
    QString lastTryInput;
    bool lastTryAcked = true;
    int acks = 0;
};

Observed parse(const QByteArray& output)
{
    Observed o;
    for (const QByteArray& raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const QStringList parts = line.split(u' ');
        if (parts.size() < 2)
            continue;
        const QString input = parts.size() > 2 ? parts.at(2) : QString();
        if (parts.first() == u"try"_s) {
            o.lastTryCode = parts.at(1);
            o.lastTryInput = input;
            o.lastTryAcked = false;
        } else if (parts.first() == u"ack"_s) {
            o.lastAck.insert(parts.at(1), input);
            o.lastTryAcked = true;
            ++o.acks;
        }
    }
    return o;
}

} // namespace

TEST_CASE("Killed at random moments, the file stays sound and keeps every acknowledged edit", "[storage][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"U.parindex"_s);
    {
        auto created = UnitAssessment::create(path, {u"SO-TC"_s, u"Sở Tài chính"_s, UnitGroup::So}, 2025,
                                              CriteriaCatalog::shippedFor(2025, UnitGroup::So));
        REQUIRE(created.ok());
    }
    QRandomGenerator rng(4242);
    const int rounds = killRounds();
    int totalAcks = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(PARINDEX_CRASH_WRITER),
                     {path, QString::number(round + 1), dir.filePath(u"scratch.bin"_s)});
        REQUIRE(writer.waitForStarted());
        REQUIRE(writer.waitForReadyRead(10000)); // "ready": the file is open
        QThread::msleep(1 + rng.bounded(40));
        ::kill(pid_t(writer.processId()), SIGKILL);
        REQUIRE(writer.waitForFinished(10000));
        const Observed seen = parse(writer.readAllStandardOutput());
        INFO("round " << round << ", stderr: " << writer.readAllStandardError().toStdString());
        totalAcks += seen.acks;

        const QString connection = u"crash-check"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(u"PRAGMA integrity_check"_s));
            REQUIRE(q.next());
            CHECK(q.value(0).toString() == u"ok"_s);
            REQUIRE(q.exec(u"PRAGMA foreign_key_check"_s));
            CHECK_FALSE(q.next());
            // Every acknowledged edit is there (or the one edit tried after it, if it committed
            // before the kill stopped its acknowledgement).
            REQUIRE(q.exec(u"SELECT item_code, input FROM item_inputs"_s));
            QHash<QString, QString> stored;
            while (q.next())
                stored.insert(q.value(0).toString(), q.value(1).toString());
            for (auto it = seen.lastAck.begin(); it != seen.lastAck.end(); ++it) {
                const QString now = stored.value(it.key());
                const bool laterTry = !seen.lastTryAcked && seen.lastTryCode == it.key() && now == seen.lastTryInput;
                INFO("item " << it.key().toStdString() << ": acknowledged " << it.value().toStdString() << ", stored "
                             << now.toStdString());
                CHECK((now == it.value() || laterTry));
            }
            // No row points at a missing evidence file.
            REQUIRE(q.exec(u"SELECT sha256 FROM evidence"_s));
            while (q.next())
                CHECK(QFile::exists(dir.filePath(u"U.evidence/"_s + q.value(0).toString())));
        }
        QSqlDatabase::removeDatabase(connection);
    }
    CHECK(totalAcks > rounds); // the writer really got work done between kills
}
