#include "ui/common/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace parindex::ui {

MessageBanner::MessageBanner(QWidget* parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_label->setObjectName(QStringLiteral("messageBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("messageBannerClose"));
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(const QString& text, Kind kind)
{
    const char* style = kind == Kind::Error     ? "background:#fdecea; border:1px solid #e57373; color:#611a15;"
                        : kind == Kind::Warning ? "background:#fff4e5; border:1px solid #ffb74d; color:#663c00;"
                                                : "background:#e8f4fd; border:1px solid #64b5f6; color:#0d3c61;";
    setStyleSheet(QStringLiteral("#messageBanner{%1 border-radius:4px;}").arg(QLatin1String(style)));
    m_label->setText(text);
    show();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

} // namespace parindex::ui
