#include "core/files/Backups.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace parindex {

namespace {
const QString kFolderSuffix = QStringLiteral(".backups");
const QString kExtension = QStringLiteral(".parindex");

QString baseName(const QString& dataFile)
{
    return QFileInfo(dataFile).completeBaseName();
}
} // namespace

QString Backups::folderFor(const QString& dataFile)
{
    const QFileInfo fi(dataFile);
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + kFolderSuffix;
}

bool Backups::isBackup(const QString& path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).fileName().endsWith(kFolderSuffix);
}

QString Backups::originalOf(const QString& backup)
{
    if (!isBackup(backup))
        return {};
    const QFileInfo folder(QFileInfo(backup).absolutePath());
    const QString base = folder.fileName().chopped(kFolderSuffix.size());
    return folder.absolutePath() + QLatin1Char('/') + base + kExtension;
}

QString Backups::dailyPath(const QString& dataFile, QDate date)
{
    return folderFor(dataFile) + QLatin1Char('/') + baseName(dataFile) + QLatin1Char('-') + date.toString(Qt::ISODate) +
           kExtension;
}

QString Backups::beforeUpgradePath(const QString& dataFile, QDate date, int fromFormat)
{
    return folderFor(dataFile) + QLatin1Char('/') + baseName(dataFile) + QLatin1Char('-') + date.toString(Qt::ISODate) +
           QStringLiteral("-before-upgrade-from-format-%1").arg(fromFormat) + kExtension;
}

QList<Backups::Entry> Backups::list(const QString& dataFile)
{
    const QRegularExpression name(
        QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2})(?:-before-upgrade-from-format-(\\d+))?%2$")
            .arg(QRegularExpression::escape(baseName(dataFile)), QRegularExpression::escape(kExtension)));
    QList<Entry> out;
    const QDir folder(folderFor(dataFile));
    for (const QFileInfo& fi : folder.entryInfoList(QDir::Files, QDir::Name)) {
        const auto m = name.match(fi.fileName());
        if (!m.hasMatch())
            continue;
        const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
        if (!date.isValid())
            continue;
        out.append({fi.absoluteFilePath(), date, m.captured(2).toInt()});
    }
    std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
        return a.date != b.date ? a.date > b.date : a.beforeFormat < b.beforeFormat;
    });
    return out;
}

std::optional<Backups::Entry> Backups::latest(const QString& dataFile)
{
    const QList<Entry> all = list(dataFile);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

bool Backups::dailyDue(const QString& dataFile, QDate today)
{
    return !isBackup(dataFile) && !QFileInfo::exists(dailyPath(dataFile, today));
}

QStringList Backups::toRemove(const QList<Entry>& all)
{
    QList<Entry> daily;
    QList<Entry> upgrades;
    for (const Entry& e : all)
        (e.beforeFormat > 0 ? upgrades : daily).append(e);
    auto newestFirst = [](const Entry& a, const Entry& b) { return a.date > b.date; };
    std::stable_sort(daily.begin(), daily.end(), newestFirst);
    std::stable_sort(upgrades.begin(), upgrades.end(), newestFirst);

    auto weekOf = [](QDate d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return year * 100 + week;
    };
    QStringList remove;
    QSet<int> covered; // weeks that already have a copy kept
    int weeksKept = 0;
    for (int i = 0; i < daily.size(); ++i) {
        const int week = weekOf(daily[i].date);
        if (i < KeepDays) {
            covered.insert(week);
        } else if (!covered.contains(week) && weeksKept < KeepWeeks) {
            covered.insert(week); // the newest copy of an earlier week stands for that week
            ++weeksKept;
        } else {
            remove.append(daily[i].path);
        }
    }
    for (int i = KeepBeforeUpgrade; i < upgrades.size(); ++i)
        remove.append(upgrades[i].path);
    return remove;
}

void Backups::rotate(const QString& dataFile)
{
    for (const QString& path : toRemove(list(dataFile)))
        QFile::remove(path);
}

QString Backups::restoreAdvice(const QString& dataFile)
{
    const auto newest = latest(dataFile);
    if (!newest)
        return tr("No backup of it was found in %1.").arg(QDir::toNativeSeparators(folderFor(dataFile)));
    return tr("The latest backup is %1, taken on %2: with ParIndex closed, keep the damaged file aside and copy the "
              "backup in its place (README, \"Restoring a backup\").")
        .arg(QDir::toNativeSeparators(newest->path), QLocale().toString(newest->date, QLocale::ShortFormat));
}

} // namespace parindex
