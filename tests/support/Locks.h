#pragma once

#include <QString>
#include <QStringList>

namespace test {

// The POSIX, OFD and flock locks that process `pid` holds on `path`, as /proc/locks lists
// them ("POSIX READ 128-128", …): the kernel's view, not the program's.
QStringList locksHeld(qint64 pid, const QString& path);

} // namespace test
