#include "ui/centre/CentreKeyPage.h"

#include "core/files/SafeFile.h"
#include "ui/common/Dialogs.h"
#include "ui/common/KeyPanel.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PassphraseDialog.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QVBoxLayout>

namespace parindex::ui {

CentreKeyPage::CentreKeyPage(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent)
    : QWidget(parent), m_centre(std::move(centre)), m_banner(banner), m_panel(new KeyPanel(this))
{
    setObjectName(QStringLiteral("centreKeyPage"));
    connect(m_panel, &KeyPanel::createRequested, this, &CentreKeyPage::createKey);
    connect(m_panel, &KeyPanel::copyRequested, this, &CentreKeyPage::copyFingerprint);
    connect(m_panel, &KeyPanel::savePublicRequested, this, &CentreKeyPage::savePublicKey);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    retranslate();
}

void CentreKeyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CentreKeyPage::retranslate()
{
    m_panel->setHeading(tr("The centre's signing key"));
    m_panel->setAdvice(tr("The key signs the feedback sent to the units. Print this fingerprint in the year's "
                          "guidance document and give the units the public key file: each unit enrols it once "
                          "(Submission → Enrol Sở Nội vụ's key), after comparing the fingerprint group by group."),
                       tr("Create the centre's key before sending feedback to the units. It is kept in this file, "
                          "encrypted with a passphrase; the units enrol its public key once."));
    refresh();
}

void CentreKeyPage::refresh()
{
    const auto history = m_centre->keyHistory();
    if (!history) {
        m_banner->showMessage(history.error(), MessageBanner::Kind::Error);
        return;
    }
    m_panel->setKeys(history.value());
}

void CentreKeyPage::createKey()
{
    const auto current = m_centre->signingKey();
    if (!current) {
        m_banner->showMessage(current.error(), MessageBanner::Kind::Error);
        return;
    }
    if (current.value() &&
        !Dialogs::confirm(this, tr("Replace the centre's key?"),
                          tr("The centre already has a signing key:\n\n%1\n\nThe units accept feedback signed with a "
                             "new key only after they have enrolled it: every unit must receive the new public key "
                             "and its fingerprint again. The current key is kept in the file's history.\n\nCreate a "
                             "new key anyway?")
                              .arg(SigningKey::groupedFingerprint(current.value()->keyId, 8))))
        return;
    auto* dialog = new PassphraseDialog(tr("Create the centre's signing key"),
                                        tr("The key signs the feedback packages sent to the units. It is kept in this "
                                           "file, encrypted with the passphrase: keep the passphrase safe, it cannot "
                                           "be recovered."),
                                        true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto key = m_centre->createSigningKey(dialog->passphrase());
        if (!key) {
            m_banner->showMessage(tr("The key was not created: %1").arg(key.error()), MessageBanner::Kind::Error);
            return;
        }
        refresh();
        m_banner->showMessage(
            tr("The centre's signing key is created. Its fingerprint, for the year's guidance: %1").arg(key->keyId),
            MessageBanner::Kind::Information);
        savePublicKey();
    });
    dialog->open();
}

void CentreKeyPage::savePublicKey()
{
    const auto key = m_centre->signingKey();
    if (!key || !key.value()) {
        m_banner->showMessage(key ? tr("Create the centre's signing key first.") : key.error(),
                              MessageBanner::Kind::Warning);
        return;
    }
    const QString suggested = QFileInfo(m_centre->path()).absoluteDir().filePath(QStringLiteral("so-noi-vu.pub"));
    const QString path = Dialogs::saveFileName(this, tr("Save the centre's public key for the units"), suggested,
                                               tr("Public keys (*.pub)"));
    if (path.isEmpty())
        return;
    if (Status s = writeWholeFile(path, key.value()->publicPem); !s) {
        m_banner->showMessage(tr("The public key was not saved: %1").arg(s.error()), MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(tr("Public key saved to %1. Its fingerprint, for the year's guidance: %2")
                              .arg(QDir::toNativeSeparators(path), key.value()->keyId),
                          MessageBanner::Kind::Information);
}

void CentreKeyPage::copyFingerprint()
{
    const auto key = m_centre->signingKey();
    if (!key || !key.value())
        return;
    QGuiApplication::clipboard()->setText(key.value()->keyId);
    m_banner->showMessage(tr("Fingerprint copied: %1").arg(key.value()->keyId), MessageBanner::Kind::Information);
}

} // namespace parindex::ui
