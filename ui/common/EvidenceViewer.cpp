#include "ui/common/EvidenceViewer.h"

#include "core/evidence/EvidenceStore.h"
#include "ui/common/InputText.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QUrl>

namespace parindex::ui {

QString openEvidenceReadOnly(const QString& evidenceFolder, const QString& sha256, const QString& displayName)
{
    const QString name = InputText::safeFileName(displayName);
    if (!EvidenceStore::isValidName(sha256))
        return QCoreApplication::translate("EvidenceViewer", "%1 has no stored file.").arg(name);
    const QString source = EvidenceStore(evidenceFolder).pathFor(sha256);
    if (!QFile::exists(source))
        return QCoreApplication::translate("EvidenceViewer", "The file of %1 is not in the evidence folder.").arg(name);
    const QString folder = QDir::tempPath() + QStringLiteral("/parindex-open/") + sha256.left(16);
    QDir().mkpath(folder);
    const QString copy = folder + QLatin1Char('/') + name;
    if (QFile::exists(copy)) {
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::remove(copy);
    }
    if (!QFile::copy(source, copy))
        return QCoreApplication::translate("EvidenceViewer", "Cannot open %1 with the system viewer.").arg(name);
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(copy)))
        return QCoreApplication::translate("EvidenceViewer", "Cannot open %1 with the system viewer.").arg(name);
    return QString();
}

} // namespace parindex::ui
