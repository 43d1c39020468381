#include "support/Locks.h"

#include <QFile>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace test {

QStringList locksHeld(qint64 pid, const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    const QString device = QStringLiteral("%1:%2:%3")
                               .arg(major(st.st_dev), 2, 16, QLatin1Char('0'))
                               .arg(minor(st.st_dev), 2, 16, QLatin1Char('0'))
                               .arg(quint64(st.st_ino));
    QFile proc(QStringLiteral("/proc/locks"));
    if (!proc.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    // "1: POSIX  ADVISORY  READ 12345 fd:01:1234 128 128"
    for (const QByteArray& line : proc.readAll().split('\n')) {
        const QStringList f = QString::fromLatin1(line).simplified().split(QLatin1Char(' '));
        if (f.size() < 8 || f.at(1) == QLatin1String("->"))
            continue;
        if (f.at(4).toLongLong() != pid || f.at(5) != device)
            continue;
        out.append(QStringLiteral("%1 %2 %3-%4").arg(f.at(1), f.at(3), f.at(6), f.at(7)));
    }
    out.sort();
    return out;
}

} // namespace test
