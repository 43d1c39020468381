#include "ui/unit/EvidencePane.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parindex::ui {

EvidencePane::EvidencePane(UnitAssessment& assessment, QWidget* parent)
    : QWidget(parent), m_assessment(assessment), m_list(new QTreeWidget(this)),
      m_edit(new QPushButton(tr("Details…"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_open(new QPushButton(tr("Open"), this))
{
    setObjectName(QStringLiteral("evidencePane"));
    setAcceptDrops(true);
    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Document"), tr("Number"), tr("Date of issue"), tr("Summary"), tr("Items")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_edit->setObjectName(QStringLiteral("editDocumentButton"));
    m_remove->setObjectName(QStringLiteral("removeDocumentButton"));
    m_open->setObjectName(QStringLiteral("openDocumentButton"));
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (qint64 id = currentDocument())
            emit editRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (qint64 id = currentDocument())
            emit removeRequested(id);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (qint64 id = currentDocument())
            emit openRequested(id);
    });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit editRequested(item->data(0, Qt::UserRole).toLongLong()); });
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto* hint = new QLabel(tr("Drop files here to attach them to the item being edited. Every document needs its "
                               "number and date of issue."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color:#757575"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(hint);
    connect(&m_assessment, &UnitAssessment::evidenceChanged, this, &EvidencePane::refresh);
    refresh();
}

void EvidencePane::refresh()
{
    const qint64 current = currentDocument();
    m_list->clear();
    for (const EvidenceDocument& d : m_assessment.evidence()) {
        auto* item = new QTreeWidgetItem(
            m_list, {d.displayName, d.number,
                     d.issuedOn.isValid() ? QLocale().toString(d.issuedOn, QLocale::ShortFormat) : QString(), d.summary,
                     d.items.join(QStringLiteral(", "))});
        item->setData(0, Qt::UserRole, d.id);
        for (int column : {1, 2}) {
            if (item->text(column).isEmpty()) {
                item->setText(column, tr("missing"));
                item->setForeground(column, QColor(0xc6, 0x28, 0x28));
            }
        }
        if (d.id == current)
            m_list->setCurrentItem(item);
    }
    const bool locked = m_assessment.isLocked();
    m_edit->setEnabled(!locked);
    m_remove->setEnabled(!locked);
}

qint64 EvidencePane::currentDocument() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void EvidencePane::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !m_assessment.isLocked())
        event->acceptProposedAction();
}

void EvidencePane::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        emit filesDropped(paths);
        event->acceptProposedAction();
    }
}

} // namespace parindex::ui
