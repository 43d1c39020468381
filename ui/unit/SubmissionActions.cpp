#include "SubmissionActions.h"

#include "AssessmentPage.h"
#include "common/Dialogs.h"
#include "common/MessageBanner.h"
#include "common/PassphraseDialog.h"
#include "package/SubmissionWriter.h"
#include "store/Keys.h"
#include "unit/SubmissionCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QSaveFile>
#include <QtConcurrent>

namespace parindex::ui {

SubmissionActions::SubmissionActions(AssessmentPage& page, MessageBanner* banner, QWidget* parent)
    : QObject(parent), m_page(page), m_banner(banner), m_parent(parent)
{
}

void SubmissionActions::createKey()
{
    UnitAssessment& unit = m_page.assessment();
    auto* dialog = new PassphraseDialog(tr("Create the unit's signing key"),
                                        tr("The key signs the packages you send to Sở Nội vụ. It is kept in this file, "
                                           "encrypted with the passphrase: keep the passphrase safe, it cannot be recovered."),
                                        true, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, &unit] {
        auto key = SigningKey::generate();
        if (!key) {
            m_banner->showMessage(key.error(), MessageBanner::Kind::Error);
            return;
        }
        if (Status s = Keys(unit.file()).storeOwn(key.value(), dialog->passphrase()); !s) {
            m_banner->showMessage(s.error(), MessageBanner::Kind::Error);
            return;
        }
        const QString suggested = QFileInfo(unit.file().path()).absoluteDir().filePath(unit.unit().code + QStringLiteral(".pub"));
        const QString path = Dialogs::saveFileName(m_parent, tr("Save the public key for Sở Nội vụ"), suggested,
                                                   tr("Public keys (*.pub)"));
        QSaveFile out(path);
        const bool saved = !path.isEmpty() && out.open(QIODevice::WriteOnly) && out.write(key->publicPem()) > 0 && out.commit();
        m_banner->showMessage(tr("Signing key created. Its fingerprint, to quote in the letter to Sở Nội vụ: %1%2")
                                  .arg(key->keyId(), saved ? tr(" — public key saved to %1").arg(QDir::toNativeSeparators(path))
                                                           : QString()),
                              MessageBanner::Kind::Information);
    });
    dialog->open();
}

void SubmissionActions::exportPackage()
{
    if (m_running)
        return;
    UnitAssessment& unit = m_page.assessment();
    if (!Keys(unit.file()).ownPublicKey()) {
        m_banner->showMessage(tr("Create the unit's signing key first (Submission → Create signing key)."),
                              MessageBanner::Kind::Warning);
        return;
    }
    const int problems = int(SubmissionCheck::run(unit).size());
    const QString suggested = QFileInfo(unit.file().path()).absoluteDir().filePath(
        QStringLiteral("%1-%2.zip").arg(unit.unit().code).arg(unit.year()));
    const QString target = Dialogs::saveFileName(m_parent, tr("Export the submission package"), suggested, tr("Packages (*.zip)"));
    if (target.isEmpty())
        return;
    auto* dialog = new PassphraseDialog(tr("Sign the package"),
                                        problems ? tr("The pre-submission check still lists %n problem(s); the package can be "
                                                      "sent anyway and corrected later by a resubmission.",
                                                      nullptr, problems)
                                                 : tr("Enter the passphrase of the unit's signing key."),
                                        false, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, target, &unit] {
        auto key = Keys(unit.file()).ownKey(dialog->passphrase());
        if (!key) {
            m_banner->showMessage(key.error(), MessageBanner::Kind::Error);
            return;
        }
        m_running = true;
        auto* progress = new QProgressDialog(tr("Writing the signed package…"), tr("Cancel"), 0, 1000, m_parent);
        progress->setObjectName(QStringLiteral("exportProgress"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(400);
        auto cancel = std::make_shared<std::atomic_bool>(false);
        connect(progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
        QPointer<QProgressDialog> guard(progress);
        auto shared = std::make_shared<SigningKey>(std::move(key.value()));
        auto* watcher = new QFutureWatcher<Result<ExportSummary>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, target] {
            const Result<ExportSummary> r = watcher->result();
            watcher->deleteLater();
            progress->deleteLater();
            m_running = false;
            if (r)
                m_banner->showMessage(tr("Package %1 written (version %2). Send it to Sở Nội vụ.")
                                          .arg(QDir::toNativeSeparators(target))
                                          .arg(r->sequence),
                                      MessageBanner::Kind::Information);
            else
                m_banner->showMessage(tr("The package was not written: %1").arg(r.error()), MessageBanner::Kind::Error);
        });
        const QString path = unit.file().path();
        watcher->setFuture(QtConcurrent::run([path, target, shared, cancel, guard]() -> Result<ExportSummary> {
            // Qt SQL connections belong to one thread: the worker opens the file for itself.
            auto opened = UnitAssessment::open(path);
            if (!opened)
                return Result<ExportSummary>::failure(opened.error());
            return SubmissionWriter::write(*opened.value(), *shared, target, [guard](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(guard, [guard, done, total] {
                    if (guard && total > 0)
                        guard->setValue(int(done * 1000 / total));
                });
            }, cancel.get());
        }));
    });
    dialog->open();
}

} // namespace parindex::ui
