#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace parindex {

// The backups of a data file: consistent copies in a folder beside it, named after it
// ("U.parindex" keeps "U.backups/U-2026-11-23.parindex"). A copy is taken on the first opening
// of each day and before every upgrade of the data format; the 7 newest daily copies and one
// for each of the 4 weeks before them are kept, and the 3 newest copies taken before an
// upgrade. Evidence is not copied: it is stored by content and never rewritten, and a backup
// opened in place reads the evidence folder of its original. Restoring is opening a copy, or
// copying it over the damaged file while ParIndex is closed.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    struct Entry
    {
        QString path;
        QDate date;
        int beforeFormat = 0; // set for a copy taken before an upgrade: the format it was in
    };

    static QString folderFor(const QString& dataFile);
    // Whether `path` lies in a backups folder (a backup opened in place makes no backups itself).
    static bool isBackup(const QString& path);
    // For a backup opened in place, the data file it was taken of; empty otherwise.
    static QString originalOf(const QString& backup);

    static QString dailyPath(const QString& dataFile, QDate date);
    static QString beforeUpgradePath(const QString& dataFile, QDate date, int fromFormat);

    // The backups of `dataFile`, newest first.
    static QList<Entry> list(const QString& dataFile);
    static std::optional<Entry> latest(const QString& dataFile);
    // Whether today's daily copy is still to be taken.
    static bool dailyDue(const QString& dataFile, QDate today);
    // Which backups the rotation removes: all but the 7 newest daily copies, the newest copy of
    // each of the 4 weeks before them (weeks that hold none of the 7), and the 3 newest copies
    // taken before an upgrade.
    static QStringList toRemove(const QList<Entry>& all);
    static void rotate(const QString& dataFile);

    // A sentence that tells where the latest backup is and how to restore it, for messages about
    // a damaged file.
    static QString restoreAdvice(const QString& dataFile);

    static constexpr int KeepDays = 7;
    static constexpr int KeepWeeks = 4;
    static constexpr int KeepBeforeUpgrade = 3;
};

} // namespace parindex
