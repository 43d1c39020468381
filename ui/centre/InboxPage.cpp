#include "InboxPage.h"

#include "common/Dialogs.h"
#include "common/MessageBanner.h"
#include "package/Inbox.h"
#include "package/SubmissionImporter.h"
#include "store/Assessments.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace parindex::ui {

namespace {
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}
} // namespace

InboxPage::InboxPage(std::shared_ptr<DataFile> centre, MessageBanner* banner, QWidget* parent)
    : QWidget(parent), m_centre(std::move(centre)), m_banner(banner), m_year(new QComboBox(this)),
      m_tree(new QTreeWidget(this)), m_outcomes(new QListWidget(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("inboxPage"));
    m_year->setObjectName(QStringLiteral("inboxYear"));
    m_tree->setObjectName(QStringLiteral("inboxTree"));
    m_outcomes->setObjectName(QStringLiteral("importOutcomes"));
    m_summary->setObjectName(QStringLiteral("inboxSummary"));
    auto* importFiles = new QPushButton(tr("Import packages…"), this);
    importFiles->setObjectName(QStringLiteral("importFilesButton"));
    auto* importFolder = new QPushButton(tr("Import a folder…"), this);
    importFolder->setObjectName(QStringLiteral("importFolderButton"));
    connect(importFiles, &QPushButton::clicked, this, &InboxPage::chooseFiles);
    connect(importFolder, &QPushButton::clicked, this, &InboxPage::chooseFolder);
    connect(m_year, &QComboBox::currentIndexChanged, this, &InboxPage::refresh);

    m_tree->setHeaderLabels({tr("Unit"), tr("Status"), tr("Version"), tr("Received"), tr("Size"), tr("Signed with")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        if (id > 0)
            openVersion(id, item->parent() ? item->parent()->text(0) : item->text(0));
    });

    auto* top = new QHBoxLayout();
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_year);
    top->addWidget(m_summary, 1);
    top->addWidget(importFiles);
    top->addWidget(importFolder);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 3);
    layout->addWidget(new QLabel(tr("Last import:"), this));
    layout->addWidget(m_outcomes, 1);
    refresh();
}

void InboxPage::refresh()
{
    int year = m_year->currentData().toInt();
    {
        const QSignalBlocker block(m_year);
        QList<int> years = Inbox::years(*m_centre);
        for (int y : Assessments(*m_centre).years()) {
            if (!years.contains(y))
                years.append(y);
        }
        std::sort(years.begin(), years.end(), std::greater<int>());
        m_year->clear();
        for (int y : years)
            m_year->addItem(QString::number(y), y);
        if (year == 0 && !years.isEmpty())
            year = years.first();
        m_year->setCurrentIndex(qMax(0, m_year->findData(year)));
    }
    m_tree->clear();
    int received = 0;
    const QList<InboxEntry> entries = Inbox::forYear(*m_centre, year);
    for (const InboxEntry& e : entries) {
        auto* unit = new QTreeWidgetItem(m_tree, {e.unit.name, Inbox::statusText(e.status)});
        unit->setToolTip(0, e.unit.code);
        if (!e.versions.isEmpty()) {
            ++received;
            const SubmissionVersion& latest = e.versions.first();
            unit->setText(2, QString::number(latest.sequence));
            unit->setText(3, QLocale().toString(latest.receivedAt.toLocalTime(), QLocale::ShortFormat));
            unit->setText(4, sizeText(latest.size));
            unit->setText(5, latest.signerKeyId.left(23) + QStringLiteral("…"));
            unit->setData(0, Qt::UserRole, latest.id);
            for (const SubmissionVersion& v : e.versions) {
                auto* item = new QTreeWidgetItem(unit, {tr("version %1").arg(v.sequence), QString(), QString::number(v.sequence),
                                                        QLocale().toString(v.receivedAt.toLocalTime(), QLocale::ShortFormat),
                                                        sizeText(v.size), v.signerKeyId.left(23) + QStringLiteral("…")});
                item->setData(0, Qt::UserRole, v.id);
                item->setToolTip(5, v.signerKeyId);
            }
        } else {
            unit->setForeground(1, QColor(0x9e, 0x5d, 0x00));
        }
    }
    m_summary->setText(tr("%1 of %2 units have submitted").arg(received).arg(entries.size()));
}

void InboxPage::chooseFiles()
{
    const QStringList paths = Dialogs::openFileNames(this, tr("Import submission packages"), tr("Packages (*.zip)"));
    if (!paths.isEmpty())
        importPaths(paths);
}

void InboxPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import every package of a folder"));
    if (folder.isEmpty())
        return;
    QStringList paths;
    for (const QFileInfo& f : QDir(folder).entryInfoList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name))
        paths.append(f.filePath());
    importPaths(paths);
}

void InboxPage::importPaths(const QStringList& paths)
{
    if (m_running || paths.isEmpty())
        return;
    m_running = true;
    m_outcomes->clear();
    auto* progress = new QProgressDialog(tr("Verifying and importing packages…"), tr("Cancel"), 0, int(paths.size()), this);
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    QPointer<QProgressDialog> guard(progress);
    QPointer<QListWidget> outcomes(m_outcomes);
    const QString path = m_centre->path();
    auto* watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher, progress, paths] {
        const int rejected = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        m_running = false;
        refresh();
        m_banner->showMessage(tr("%1 package(s) looked at, %2 rejected.").arg(paths.size()).arg(rejected),
                              rejected ? MessageBanner::Kind::Warning : MessageBanner::Kind::Information);
        emit imported();
    });
    watcher->setFuture(QtConcurrent::run([path, paths, cancel, guard, outcomes] {
        // Qt SQL connections belong to one thread: the worker opens its own.
        auto centre = DataFile::open(path);
        int rejected = 0;
        if (!centre)
            return int(paths.size());
        SubmissionImporter importer(*centre.value());
        for (int i = 0; i < paths.size() && !cancel->load(); ++i) {
            const ImportOutcome outcome = importer.importFile(paths.at(i), cancel.get());
            if (outcome.kind == ImportOutcome::Kind::Rejected)
                ++rejected;
            const QString line = QFileInfo(paths.at(i)).fileName() + QStringLiteral(": ") + outcome.text();
            QMetaObject::invokeMethod(outcomes, [outcomes, guard, line, i] {
                if (outcomes)
                    outcomes->addItem(line);
                if (guard)
                    guard->setValue(i + 1);
            });
        }
        return rejected;
    }));
}

void InboxPage::openVersion(qint64 submissionId, const QString& title)
{
    const QJsonObject data = Inbox::data(*m_centre, submissionId);
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("versionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 — submitted self-assessment (read only)").arg(title));
    auto* tabs = new QTabWidget(dialog);
    const QJsonArray scores = data.value(QStringLiteral("scores")).toArray();
    auto* scoreTable = new QTableWidget(int(scores.size()), 4, tabs);
    scoreTable->setObjectName(QStringLiteral("versionScores"));
    scoreTable->setHorizontalHeaderLabels({tr("Item"), tr("Input"), tr("Points"), tr("Explanation")});
    for (int r = 0; r < scores.size(); ++r) {
        const QJsonObject o = scores.at(r).toObject();
        const QStringList cells{o.value(QStringLiteral("item")).toString(), o.value(QStringLiteral("input")).toString(),
                                o.value(QStringLiteral("points")).toString(), o.value(QStringLiteral("explanation")).toString()};
        for (int c = 0; c < cells.size(); ++c)
            scoreTable->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    const QJsonArray evidence = data.value(QStringLiteral("evidence")).toArray();
    auto* evidenceTable = new QTableWidget(int(evidence.size()), 4, tabs);
    evidenceTable->setObjectName(QStringLiteral("versionEvidence"));
    evidenceTable->setHorizontalHeaderLabels({tr("Document"), tr("Number"), tr("Date of issue"), tr("Items")});
    for (int r = 0; r < evidence.size(); ++r) {
        const QJsonObject o = evidence.at(r).toObject();
        QStringList items;
        for (const QJsonValue& v : o.value(QStringLiteral("items")).toArray())
            items.append(v.toString());
        const QStringList cells{o.value(QStringLiteral("display_name")).toString(), o.value(QStringLiteral("number")).toString(),
                                o.value(QStringLiteral("issued_on")).toString(), items.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c)
            evidenceTable->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    for (QTableWidget* t : {scoreTable, evidenceTable}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->horizontalHeader()->setStretchLastSection(true);
        t->verticalHeader()->hide();
        t->resizeColumnsToContents();
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
