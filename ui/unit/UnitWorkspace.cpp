#include "ui/unit/UnitWorkspace.h"

#include "core/common/Clock.h"
#include "core/reports/SelfAssessmentReport.h"
#include "ui/common/Dialogs.h"
#include "ui/common/InputText.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Printing.h"
#include "ui/unit/AssessmentPage.h"
#include "ui/unit/FeedbackActions.h"
#include "ui/unit/ItemEditor.h"
#include "ui/unit/KeyPage.h"
#include "ui/unit/SubmissionActions.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace parindex::ui {

UnitWorkspace::UnitWorkspace(std::shared_ptr<UnitAssessment> unit, MessageBanner* banner, QWidget* parent)
    : Workspace(banner, parent), m_page(new AssessmentPage(unit, banner, this)),
      m_submission(new SubmissionActions(m_page->assessment(), banner, this)),
      m_feedback(new FeedbackActions(m_page->assessment(), banner, this)),
      m_keyPage(new KeyPage(m_page->assessment(), *m_submission, banner, m_page->tabs())), m_editMenu(new QMenu(this)),
      m_reportMenu(new QMenu(this)), m_submissionMenu(new QMenu(this)), m_totals(new QLabel(this)),
      m_deadline(new QLabel(this))
{
    setObjectName(QStringLiteral("unitWorkspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    m_page->tabs()->addTab(m_keyPage, QString());

    QUndoStack* stack = m_page->editor().undoStack();
    // What is being typed becomes an edit of its own first, so that undo takes back what the user
    // last did, and the next redo is the right one.
    m_undo = m_editMenu->addAction(QString(), this, [this, stack] {
        m_page->commitPendingEdits();
        stack->undo();
    });
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
    m_redo = m_editMenu->addAction(QString(), this, [this, stack] {
        m_page->commitPendingEdits();
        if (stack->canRedo()) // typing may have made a new edit: nothing is left to redo then
            stack->redo();
    });
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    // Ctrl+Shift+Z and Ctrl+Y, each once: the platform's Redo may already be one of them, and a
    // shortcut given twice is ambiguous and does nothing.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& k : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    }
    m_redo->setShortcuts(redoKeys);
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), style()->standardIcon(QStyle::SP_ArrowForward)));
    connect(stack, &QUndoStack::indexChanged, this, &UnitWorkspace::updateUndoActions);

    m_exportReport = m_reportMenu->addAction(QString(), this, &UnitWorkspace::exportReport);
    m_exportReport->setObjectName(QStringLiteral("actionExportReport"));
    m_exportReport->setIcon(
        QIcon::fromTheme(QStringLiteral("document-export"), style()->standardIcon(QStyle::SP_DialogSaveButton)));
    m_printPreview = m_reportMenu->addAction(QString(), this, &UnitWorkspace::printPreview);
    m_printPreview->setObjectName(QStringLiteral("actionPrintPreview"));
    m_printPreview->setShortcut(QKeySequence::Print);
    m_printPreview->setIcon(QIcon::fromTheme(QStringLiteral("document-print-preview"),
                                             style()->standardIcon(QStyle::SP_FileDialogContentsView)));

    m_createKey = m_submissionMenu->addAction(QString(), m_submission, &SubmissionActions::createKey);
    m_createKey->setObjectName(QStringLiteral("actionCreateKey"));
    m_showKey = m_submissionMenu->addAction(QString(), this, &UnitWorkspace::showKeyPage);
    m_showKey->setObjectName(QStringLiteral("actionSigningKey"));
    m_submissionMenu->addSeparator();
    // What is being typed goes into the package: the unit signs what it sees.
    m_exportPackage = m_submissionMenu->addAction(QString(), this, [this] {
        m_page->commitPendingEdits();
        m_submission->exportPackage();
    });
    m_exportPackage->setObjectName(QStringLiteral("actionExportPackage"));
    m_exportPackage->setIcon(QIcon::fromTheme(QStringLiteral("mail-send"), style()->standardIcon(QStyle::SP_ArrowUp)));
    // Sở Nội vụ's feedback after its appraisal, verified with its key.
    m_submissionMenu->addSeparator();
    m_enrolCentreKey = m_submissionMenu->addAction(QString(), m_feedback, &FeedbackActions::enrolCentreKey);
    m_enrolCentreKey->setObjectName(QStringLiteral("actionEnrolCentreKey"));
    m_importFeedback = m_submissionMenu->addAction(QString(), this, [this] {
        m_page->commitPendingEdits();
        m_feedback->importFeedback();
    });
    m_importFeedback->setObjectName(QStringLiteral("actionImportFeedback"));
    m_importFeedback->setIcon(
        QIcon::fromTheme(QStringLiteral("mail-receive"), style()->standardIcon(QStyle::SP_ArrowDown)));
    connect(&m_page->assessment(), &UnitAssessment::feedbackChanged, this, &UnitWorkspace::updateDeadline);

    m_totals->setObjectName(QStringLiteral("statusTotals"));
    m_deadline->setObjectName(QStringLiteral("statusDeadline"));
    addStatusWidget(m_deadline);
    addStatusWidget(m_totals);
    connect(m_page, &AssessmentPage::totalsChanged, m_totals, &QLabel::setText);
    connect(&m_page->assessment(), &UnitAssessment::deadlineChanged, this, &UnitWorkspace::updateDeadline);
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &UnitWorkspace::updateDeadline);
    timer->start(30000);

    // A read-only copy of a file open elsewhere can be read, printed and reported; it makes no
    // key and signs no package (its version numbers belong to the file it copies).
    if (!m_page->assessment().snapshotOf().isEmpty()) {
        m_createKey->setEnabled(false);
        m_exportPackage->setEnabled(false);
        m_enrolCentreKey->setEnabled(false);
        m_importFeedback->setEnabled(false);
    }

    retranslate();
    m_page->selectItem(m_page->assessment().set().leaves().value(0)->code);
    m_page->refreshTotals();
    updateDeadline();
}

QString UnitWorkspace::filePath() const
{
    return m_page->assessment().path();
}

QList<QAction*> UnitWorkspace::toolBarActions() const
{
    return {m_undo, m_redo, m_exportReport, m_printPreview, m_exportPackage};
}

void UnitWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Workspace::changeEvent(event);
}

void UnitWorkspace::retranslate()
{
    m_editMenu->setTitle(tr("&Edit"));
    m_reportMenu->setTitle(tr("&Report"));
    m_submissionMenu->setTitle(tr("&Submission"));
    m_exportReport->setText(tr("&Export self-assessment report (PDF)…"));
    m_printPreview->setText(tr("&Print preview…"));
    m_createKey->setText(tr("Create &signing key…"));
    m_showKey->setText(tr("Signing &key and enrolment letter"));
    m_exportPackage->setText(tr("E&xport signed package…"));
    m_enrolCentreKey->setText(tr("&Enrol Sở Nội vụ's key…"));
    m_importFeedback->setText(tr("&Import feedback of Sở Nội vụ…"));
    m_page->tabs()->setTabText(m_page->tabs()->indexOf(m_keyPage), tr("Signing key"));
    updateUndoActions();
    updateDeadline();
}

void UnitWorkspace::updateUndoActions()
{
    const QUndoStack* stack = m_page->editor().undoStack();
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    // The toolbar keeps short labels, so that its buttons do not move or overflow.
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
    m_undo->setToolTip(m_undo->text().remove(QLatin1Char('&')));
    m_redo->setToolTip(m_redo->text().remove(QLatin1Char('&')));
}

void UnitWorkspace::updateDeadline()
{
    // After Sở Nội vụ's feedback, the response's deadline is the one that counts.
    if (const auto& feedback = m_page->assessment().feedbackManifest()) {
        m_deadline->setStyleSheet(QString());
        if (feedback->round >= 2)
            m_deadline->setText(tr("Appraisal final"));
        else if (m_page->assessment().responseClosed()) {
            m_deadline->setText(tr("Response closed — read only"));
            m_deadline->setStyleSheet(QStringLiteral("color:#c62828; font-weight:bold"));
        } else if (feedback->responseDeadline.isValid()) {
            const qint64 days = Clock::now().toLocalTime().date().daysTo(feedback->responseDeadline);
            m_deadline->setText(tr("Response due %1 (%n day(s) left)", nullptr, int(qMax<qint64>(0, days)))
                                    .arg(InputText::date(feedback->responseDeadline)));
            m_deadline->setStyleSheet(days < 3 ? QStringLiteral("color:#c62828") : QString());
        } else
            m_deadline->setText(tr("Feedback received"));
        return;
    }
    const auto deadline = m_page->assessment().deadline();
    if (!deadline) {
        m_deadline->clear();
        return;
    }
    const qint64 seconds = Clock::now().secsTo(*deadline);
    if (seconds <= 0) {
        m_deadline->setText(tr("Closed — read only"));
        m_deadline->setStyleSheet(QStringLiteral("color:#c62828; font-weight:bold"));
        return;
    }
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    m_deadline->setText(tr("Deadline in %1 d %2 h (%3)")
                            .arg(days)
                            .arg(hours)
                            .arg(QLocale().toString(deadline->toLocalTime(), QLocale::ShortFormat)));
    m_deadline->setStyleSheet(days < 3 ? QStringLiteral("color:#c62828") : QString());
}

void UnitWorkspace::prepareToClose()
{
    m_page->commitPendingEdits();
    m_page->cancelAttaching();
    m_submission->cancel();
}

bool UnitWorkspace::busy() const
{
    return m_page->attaching() || m_submission->running();
}

void UnitWorkspace::showKeyPage()
{
    m_page->tabs()->setCurrentWidget(m_keyPage);
}

void UnitWorkspace::exportReport()
{
    m_page->commitPendingEdits();
    const UnitAssessment& unit = m_page->assessment();
    const QString suggested =
        QFileInfo(unit.path())
            .absoluteDir()
            .filePath(QStringLiteral("bao-cao-tu-danh-gia-%1-%2.pdf").arg(unit.unit().code).arg(unit.year()));
    const QString path =
        Dialogs::saveFileName(this, tr("Export the self-assessment report"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = SelfAssessmentReport(unit).writePdf(path); !s) {
        banner()->showMessage(s.error(), MessageBanner::Kind::Error);
        return;
    }
    banner()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)),
                          MessageBanner::Kind::Information);
}

void UnitWorkspace::printPreview()
{
    m_page->commitPendingEdits();
    const UnitAssessment& unit = m_page->assessment();
    showPrintPreview(this, QStringLiteral("printPreview"),
                     [&unit](QTextDocument& document) { SelfAssessmentReport(unit).build(document); });
}

} // namespace parindex::ui
