#include "ui/unit/AssessmentPage.h"

#include "core/unit/SubmissionCheck.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Format.h"
#include "ui/common/InputText.h"
#include "ui/common/MessageBanner.h"
#include "ui/unit/AssessmentFilterProxy.h"
#include "ui/unit/AssessmentTreeModel.h"
#include "ui/unit/EvidenceDialog.h"
#include "ui/unit/EvidencePane.h"
#include "ui/unit/ItemEditor.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>
#include <functional>

namespace parindex::ui {

AssessmentPage::AssessmentPage(std::shared_ptr<UnitAssessment> assessment, MessageBanner* banner, QWidget* parent)
    : QWidget(parent), m_assessment(std::move(assessment)), m_editor(new AssessmentEditor(m_assessment, this)),
      m_banner(banner)
{
    setObjectName(QStringLiteral("assessmentPage"));
    buildUi();
    connect(m_assessment.get(), &UnitAssessment::itemChanged, this, [this] {
        refreshTotals();
        refreshChecks();
    });
    connect(m_assessment.get(), &UnitAssessment::evidenceChanged, this, &AssessmentPage::refreshChecks);
    connect(m_assessment.get(), &UnitAssessment::deadlineChanged, this, &AssessmentPage::refreshLock);
    connect(m_assessment.get(), &UnitAssessment::feedbackChanged, this, &AssessmentPage::feedbackArrived);
    connect(m_editor, &AssessmentEditor::failed, this,
            [this](const QString& message) { m_banner->showMessage(message, MessageBanner::Kind::Error); });
    refreshTotals();
    runChecks(); // at once, so the page never shows an empty check list
    refreshLock();
    refreshFeedback();
}

void AssessmentPage::commitPendingEdits()
{
    m_itemEditor->commitExplanation();
    // After Sở Nội vụ's feedback the report's texts are part of what it appraised.
    if (m_assessment->isLocked() || m_assessment->scoresLocked())
        return;
    const std::pair<ReportSection, QPlainTextEdit*> sections[] = {{ReportSection::Difficulties, m_difficulties},
                                                                  {ReportSection::Proposals, m_proposals}};
    for (const auto& [section, edit] : sections) {
        if (Status s = m_editor->setReportText(section, edit->toPlainText()); !s)
            m_banner->showMessage(s.error(), MessageBanner::Kind::Error);
    }
}

void AssessmentPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("unitTotals"));
    m_totals->setWordWrap(true);
    QFont f = m_totals->font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_totals->setFont(f);
    layout->addWidget(m_totals);
    m_feedbackBanner = new MessageBanner(this);
    m_feedbackBanner->setObjectName(QStringLiteral("feedbackBanner"));
    layout->addWidget(m_feedbackBanner);

    auto* tabs = new QTabWidget(this);
    m_tabs = tabs;
    tabs->setObjectName(QStringLiteral("unitTabs"));
    layout->addWidget(tabs, 1);

    // Scoring tab
    auto* scoring = new QSplitter(Qt::Horizontal, tabs);
    scoring->setObjectName(QStringLiteral("scoringSplitter"));
    auto* left = new QSplitter(Qt::Vertical, scoring);
    auto* treePane = new QWidget(left);
    auto* treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout();
    m_filter = new QComboBox(treePane);
    m_filter->setObjectName(QStringLiteral("filterCombo"));
    m_filter->addItem(tr("All items"), int(AssessmentFilterProxy::Mode::All));
    m_filter->addItem(tr("Not scored"), int(AssessmentFilterProxy::Mode::NotScored));
    m_filter->addItem(tr("Without evidence"), int(AssessmentFilterProxy::Mode::WithoutEvidence));
    m_filter->addItem(tr("With problems"), int(AssessmentFilterProxy::Mode::WithProblems));
    m_search = new QLineEdit(treePane);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search code or content…"));
    m_search->setClearButtonEnabled(true);
    filterRow->addWidget(m_filter);
    filterRow->addWidget(m_search, 1);
    treeLayout->addLayout(filterRow);

    m_model = new AssessmentTreeModel(m_assessment, this);
    m_proxy = new AssessmentFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_tree = new QTreeView(treePane);
    m_tree->setObjectName(QStringLiteral("assessmentTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(AssessmentTreeModel::TitleColumn, QHeaderView::Stretch);
    // The appraisal's columns beside the unit's own points; the comment is cut to the column.
    m_tree->header()->moveSection(m_tree->header()->visualIndex(AssessmentTreeModel::Round1Column),
                                  m_tree->header()->visualIndex(AssessmentTreeModel::PointsColumn) + 1);
    m_tree->header()->moveSection(m_tree->header()->visualIndex(AssessmentTreeModel::Round2Column),
                                  m_tree->header()->visualIndex(AssessmentTreeModel::Round1Column) + 1);
    m_tree->header()->setSectionResizeMode(AssessmentTreeModel::CommentColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(AssessmentTreeModel::CommentColumn, 200);
    m_tree->expandToDepth(1);
    treeLayout->addWidget(m_tree, 1);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMode(AssessmentFilterProxy::Mode(m_filter->currentData().toInt()));
        m_tree->expandAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearch(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });

    auto* checkPane = new QWidget(left);
    auto* checkLayout = new QVBoxLayout(checkPane);
    checkLayout->setContentsMargins(0, 4, 0, 0);
    m_checksHeading = new QLabel(checkPane);
    m_checksHeading->setObjectName(QStringLiteral("checksHeading"));
    m_checks = new QListWidget(checkPane);
    m_checks->setObjectName(QStringLiteral("checkList"));
    checkLayout->addWidget(m_checksHeading);
    checkLayout->addWidget(m_checks, 1);
    connect(m_checks, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { selectItem(item->data(Qt::UserRole).toString()); });
    connect(m_checks, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { selectItem(item->data(Qt::UserRole).toString()); });
    left->addWidget(treePane);
    left->addWidget(checkPane);
    left->setStretchFactor(0, 4);
    left->setStretchFactor(1, 1);

    m_itemEditor = new ItemEditor(*m_editor, scoring);
    auto* scroll = new QScrollArea(scoring);
    scroll->setWidget(m_itemEditor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_itemEditor->setMinimumWidth(360);
    scoring->addWidget(left);
    scoring->addWidget(scroll);
    scoring->setStretchFactor(0, 3);
    scoring->setStretchFactor(1, 2);
    scoring->setSizes({600, 400});
    tabs->addTab(scoring, tr("Scoring"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        m_itemEditor->showItem(current.data(AssessmentTreeModel::CodeRole).toString());
    });
    connect(m_itemEditor, &ItemEditor::attachRequested, this,
            [this](const QStringList& paths, const QString& code) { attachFiles(paths, {code}); });
    connect(m_itemEditor, &ItemEditor::addFilesRequested, this, &AssessmentPage::chooseFilesFor);
    connect(m_itemEditor, &ItemEditor::openDocumentRequested, this, &AssessmentPage::openDocument);

    // Evidence tab: every document, with its details.
    m_evidence = new EvidencePane(*m_assessment, tabs);
    tabs->addTab(m_evidence, tr("Evidence"));
    connect(m_evidence, &EvidencePane::filesDropped, this, [this](const QStringList& paths) {
        if (currentItem().isEmpty())
            m_banner->showMessage(tr("Choose the item the documents support first."), MessageBanner::Kind::Warning);
        else
            attachFiles(paths, {currentItem()});
    });
    connect(m_evidence, &EvidencePane::editRequested, this, &AssessmentPage::editDocument);
    connect(m_evidence, &EvidencePane::openRequested, this, &AssessmentPage::openDocument);
    connect(m_evidence, &EvidencePane::removeRequested, this, [this](qint64 id) {
        if (Status s = m_editor->removeDocument(id); !s)
            m_banner->showMessage(s.error(), MessageBanner::Kind::Error);
    });

    // Report tab: the free sections of the self-assessment report.
    auto* report = new QWidget(tabs);
    auto* reportLayout = new QVBoxLayout(report);
    reportLayout->addWidget(new QLabel(tr("Difficulties and obstacles (Khó khăn, vướng mắc):"), report));
    m_difficulties = new QPlainTextEdit(report);
    m_difficulties->setObjectName(QStringLiteral("difficultiesEdit"));
    reportLayout->addWidget(m_difficulties, 1);
    reportLayout->addWidget(new QLabel(tr("Proposals and recommendations (Đề xuất, kiến nghị):"), report));
    m_proposals = new QPlainTextEdit(report);
    m_proposals->setObjectName(QStringLiteral("proposalsEdit"));
    reportLayout->addWidget(m_proposals, 1);
    m_difficulties->setPlainText(m_assessment->reportText(ReportSection::Difficulties));
    m_proposals->setPlainText(m_assessment->reportText(ReportSection::Proposals));
    tabs->addTab(report, tr("Report texts"));
    connect(tabs, &QTabWidget::currentChanged, this, &AssessmentPage::commitPendingEdits);
    // An undo or redo of a report text shows in its box.
    connect(m_assessment.get(), &UnitAssessment::reportTextChanged, this, [this] {
        const std::pair<ReportSection, QPlainTextEdit*> sections[] = {{ReportSection::Difficulties, m_difficulties},
                                                                      {ReportSection::Proposals, m_proposals}};
        for (const auto& [section, edit] : sections) {
            if (edit->toPlainText().trimmed() != m_assessment->reportText(section))
                edit->setPlainText(m_assessment->reportText(section));
        }
    });
}

void AssessmentPage::selectItem(const QString& code)
{
    const QModelIndex source = m_model->indexForCode(code);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid() && source.isValid()) {
        m_filter->setCurrentIndex(0);
        m_search->clear();
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

QString AssessmentPage::currentItem() const
{
    return m_itemEditor->currentCode();
}

void AssessmentPage::refreshTotals()
{
    const Evaluation& e = m_assessment->evaluation();
    const CriteriaSet& set = m_assessment->set();
    const QString share = formatPoints(e.selfIndex().percent(set.indexDecimals), set.indexDecimals);
    const QString text =
        tr("<b>%1</b> · %2 · criteria set %3<br/>Self-assessed total: <b>%4</b> of the %5 points the unit "
           "scores (<b>%6%</b>); the %7 survey points are added by Sở Nội vụ.")
            .arg(m_assessment->unit().name.toHtmlEscaped())
            .arg(m_assessment->year())
            .arg(set.decision.toHtmlEscaped(), formatPoints(e.selfTotal(), 2), formatPoints(e.selfPossible()), share,
                 formatPoints(e.surveyPossible));
    QString appraised;
    if (const auto& feedback = m_assessment->feedback()) {
        appraised = QStringLiteral("<br/>") + (feedback->round >= 2
                                                   ? tr("Appraised by Sở Nội vụ (final, round 2): <b>%1</b> points.")
                                                         .arg(formatPoints(feedback->finalTotal, 2))
                                                   : tr("Appraised by Sở Nội vụ in round 1: <b>%1</b> points.")
                                                         .arg(formatPoints(feedback->round1Total, 2)));
    }
    m_totals->setText(text + appraised);
    emit totalsChanged(
        tr("Self-assessed %1 of %2 (%3%)").arg(formatPoints(e.selfTotal(), 2), formatPoints(e.selfPossible()), share));
}

void AssessmentPage::refreshChecks()
{
    // Several signals may arrive for one edit: recompute once, after them.
    if (m_checksQueued)
        return;
    m_checksQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_checksQueued = false;
        runChecks();
    });
}

void AssessmentPage::runChecks()
{
    const QList<CheckProblem> problems = SubmissionCheck::run(*m_assessment);
    m_checks->clear();
    for (const CheckProblem& p : problems) {
        auto* item = new QListWidgetItem(p.message, m_checks);
        item->setData(Qt::UserRole, p.itemCode);
    }
    m_checksHeading->setText(problems.isEmpty()
                                 ? tr("No problems: ready to submit.")
                                 : tr("%n problem(s) to put right before submitting:", nullptr, int(problems.size())));
}

void AssessmentPage::refreshLock()
{
    if (!m_assessment->snapshotOf().isEmpty())
        m_banner->showMessage(tr("A read-only copy of %1 as it was at opening: the file is open elsewhere. It can be "
                                 "read and printed; nothing changed here is saved.")
                                  .arg(QDir::toNativeSeparators(m_assessment->snapshotOf())),
                              MessageBanner::Kind::Warning);
    else if (m_assessment->isLocked() && !m_assessment->feedback() && m_assessment->deadline())
        m_banner->showMessage(
            tr("The self-assessment closed on %1. It can be read and printed but no longer changed.")
                .arg(QLocale().toString(m_assessment->deadline()->toLocalTime(), QLocale::ShortFormat)),
            MessageBanner::Kind::Warning);
    // After the feedback, its banner says what is locked and why.
    const bool reportLocked = m_assessment->isLocked() || m_assessment->scoresLocked();
    m_difficulties->setReadOnly(reportLocked);
    m_proposals->setReadOnly(reportLocked);
    m_itemEditor->showItem(m_itemEditor->currentCode());
}

void AssessmentPage::refreshFeedback()
{
    const auto& manifest = m_assessment->feedbackManifest();
    const auto& feedback = m_assessment->feedback();
    const bool has = manifest && feedback;
    const bool round2 = has && (manifest->round >= 2 ||
                                std::any_of(feedback->items.cbegin(), feedback->items.cend(),
                                            [](const package::FeedbackItem& i) { return i.round2.has_value(); }));
    m_tree->header()->setSectionHidden(AssessmentTreeModel::Round1Column, !has);
    m_tree->header()->setSectionHidden(AssessmentTreeModel::Round2Column, !round2);
    m_tree->header()->setSectionHidden(AssessmentTreeModel::CommentColumn, !has);
    const int requestedIndex = m_filter->findData(int(AssessmentFilterProxy::Mode::Requested));
    if (has && requestedIndex < 0)
        m_filter->addItem(tr("Requested by Sở Nội vụ"), int(AssessmentFilterProxy::Mode::Requested));
    if (!has) {
        if (requestedIndex >= 0)
            m_filter->removeItem(requestedIndex);
        m_feedbackBanner->hide();
        return;
    }
    int requested = 0;
    for (const package::FeedbackItem& item : feedback->items)
        requested += item.request != RequestKind::None ? 1 : 0;
    const QString received = tr("Sở Nội vụ's appraisal, round %1 (feedback no. %2 of %3).")
                                 .arg(manifest->round)
                                 .arg(manifest->sequence)
                                 .arg(InputText::dateTime(manifest->created));
    QString text;
    MessageBanner::Kind kind = MessageBanner::Kind::Information;
    if (manifest->round >= 2) {
        text = received + QLatin1Char(' ') +
               tr("These are the final appraised points: nothing more can be sent for this year.");
    } else if (m_assessment->responseClosed()) {
        text = received + QLatin1Char(' ') +
               tr("The response closed on %1: explanations and evidence can no longer be sent.")
                   .arg(InputText::date(manifest->responseDeadline));
        kind = MessageBanner::Kind::Warning;
    } else if (requested == 0) {
        text = received + QLatin1Char(' ') +
               tr("Nothing is requested: the self-scores are locked and no response is needed.");
    } else {
        const QString by = manifest->responseDeadline.isValid()
                               ? tr("by %1").arg(InputText::date(manifest->responseDeadline))
                               : tr("as soon as you can");
        text = received + QLatin1Char(' ') +
               tr("%n item(s) need your explanation or evidence (highlighted; filter \"Requested by Sở Nội vụ\"). "
                  "Answer them, then send the response with Submission → Export signed package, %1. The "
                  "self-scores are locked.",
                  nullptr, requested)
                   .arg(by);
        kind = MessageBanner::Kind::Warning;
    }
    m_feedbackBanner->showMessage(text, kind);
}

void AssessmentPage::feedbackArrived()
{
    refreshFeedback();
    refreshLock();
    refreshTotals();
    refreshChecks();
    if (m_assessment->feedback() && !m_assessment->responseClosed()) {
        for (const package::FeedbackItem& item : m_assessment->feedback()->items) {
            if (item.request != RequestKind::None) {
                showRequested();
                return;
            }
        }
    }
}

void AssessmentPage::showRequested()
{
    const int index = m_filter->findData(int(AssessmentFilterProxy::Mode::Requested));
    if (index < 0)
        return;
    m_filter->setCurrentIndex(index);
    // The first requested item, ready to answer.
    QModelIndex first;
    std::function<bool(const QModelIndex&)> find = [&](const QModelIndex& parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex i = m_proxy->index(r, 0, parent);
            if (i.data(AssessmentTreeModel::RequestedRole).toBool()) {
                first = i;
                return true;
            }
            if (find(i))
                return true;
        }
        return false;
    };
    find(QModelIndex());
    if (first.isValid())
        m_tree->setCurrentIndex(first);
}

void AssessmentPage::chooseFilesFor(const QString& code)
{
    const QStringList paths =
        Dialogs::openFileNames(this, tr("Attach evidence to %1").arg(code),
                               tr("Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.tif "
                                  "*.tiff *.zip);;All files (*)"));
    if (!paths.isEmpty())
        attachFiles(paths, {code});
}

bool AssessmentPage::attaching() const
{
    return m_attachTask && m_attachTask->running();
}

void AssessmentPage::cancelAttaching()
{
    if (m_attachTask)
        m_attachTask->cancel();
}

void AssessmentPage::attachFiles(const QStringList& paths, const QStringList& items)
{
    if (attaching() || paths.isEmpty())
        return;
    // The copy runs on the worker (files only); each copied file is recorded here, in order.
    delete m_attachTask;
    m_attachTask =
        new BackgroundTask(this, tr("Copying documents into the evidence store…"), QStringLiteral("attachProgress"));
    const QString folder = m_assessment->evidenceStore().folder();
    auto attached = std::make_shared<int>(0);
    auto failures = std::make_shared<QStringList>();
    m_attachTask->start(
        [this, folder, paths, items, attached, failures](const TaskControl& control) {
            qint64 total = 0;
            for (const QString& path : paths)
                total += QFileInfo(path).size();
            qint64 before = 0;
            for (const QString& path : paths) {
                if (control.cancelled())
                    return;
                const QString name = QFileInfo(path).fileName();
                control.setLabel(tr("Copying %1 into the evidence store…").arg(name));
                const auto blob = UnitAssessment::storeFile(
                    EvidenceStore(folder), path, [&](qint64 done) { control.progress(before + done, total); },
                    control.cancelFlag());
                before += QFileInfo(path).size();
                if (!blob) {
                    if (!control.cancelled())
                        control.post([failures, name, error = blob.error()] {
                            failures->append(tr("%1: %2").arg(name, error));
                        });
                    continue;
                }
                control.post([this, blob = blob.value(), path, items, attached, failures, name] {
                    const auto id = m_editor->attach(blob, path, items);
                    if (id)
                        ++*attached;
                    else
                        failures->append(tr("%1: %2").arg(name, id.error()));
                });
            }
        },
        [this, items, attached, failures](bool cancelled) {
            if (!failures->isEmpty())
                m_banner->showMessage(tr("Not attached: %1").arg(failures->join(QStringLiteral("; "))),
                                      MessageBanner::Kind::Error);
            else if (*attached > 0)
                m_banner->showMessage(
                    tr("%n document(s) attached to %1. Add the number (số/ký hiệu) and date of each in the "
                       "evidence list.",
                       nullptr, *attached)
                        .arg(items.join(QStringLiteral(", "))),
                    MessageBanner::Kind::Information);
            else if (cancelled)
                m_banner->showMessage(tr("Attaching was cancelled; nothing was added."), MessageBanner::Kind::Warning);
        });
}

void AssessmentPage::editDocument(qint64 evidenceId)
{
    for (const EvidenceDocument& d : m_assessment->evidence()) {
        if (d.id != evidenceId)
            continue;
        auto* dialog = new EvidenceDialog(d, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            if (Status s = m_editor->updateDocument(dialog->document()); !s)
                m_banner->showMessage(s.error(), MessageBanner::Kind::Error);
        });
        dialog->open();
        return;
    }
}

void AssessmentPage::openDocument(qint64 evidenceId)
{
    for (const EvidenceDocument& d : m_assessment->evidence()) {
        if (d.id != evidenceId)
            continue;
        // The store names files by hash; give the system viewer a copy with the document's name.
        const QString folder = QDir::tempPath() + QStringLiteral("/parindex-open");
        QDir().mkpath(folder);
        const QString copy = folder + QLatin1Char('/') + QFileInfo(d.displayName).fileName();
        QFile::remove(copy);
        if (!QFile::copy(m_assessment->evidenceStore().pathFor(d.sha256), copy) ||
            !QDesktopServices::openUrl(QUrl::fromLocalFile(copy)))
            m_banner->showMessage(tr("Cannot open %1 with the system viewer.").arg(d.displayName),
                                  MessageBanner::Kind::Error);
        return;
    }
}

} // namespace parindex::ui
