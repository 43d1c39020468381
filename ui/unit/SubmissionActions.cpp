#include "ui/unit/SubmissionActions.h"

#include "core/files/SafeFile.h"
#include "core/unit/SubmissionCheck.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PassphraseDialog.h"

#include <QDir>
#include <QFileInfo>

namespace parindex::ui {

SubmissionActions::SubmissionActions(UnitAssessment& unit, MessageBanner* banner, QWidget* parent)
    : QObject(parent), m_unit(unit), m_banner(banner), m_parent(parent)
{}

bool SubmissionActions::running() const
{
    return m_task && m_task->running();
}

void SubmissionActions::cancel()
{
    if (m_task)
        m_task->cancel();
}

void SubmissionActions::createKey()
{
    const auto current = m_unit.signingKey();
    if (!current) {
        m_banner->showMessage(current.error(), MessageBanner::Kind::Error);
        return;
    }
    if (current.value() &&
        !Dialogs::confirm(
            m_parent, tr("Replace the signing key?"),
            tr("This file already has a signing key:\n\n%1\n\nSở Nội vụ accepts packages signed with a new "
               "key only after it has enrolled that key from a new official letter. Until then, packages "
               "you send are refused. The current key is kept in the file's history.\n\nCreate a new key "
               "anyway?")
                .arg(SigningKey::groupedFingerprint(current.value()->keyId, 8))))
        return;
    auto* dialog =
        new PassphraseDialog(tr("Create the unit's signing key"),
                             tr("The key signs the packages you send to Sở Nội vụ. It is kept in this file, "
                                "encrypted with the passphrase: keep the passphrase safe, it cannot be recovered."),
                             true, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto key = m_unit.createSigningKey(dialog->passphrase());
        if (!key) {
            m_banner->showMessage(key.error(), MessageBanner::Kind::Error);
            return;
        }
        m_banner->showMessage(
            tr("Signing key created. Its fingerprint, to quote in the letter to Sở Nội vụ: %1").arg(key->keyId),
            MessageBanner::Kind::Information);
        savePublicKey();
    });
    dialog->open();
}

std::optional<OwnKeyInfo> SubmissionActions::keyInUse() const
{
    const auto key = m_unit.signingKey();
    if (!key || !key.value()) {
        m_banner->showMessage(key ? tr("Create the unit's signing key first (Submission → Create signing key).")
                                  : key.error(),
                              MessageBanner::Kind::Warning);
        return std::nullopt;
    }
    return key.value();
}

void SubmissionActions::savePublicKey()
{
    const auto key = keyInUse();
    if (!key)
        return;
    const QString suggested =
        QFileInfo(m_unit.path()).absoluteDir().filePath(m_unit.unit().code + QStringLiteral(".pub"));
    const QString path =
        Dialogs::saveFileName(m_parent, tr("Save the public key for Sở Nội vụ"), suggested, tr("Public keys (*.pub)"));
    if (path.isEmpty())
        return;
    if (Status s = writeWholeFile(path, key->publicPem); !s) {
        m_banner->showMessage(tr("The public key was not saved: %1").arg(s.error()), MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(tr("Public key saved to %1. Its fingerprint, to quote in the letter to Sở Nội vụ: %2")
                              .arg(QDir::toNativeSeparators(path), key->keyId),
                          MessageBanner::Kind::Information);
}

void SubmissionActions::exportPackage()
{
    if (running())
        return;
    const auto key = keyInUse();
    if (!key)
        return;
    const int problems = int(SubmissionCheck::run(m_unit).size());
    const QString suggested = QFileInfo(m_unit.path())
                                  .absoluteDir()
                                  .filePath(QStringLiteral("%1-%2.zip").arg(m_unit.unit().code).arg(m_unit.year()));
    const QString target =
        Dialogs::saveFileName(m_parent, tr("Export the submission package"), suggested, tr("Packages (*.zip)"));
    if (target.isEmpty())
        return;
    auto* dialog =
        new PassphraseDialog(tr("Sign the package"),
                             problems ? tr("The pre-submission check still lists %n problem(s); the package can be "
                                           "sent anyway and corrected later by a resubmission.",
                                           nullptr, problems)
                                      : tr("Enter the passphrase of the unit's signing key."),
                             false, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto unlocked = std::make_shared<std::optional<SigningKey>>();
    dialog->setCheck([this, unlocked](const QString& passphrase) {
        auto opened = m_unit.unlockSigningKey(passphrase);
        if (!opened)
            return opened.error();
        *unlocked = std::move(opened.value());
        return QString();
    });
    connect(dialog, &QDialog::accepted, this, [this, target, unlocked] {
        // Everything the package holds is gathered here, and its version number taken; the worker
        // only reads files and writes the zip.
        auto begun = m_unit.beginExport(target);
        if (!begun) {
            m_banner->showMessage(tr("The package was not written: %1").arg(begun.error()), MessageBanner::Kind::Error);
            return;
        }
        auto pending = std::make_shared<UnitAssessment::PendingExport>(std::move(begun.value()));
        auto signer = std::make_shared<SigningKey>(std::move(**unlocked));
        auto result = std::make_shared<Result<ExportSummary>>(Result<ExportSummary>::failure(tr("cancelled")));
        delete m_task;
        m_task = new BackgroundTask(m_parent, tr("Writing the signed package…"), QStringLiteral("exportProgress"));
        m_task->setParent(this);
        m_task->start(
            [pending, signer, result](const TaskControl& control) {
                *result = SubmissionWriter::write(
                    pending->job, *signer, *pending->file,
                    [&](qint64 done, qint64 total) { control.progress(done, total); }, control.cancelFlag());
            },
            [this, result, target, pending](bool) {
                if (!*result) {
                    m_banner->showMessage(tr("The package was not written: %1").arg(result->error()),
                                          MessageBanner::Kind::Error);
                    return;
                }
                if (Status s = m_unit.finishExport(*pending, result->value()); !s) {
                    m_banner->showMessage(tr("The package was not written: %1").arg(s.error()),
                                          MessageBanner::Kind::Error);
                    return;
                }
                m_banner->showMessage(tr("Package %1 written (version %2). Send it to Sở Nội vụ.")
                                          .arg(QDir::toNativeSeparators(target))
                                          .arg(result->value().sequence),
                                      MessageBanner::Kind::Information);
            });
    });
    dialog->open();
}

} // namespace parindex::ui
