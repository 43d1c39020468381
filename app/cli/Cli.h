#pragma once

#include <QStringList>

class QTextStream;

namespace parindex::cli {

// Runs one parindex-cli command line (arguments without the program name). Output goes to
// `out`, one-line reasons for failure to `err`. Returns the process exit code.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace parindex::cli
