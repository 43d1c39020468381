#include "ui/unit/KeyPage.h"

#include "core/reports/EnrolmentLetter.h"
#include "ui/common/Dialogs.h"
#include "ui/common/KeyPanel.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Printing.h"
#include "ui/unit/SubmissionActions.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPushButton>
#include <QVBoxLayout>

namespace parindex::ui {

KeyPage::KeyPage(UnitAssessment& unit, SubmissionActions& actions, MessageBanner* banner, QWidget* parent)
    : QWidget(parent), m_unit(unit), m_actions(actions), m_banner(banner), m_panel(new KeyPanel(this)),
      m_letterPdf(new QPushButton(this)), m_letterPrint(new QPushButton(this))
{
    setObjectName(QStringLiteral("keyPage"));
    m_letterPdf->setObjectName(QStringLiteral("letterPdfButton"));
    m_letterPrint->setObjectName(QStringLiteral("letterPrintButton"));
    m_panel->addKeyButton(m_letterPdf);
    m_panel->addKeyButton(m_letterPrint);

    connect(m_panel, &KeyPanel::createRequested, &m_actions, &SubmissionActions::createKey);
    connect(m_panel, &KeyPanel::copyRequested, this, &KeyPage::copyFingerprint);
    connect(m_panel, &KeyPanel::savePublicRequested, &m_actions, &SubmissionActions::savePublicKey);
    connect(m_letterPdf, &QPushButton::clicked, this, &KeyPage::exportLetter);
    connect(m_letterPrint, &QPushButton::clicked, this, &KeyPage::printLetter);
    connect(&m_unit, &UnitAssessment::signingKeyChanged, this, &KeyPage::refresh);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    retranslate();
}

void KeyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KeyPage::retranslate()
{
    m_panel->setHeading(tr("Signing key"));
    m_letterPdf->setText(tr("Enrolment letter (PDF)…"));
    m_letterPrint->setText(tr("Print enrolment letter…"));
    m_panel->setAdvice(tr("Send the public key file with the enrolment letter to Sở Nội vụ. They compare this "
                          "fingerprint, group by group, before enrolling the key; packages signed with a key they "
                          "have not enrolled are refused."),
                       tr("Create the key, then send its public key file with the enrolment letter to Sở Nội vụ. "
                          "The key signs every package the unit sends."));
    refresh();
}

void KeyPage::refresh()
{
    const auto history = m_unit.keyHistory();
    if (!history) {
        m_banner->showMessage(history.error(), MessageBanner::Kind::Error);
        return;
    }
    m_panel->setKeys(history.value());
}

void KeyPage::copyFingerprint()
{
    const auto key = m_unit.signingKey();
    if (!key || !key.value())
        return;
    QGuiApplication::clipboard()->setText(key.value()->keyId);
    m_banner->showMessage(tr("Fingerprint copied: %1").arg(key.value()->keyId), MessageBanner::Kind::Information);
}

void KeyPage::exportLetter()
{
    const auto data = EnrolmentLetter::dataFor(m_unit);
    if (!data) {
        m_banner->showMessage(data.error(), MessageBanner::Kind::Warning);
        return;
    }
    const QString suggested = QFileInfo(m_unit.path())
                                  .absoluteDir()
                                  .filePath(QStringLiteral("cong-van-dang-ky-khoa-%1.pdf").arg(m_unit.unit().code));
    const QString path = Dialogs::saveFileName(this, tr("Save the enrolment letter"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = EnrolmentLetter(data.value()).writePdf(path); !s) {
        m_banner->showMessage(s.error(), MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(tr("Enrolment letter written to %1").arg(QDir::toNativeSeparators(path)),
                          MessageBanner::Kind::Information);
}

void KeyPage::printLetter()
{
    const auto data = EnrolmentLetter::dataFor(m_unit);
    if (!data) {
        m_banner->showMessage(data.error(), MessageBanner::Kind::Warning);
        return;
    }
    const EnrolmentLetterData d = data.value();
    showPrintPreview(this, QStringLiteral("letterPreview"),
                     [d](QTextDocument& document) { EnrolmentLetter(d).build(document); });
}

} // namespace parindex::ui
