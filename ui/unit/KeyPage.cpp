#include "ui/unit/KeyPage.h"

#include "core/reports/EnrolmentLetter.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Printing.h"
#include "ui/unit/SubmissionActions.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parindex::ui {

KeyPage::KeyPage(UnitAssessment& unit, SubmissionActions& actions, MessageBanner* banner, QWidget* parent)
    : QWidget(parent), m_unit(unit), m_actions(actions), m_banner(banner), m_heading(new QLabel(this)),
      m_state(new QLabel(this)), m_fingerprint(new QLabel(this)), m_created(new QLabel(this)),
      m_advice(new QLabel(this)), m_create(new QPushButton(this)), m_copy(new QPushButton(this)),
      m_savePublic(new QPushButton(this)), m_letterPdf(new QPushButton(this)), m_letterPrint(new QPushButton(this)),
      m_historyLabel(new QLabel(this)), m_history(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("keyPage"));
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    m_state->setObjectName(QStringLiteral("keyState"));
    m_create->setObjectName(QStringLiteral("createKeyButton"));
    m_copy->setObjectName(QStringLiteral("copyFingerprintButton"));
    m_savePublic->setObjectName(QStringLiteral("savePublicKeyButton"));
    m_letterPdf->setObjectName(QStringLiteral("letterPdfButton"));
    m_letterPrint->setObjectName(QStringLiteral("letterPrintButton"));
    m_history->setObjectName(QStringLiteral("keyHistory"));

    QFont heading = m_heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_heading->setFont(heading);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.35);
    m_fingerprint->setFont(mono);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setStyleSheet(QStringLiteral("padding:8px; background:#f5f5f5; border:1px solid #ddd"));
    m_advice->setWordWrap(true);
    m_advice->setStyleSheet(QStringLiteral("color:#555"));
    m_history->setRootIsDecorated(false);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_create, &QPushButton::clicked, &m_actions, &SubmissionActions::createKey);
    connect(m_copy, &QPushButton::clicked, this, &KeyPage::copyFingerprint);
    connect(m_savePublic, &QPushButton::clicked, &m_actions, &SubmissionActions::savePublicKey);
    connect(m_letterPdf, &QPushButton::clicked, this, &KeyPage::exportLetter);
    connect(m_letterPrint, &QPushButton::clicked, this, &KeyPage::printLetter);
    connect(&m_unit, &UnitAssessment::signingKeyChanged, this, &KeyPage::refresh);

    auto* buttons = new QHBoxLayout();
    for (QPushButton* b : {m_copy, m_savePublic, m_letterPdf, m_letterPrint})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_create);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_state);
    layout->addWidget(m_fingerprint);
    layout->addWidget(m_created);
    layout->addLayout(buttons);
    layout->addWidget(m_advice);
    layout->addSpacing(12);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 1);
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
    m_heading->setText(tr("Signing key"));
    m_copy->setText(tr("Copy fingerprint"));
    m_savePublic->setText(tr("Save public key (.pub)…"));
    m_letterPdf->setText(tr("Enrolment letter (PDF)…"));
    m_letterPrint->setText(tr("Print enrolment letter…"));
    m_historyLabel->setText(tr("Keys this file has used:"));
    m_history->setHeaderLabels({tr("Fingerprint"), tr("Created"), tr("Retired")});
    refresh();
}

void KeyPage::refresh()
{
    const auto history = m_unit.keyHistory();
    if (!history) {
        m_banner->showMessage(history.error(), MessageBanner::Kind::Error);
        return;
    }
    const bool hasKey = !history->isEmpty() && history->first().current();
    m_create->setText(hasKey ? tr("New key…") : tr("Create signing key…"));
    for (QPushButton* b : {m_copy, m_savePublic, m_letterPdf, m_letterPrint})
        b->setEnabled(hasKey);
    if (hasKey) {
        const OwnKeyInfo& key = history->first();
        m_state->setText(tr("The key in use (Ed25519). Its fingerprint:"));
        m_fingerprint->setText(SigningKey::groupedFingerprint(key.keyId, 8));
        m_created->setText(tr("Created %1").arg(QLocale().toString(key.createdAt.toLocalTime(), QLocale::LongFormat)));
        m_advice->setText(tr("Send the public key file with the enrolment letter to Sở Nội vụ. They compare this "
                             "fingerprint, group by group, before enrolling the key; packages signed with a key they "
                             "have not enrolled are refused."));
    } else {
        m_state->setText(tr("This file has no signing key yet."));
        m_fingerprint->clear();
        m_created->clear();
        m_advice->setText(tr("Create the key, then send its public key file with the enrolment letter to Sở Nội vụ. "
                             "The key signs every package the unit sends."));
    }
    m_fingerprint->setVisible(hasKey);
    m_history->clear();
    for (const OwnKeyInfo& k : history.value()) {
        auto* item = new QTreeWidgetItem(
            m_history,
            {SigningKey::groupedFingerprint(k.keyId),
             QLocale().toString(k.createdAt.toLocalTime(), QLocale::ShortFormat),
             k.current() ? tr("in use") : QLocale().toString(k.retiredAt.toLocalTime(), QLocale::ShortFormat)});
        item->setToolTip(0, k.keyId);
    }
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
