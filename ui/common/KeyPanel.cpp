#include "ui/common/KeyPanel.h"

#include "core/crypto/SigningKey.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parindex::ui {

KeyPanel::KeyPanel(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_state(new QLabel(this)), m_fingerprint(new QLabel(this)),
      m_created(new QLabel(this)), m_advice(new QLabel(this)), m_buttons(new QHBoxLayout()),
      m_create(new QPushButton(this)), m_copy(new QPushButton(this)), m_savePublic(new QPushButton(this)),
      m_historyLabel(new QLabel(this)), m_historyView(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("keyPanel"));
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    m_state->setObjectName(QStringLiteral("keyState"));
    m_create->setObjectName(QStringLiteral("createKeyButton"));
    m_copy->setObjectName(QStringLiteral("copyFingerprintButton"));
    m_savePublic->setObjectName(QStringLiteral("savePublicKeyButton"));
    m_historyView->setObjectName(QStringLiteral("keyHistory"));

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
    m_historyView->setRootIsDecorated(false);
    m_historyView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_create, &QPushButton::clicked, this, &KeyPanel::createRequested);
    connect(m_copy, &QPushButton::clicked, this, &KeyPanel::copyRequested);
    connect(m_savePublic, &QPushButton::clicked, this, &KeyPanel::savePublicRequested);

    m_buttons->addWidget(m_copy);
    m_buttons->addWidget(m_savePublic);
    m_buttons->addStretch();
    m_buttons->addWidget(m_create);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_state);
    layout->addWidget(m_fingerprint);
    layout->addWidget(m_created);
    layout->addLayout(m_buttons);
    layout->addWidget(m_advice);
    layout->addSpacing(12);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_historyView, 1);
    retranslate();
}

void KeyPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KeyPanel::retranslate()
{
    m_copy->setText(tr("Copy fingerprint"));
    m_savePublic->setText(tr("Save public key (.pub)…"));
    m_historyLabel->setText(tr("Keys this file has used:"));
    m_historyView->setHeaderLabels({tr("Fingerprint"), tr("Created"), tr("Retired")});
    refresh();
}

void KeyPanel::setHeading(const QString& text)
{
    m_heading->setText(text);
}

void KeyPanel::setAdvice(const QString& withKey, const QString& withoutKey)
{
    m_withKey = withKey;
    m_withoutKey = withoutKey;
    refresh();
}

void KeyPanel::addKeyButton(QPushButton* button)
{
    m_keyButtons.append(button);
    m_buttons->insertWidget(m_buttons->count() - 2, button); // before the stretch and Create
    button->setEnabled(m_hasKey);
}

void KeyPanel::setKeys(const QList<OwnKeyInfo>& history)
{
    m_history = history;
    refresh();
}

void KeyPanel::refresh()
{
    m_hasKey = !m_history.isEmpty() && m_history.first().current();
    m_create->setText(m_hasKey ? tr("New key…") : tr("Create signing key…"));
    for (QPushButton* b : {m_copy, m_savePublic})
        b->setEnabled(m_hasKey);
    for (QPushButton* b : std::as_const(m_keyButtons))
        b->setEnabled(m_hasKey);
    if (m_hasKey) {
        const OwnKeyInfo& key = m_history.first();
        m_state->setText(tr("The key in use (Ed25519). Its fingerprint:"));
        m_fingerprint->setText(SigningKey::groupedFingerprint(key.keyId, 8));
        m_created->setText(tr("Created %1").arg(QLocale().toString(key.createdAt.toLocalTime(), QLocale::LongFormat)));
        m_advice->setText(m_withKey);
    } else {
        m_state->setText(tr("This file has no signing key yet."));
        m_fingerprint->clear();
        m_created->clear();
        m_advice->setText(m_withoutKey);
    }
    m_fingerprint->setVisible(m_hasKey);
    m_historyView->clear();
    for (const OwnKeyInfo& k : std::as_const(m_history)) {
        auto* item = new QTreeWidgetItem(
            m_historyView,
            {SigningKey::groupedFingerprint(k.keyId),
             QLocale().toString(k.createdAt.toLocalTime(), QLocale::ShortFormat),
             k.current() ? tr("in use") : QLocale().toString(k.retiredAt.toLocalTime(), QLocale::ShortFormat)});
        item->setToolTip(0, k.keyId);
    }
}

} // namespace parindex::ui
