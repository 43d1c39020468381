#include "ui/centre/InboxPage.h"

#include "core/common/Text.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/Dialogs.h"
#include "ui/common/EvidenceViewer.h"
#include "ui/common/InputText.h"
#include "ui/common/MessageBanner.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parindex::ui {

namespace {
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}
} // namespace

InboxPage::InboxPage(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent)
    : QWidget(parent), m_centre(std::move(centre)), m_banner(banner), m_yearLabel(new QLabel(this)),
      m_year(new QComboBox(this)), m_tree(new QTreeWidget(this)), m_outcomesLabel(new QLabel(this)),
      m_outcomes(new QListWidget(this)), m_summary(new QLabel(this)), m_importFiles(new QPushButton(this)),
      m_importFolder(new QPushButton(this)), m_withdraw(new QPushButton(this))
{
    setObjectName(QStringLiteral("inboxPage"));
    m_year->setObjectName(QStringLiteral("inboxYear"));
    m_tree->setObjectName(QStringLiteral("inboxTree"));
    m_outcomes->setObjectName(QStringLiteral("importOutcomes"));
    m_summary->setObjectName(QStringLiteral("inboxSummary"));
    m_importFiles->setObjectName(QStringLiteral("importFilesButton"));
    m_importFolder->setObjectName(QStringLiteral("importFolderButton"));
    connect(m_importFiles, &QPushButton::clicked, this, &InboxPage::chooseFiles);
    connect(m_importFolder, &QPushButton::clicked, this, &InboxPage::chooseFolder);
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    m_withdraw->setEnabled(false);
    connect(m_withdraw, &QPushButton::clicked, this, &InboxPage::withdrawSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_withdraw->setEnabled(item && item->data(0, Qt::UserRole).toLongLong() > 0);
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, &InboxPage::refresh);
    connect(m_centre.get(), &Centre::unitsChanged, this, &InboxPage::refresh);
    connect(m_centre.get(), &Centre::inboxChanged, this, &InboxPage::refresh);

    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        if (id > 0)
            openVersion(id, item->parent() ? item->parent()->text(0) : item->text(0));
    });

    auto* top = new QHBoxLayout();
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_summary, 1);
    top->addWidget(m_importFiles);
    top->addWidget(m_importFolder);
    top->addWidget(m_withdraw);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 3);
    layout->addWidget(m_outcomesLabel);
    layout->addWidget(m_outcomes, 1);
    retranslate();
}

void InboxPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InboxPage::retranslate()
{
    m_yearLabel->setText(tr("Year:"));
    m_outcomesLabel->setText(tr("Last import:"));
    m_importFiles->setText(tr("Import packages…"));
    m_importFolder->setText(tr("Import a folder…"));
    m_withdraw->setText(tr("Withdraw version…"));
    m_withdraw->setToolTip(tr("Take back a version accepted by mistake: it is kept with the reason, the version "
                              "before it is in force again, and the same package is refused from then on."));
    m_tree->setHeaderLabels({tr("Unit"), tr("Status"), tr("Version"), tr("Received"), tr("Size"), tr("Signed with")});
    refresh();
}

bool InboxPage::importRunning() const
{
    return m_task && m_task->running();
}

void InboxPage::cancelImport()
{
    if (m_task)
        m_task->cancel();
}

void InboxPage::refresh()
{
    int year = m_year->currentData().toInt();
    {
        const QSignalBlocker block(m_year);
        const auto years = m_centre->inboxYears();
        if (!years)
            m_banner->showMessage(years.error(), MessageBanner::Kind::Error);
        m_year->clear();
        for (int y : years ? years.value() : QList<int>())
            m_year->addItem(QString::number(y), y);
        if (year == 0 && m_year->count() > 0)
            year = m_year->itemData(0).toInt();
        m_year->setCurrentIndex(qMax(0, m_year->findData(year)));
    }
    m_tree->clear();
    const auto entries = m_centre->inbox(year);
    if (!entries) {
        m_banner->showMessage(entries.error(), MessageBanner::Kind::Error);
        return;
    }
    int received = 0;
    for (const InboxEntry& e : entries.value()) {
        auto* unit = new QTreeWidgetItem(m_tree, {safeForDisplay(e.unit.name), InboxEntry::statusText(e.status)});
        unit->setToolTip(0, e.unit.code);
        if (e.versions.isEmpty()) {
            unit->setForeground(1, QColor(0x9e, 0x5d, 0x00));
            continue;
        }
        ++received;
        const SubmissionVersion& latest = e.versions.first();
        unit->setText(2, QString::number(latest.sequence));
        unit->setText(3, QLocale().toString(latest.receivedAt.toLocalTime(), QLocale::ShortFormat));
        unit->setText(4, sizeText(latest.size));
        unit->setText(5, latest.signerKeyId.left(23) + QStringLiteral("…"));
        unit->setToolTip(5, latest.signerKeyId);
        unit->setData(0, Qt::UserRole, latest.id);
        for (const SubmissionVersion& v : e.versions) {
            auto* item =
                new QTreeWidgetItem(unit, {tr("version %1").arg(v.sequence), QString(), QString::number(v.sequence),
                                           QLocale().toString(v.receivedAt.toLocalTime(), QLocale::ShortFormat),
                                           sizeText(v.size), v.signerKeyId.left(23) + QStringLiteral("…")});
            item->setData(0, Qt::UserRole, v.id);
            item->setToolTip(5, v.signerKeyId);
        }
    }
    m_summary->setText(tr("%1 of %2 units have submitted").arg(received).arg(entries->size()));
}

void InboxPage::withdrawSelected()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const qint64 id = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    if (id <= 0)
        return;
    // Copied now: the tree is rebuilt when the inbox changes.
    const QString unitName = (item->parent() ? item->parent() : item)->text(0);
    const QString version = item->text(2);
    const QString reason =
        Dialogs::text(this, tr("Withdraw a version"),
                      tr("Why is version %1 of %2 withdrawn? The reason is kept in the audit log; the version "
                         "before it is in force again.")
                          .arg(version, unitName));
    if (reason.trimmed().isEmpty())
        return;
    if (Status s = m_centre->withdrawSubmission(id, reason); !s) {
        m_banner->showMessage(tr("The version was not withdrawn: %1").arg(s.error()), MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(tr("Version %1 of %2 withdrawn.").arg(version, unitName), MessageBanner::Kind::Information);
}

void InboxPage::chooseFiles()
{
    const QStringList paths = Dialogs::openFileNames(this, tr("Import submission packages"), tr("Packages (*.zip)"));
    if (!paths.isEmpty())
        importPaths(paths);
}

void InboxPage::chooseFolder()
{
    const QString folder = Dialogs::existingDirectory(this, tr("Import every package of a folder"));
    if (folder.isEmpty())
        return;
    QStringList paths;
    for (const QFileInfo& f : QDir(folder).entryInfoList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name))
        paths.append(f.filePath());
    if (paths.isEmpty()) {
        m_banner->showMessage(tr("%1 holds no package (.zip).").arg(QDir::toNativeSeparators(folder)),
                              MessageBanner::Kind::Warning);
        return;
    }
    importPaths(paths);
}

void InboxPage::importPaths(const QStringList& paths)
{
    if (importRunning() || paths.isEmpty())
        return;
    // What the reader trusts is read here; the reading runs on the worker, each verdict is
    // stored back here, in order.
    auto reader = m_centre->reader();
    if (!reader) {
        m_banner->showMessage(reader.error(), MessageBanner::Kind::Error);
        return;
    }
    m_outcomes->clear();
    delete m_task;
    m_task = new BackgroundTask(this, tr("Verifying and importing packages…"), QStringLiteral("importProgress"));
    auto rejected = std::make_shared<int>(0);
    auto looked = std::make_shared<int>(0);
    const SubmissionReader r = reader.value();
    m_task->start(
        [this, r, paths, rejected, looked](const TaskControl& control) {
            for (int i = 0; i < paths.size() && !control.cancelled(); ++i) {
                control.setLabel(
                    tr("Verifying %1 (%2 of %3)…").arg(QFileInfo(paths.at(i)).fileName()).arg(i + 1).arg(paths.size()));
                auto verdict = std::make_shared<PackageVerdict>(r.verify(paths.at(i), control.cancelFlag()));
                const QString name = QFileInfo(paths.at(i)).fileName();
                control.post([this, verdict, name, rejected, looked] {
                    const ImportOutcome outcome = m_centre->accept(*verdict);
                    ++*looked;
                    if (outcome.kind == ImportOutcome::Kind::Rejected)
                        ++*rejected;
                    m_outcomes->addItem(name + QStringLiteral(": ") + outcome.text());
                });
                control.progress(i + 1, paths.size());
            }
        },
        [this, rejected, looked, paths](bool cancelled) {
            refresh();
            QString text = tr("%1 package(s) looked at, %2 rejected.").arg(*looked).arg(*rejected);
            if (cancelled && *looked < paths.size())
                text += QLatin1Char(' ') +
                        tr("Cancelled: %n package(s) not looked at.", nullptr, int(paths.size() - *looked));
            m_banner->showMessage(text, *rejected || cancelled ? MessageBanner::Kind::Warning
                                                               : MessageBanner::Kind::Information);
            emit imported();
        });
}

void InboxPage::openVersion(qint64 submissionId, const QString& title)
{
    const auto data = m_centre->submittedData(submissionId);
    if (!data) {
        m_banner->showMessage(data.error(), MessageBanner::Kind::Error);
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("versionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 — submitted self-assessment (read only)").arg(title));
    auto* tabs = new QTabWidget(dialog);
    // The criteria set the unit scored on, to show its items and inputs in words.
    CriteriaSetPtr set;
    if (const auto sets = m_centre->knownSets()) {
        for (const CriteriaSetPtr& s : sets.value()) {
            if (s->sha256 == data->setSha256)
                set = s;
        }
    }
    auto* scoreTable = new QTableWidget(int(data->scores.size()), 5, tabs);
    scoreTable->setObjectName(QStringLiteral("versionScores"));
    scoreTable->setHorizontalHeaderLabels({tr("Item"), tr("Content"), tr("Input"), tr("Points"), tr("Explanation")});
    for (int r = 0; r < data->scores.size(); ++r) {
        const package::SubmittedScore& s = data->scores.at(r);
        const CriteriaNode* node = set ? set->find(s.item) : nullptr;
        const QStringList cells{s.item, node ? node->title : QString(),
                                node ? InputText::describe(*node, s.input) : s.input.encode(),
                                InputText::points(s.points), safeForDisplay(s.explanation)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* cell = new QTableWidgetItem(cells.at(c));
            cell->setToolTip(cells.at(c));
            if (c == 3)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            scoreTable->setItem(r, c, cell);
        }
    }
    auto* evidenceTable = new QTableWidget(int(data->documents.size()), 5, tabs);
    evidenceTable->setObjectName(QStringLiteral("versionEvidence"));
    evidenceTable->setHorizontalHeaderLabels(
        {tr("Document"), tr("Number"), tr("Date of issue"), tr("Summary"), tr("Items")});
    for (int r = 0; r < data->documents.size(); ++r) {
        const package::SubmittedDocument& d = data->documents.at(r);
        // What a package says is shown as text only: no control or direction-changing characters.
        const QStringList cells{safeForDisplay(d.displayName), safeForDisplay(d.number), InputText::date(d.issuedOn),
                                safeForDisplay(d.summary), d.items.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* cell = new QTableWidgetItem(cells.at(c));
            cell->setToolTip(cells.at(c));
            cell->setData(Qt::UserRole, d.sha256);
            cell->setData(Qt::UserRole + 1, d.displayName);
            evidenceTable->setItem(r, c, cell);
        }
    }
    // A document opens read-only with the system viewer.
    connect(evidenceTable, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        const QString problem = openEvidenceReadOnly(m_centre->evidenceFolder(), item->data(Qt::UserRole).toString(),
                                                     item->data(Qt::UserRole + 1).toString());
        if (!problem.isEmpty())
            m_banner->showMessage(problem, MessageBanner::Kind::Error);
    });
    for (QTableWidget* t : {scoreTable, evidenceTable}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->horizontalHeader()->setStretchLastSection(true);
        t->verticalHeader()->hide();
        t->setWordWrap(false);
        t->resizeColumnsToContents();
        for (int c = 0; c < t->columnCount() - 1; ++c)
            t->setColumnWidth(c, qMin(t->columnWidth(c), 320)); // long titles are cut; their tooltip has them
    }
    tabs->addTab(scoreTable, tr("Scores"));
    tabs->addTab(evidenceTable, tr("Evidence"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    dialog->resize(900, 600);
    dialog->open();
}

} // namespace parindex::ui
