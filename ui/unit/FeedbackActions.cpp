#include "ui/unit/FeedbackActions.h"

#include "core/files/SafeFile.h"
#include "ui/common/Dialogs.h"
#include "ui/common/InputText.h"
#include "ui/common/MessageBanner.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

namespace parindex::ui {

FeedbackActions::FeedbackActions(UnitAssessment& unit, MessageBanner* banner, QWidget* parent)
    : QObject(parent), m_unit(unit), m_banner(banner), m_parent(parent)
{}

void FeedbackActions::enrolCentreKey()
{
    const QString path =
        Dialogs::openFileName(m_parent, tr("The public key of Sở Nội vụ"), tr("Public keys (*.pub *.pem)"));
    if (!path.isEmpty())
        enrolCentreKeyFrom(path);
}

void FeedbackActions::enrolCentreKeyFrom(const QString& path)
{
    const auto bytes = readSmallFile(path, 64 * 1024);
    if (!bytes) {
        m_banner->showMessage(tr("The key was not enrolled: %1").arg(bytes.error()), MessageBanner::Kind::Error);
        return;
    }
    const auto key = SigningKey::fromPublicPem(bytes.value());
    if (!key) {
        m_banner->showMessage(tr("The key was not enrolled: %1").arg(key.error()), MessageBanner::Kind::Error);
        return;
    }
    const auto current = m_unit.centreKey();
    if (!current) {
        m_banner->showMessage(current.error(), MessageBanner::Kind::Error);
        return;
    }
    if (current.value() && current.value()->keyId == key->keyId()) {
        m_banner->showMessage(tr("This key of Sở Nội vụ is already enrolled: %1").arg(key->keyId()),
                              MessageBanner::Kind::Information);
        return;
    }
    if (!Dialogs::confirm(m_parent, tr("Compare the fingerprint"),
                          tr("Enrol this key of Sở Nội vụ only if its fingerprint is the one printed in the year's "
                             "guidance document, group by group:\n\n%1")
                              .arg(SigningKey::groupedFingerprint(key->keyId(), 8))))
        return;
    const bool replace = current.value().has_value();
    if (replace &&
        !Dialogs::confirm(m_parent, tr("Replace Sở Nội vụ's key?"),
                          tr("A key of Sở Nội vụ is already enrolled:\n\n%1\n\nReplace it with the new one? Feedback "
                             "signed with the old key is refused from now on.")
                              .arg(SigningKey::groupedFingerprint(current.value()->keyId, 8))))
        return;
    if (Status s = m_unit.enrolCentreKey(key.value(), replace); !s) {
        m_banner->showMessage(tr("The key was not enrolled: %1").arg(s.error()), MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(
        tr("Sở Nội vụ's key %1 enrolled. Its feedback can now be imported (Submission → Import feedback).")
            .arg(key->keyId()),
        MessageBanner::Kind::Information);
}

void FeedbackActions::importFeedback()
{
    const QString path =
        Dialogs::openFileName(m_parent, tr("Import the feedback of Sở Nội vụ"), tr("Feedback packages (*.zip)"));
    if (!path.isEmpty())
        importFeedbackFrom(path);
}

void FeedbackActions::importFeedbackFrom(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportOutcome outcome = m_unit.importFeedback(path);
    QApplication::restoreOverrideCursor();
    switch (outcome.kind) {
    case ImportOutcome::Kind::Rejected:
        m_banner->showMessage(
            tr("The feedback %1 was rejected, nothing changed: %2 (%3).").arg(name, outcome.rule, outcome.detail),
            MessageBanner::Kind::Error);
        return;
    case ImportOutcome::Kind::AlreadyImported:
        m_banner->showMessage(tr("The feedback %1 was already imported.").arg(name), MessageBanner::Kind::Information);
        return;
    case ImportOutcome::Kind::Accepted:
        break;
    }
    const auto& manifest = m_unit.feedbackManifest();
    const auto& feedback = m_unit.feedback();
    int requested = 0;
    if (feedback) {
        for (const package::FeedbackItem& item : feedback->items)
            requested += item.request != RequestKind::None ? 1 : 0;
    }
    QString text = tr("Feedback of Sở Nội vụ imported (round %1, number %2).")
                       .arg(manifest ? manifest->round : 1)
                       .arg(manifest ? manifest->sequence : outcome.sequence);
    if (requested > 0)
        text += QLatin1Char(' ') + tr("%n item(s) are requested.", nullptr, requested);
    if (manifest && manifest->responseDeadline.isValid() && manifest->round == 1)
        text += QLatin1Char(' ') + tr("The response is due by %1.").arg(InputText::date(manifest->responseDeadline));
    m_banner->showMessage(text, MessageBanner::Kind::Information);
}

} // namespace parindex::ui
