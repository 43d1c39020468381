#include "Commands.h"

#include <QFile>
#include <QSaveFile>

namespace parindex::cli {

// The passphrase is the file's first line (a trailing newline is not part of it).
std::optional<QByteArray> readPassphrase(const QString& path, Context& ctx)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(ctx, QCoreApplication::translate("Cli", "cannot open %1: %2").arg(path, f.errorString()));
        return std::nullopt;
    }
    QByteArray line = f.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        fail(ctx, QCoreApplication::translate("Cli", "the passphrase file %1 is empty").arg(path));
        return std::nullopt;
    }
    return line;
}

Status writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Status::failure(QCoreApplication::translate("Cli", "cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

std::shared_ptr<DataFile> openCentre(const QCommandLineParser& parser, Context& ctx)
{
    if (!parser.isSet(QStringLiteral("file"))) {
        fail(ctx, QCoreApplication::translate("Cli", "--file is required"), Usage);
        return nullptr;
    }
    auto opened = DataFile::open(parser.value(QStringLiteral("file")));
    if (!opened) {
        fail(ctx, opened.error());
        return nullptr;
    }
    if (opened.value()->role() != Role::Centre) {
        fail(ctx, QCoreApplication::translate("Cli", "%1 is a unit's data file; units are registered in the centre's file")
                      .arg(parser.value(QStringLiteral("file"))));
        return nullptr;
    }
    return opened.value();
}


int requireOptions(const QCommandLineParser& parser, Context& ctx, std::initializer_list<const char*> names)
{
    for (const char* o : names) {
        if (!parser.isSet(QLatin1String(o)))
            return fail(ctx, QCoreApplication::translate("Cli", "--%1 is required").arg(QLatin1String(o)), Usage);
    }
    return -1;
}

} // namespace parindex::cli
