#include "ui/unit/ItemEditor.h"

#include "core/common/Text.h"
#include "ui/common/Format.h"
#include "ui/common/InputText.h"
#include "ui/common/RuleInputEditor.h"

#include <QDragEnterEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parindex::ui {

namespace {
QLabel* wrapped(QWidget* parent, const QString& name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

ItemEditor::ItemEditor(AssessmentEditor& editor, QWidget* parent) : QWidget(parent), m_editor(editor)
{
    setObjectName(QStringLiteral("itemEditor"));
    setAcceptDrops(true);
    buildUi();
    connect(&m_editor.assessment(), &UnitAssessment::itemChanged, this, [this](const QString& code) {
        if (code == m_code)
            refresh();
    });
    connect(&m_editor.assessment(), &UnitAssessment::evidenceChanged, this, &ItemEditor::refreshEvidence);
    connect(&m_editor.assessment(), &UnitAssessment::feedbackChanged, this, &ItemEditor::refresh);
    showItem(QString());
}

void ItemEditor::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    m_heading = wrapped(this, QStringLiteral("itemHeading"));
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_heading->setFont(f);
    m_maxLabel = wrapped(this, QStringLiteral("itemMax"));
    layout->addWidget(m_heading);
    layout->addWidget(m_maxLabel);

    // Sở Nội vụ's appraisal of the item, once its feedback is in: above the unit's own score.
    m_appraisalBox = new QGroupBox(tr("Appraisal by Sở Nội vụ"), this);
    m_appraisalBox->setObjectName(QStringLiteral("appraisalBox"));
    auto* appraisalLayout = new QVBoxLayout(m_appraisalBox);
    m_appraisal = wrapped(m_appraisalBox, QStringLiteral("itemAppraisal"));
    m_appraisal->setTextFormat(Qt::RichText);
    appraisalLayout->addWidget(m_appraisal);
    layout->addWidget(m_appraisalBox);

    m_scoreBox = new QGroupBox(tr("Self score"), this);
    m_scoreBox->setObjectName(QStringLiteral("scoreBox"));
    auto* scoreLayout = new QVBoxLayout(m_scoreBox);
    m_input = new RuleInputEditor(m_scoreBox);
    connect(m_input, &RuleInputEditor::inputEdited, this, &ItemEditor::apply);
    scoreLayout->addWidget(m_input);
    m_scoreLocked = wrapped(m_scoreBox, QStringLiteral("scoreLockedLabel"));
    m_scoreLocked->setStyleSheet(QStringLiteral("color:#616161"));
    scoreLayout->addWidget(m_scoreLocked);
    layout->addWidget(m_scoreBox);

    auto* guideBox = new QGroupBox(tr("Guidance"), this);
    auto* guideLayout = new QVBoxLayout(guideBox);
    m_guidance = wrapped(guideBox, QStringLiteral("guidanceLabel"));
    m_expected = wrapped(guideBox, QStringLiteral("expectedEvidenceLabel"));
    guideLayout->addWidget(m_guidance);
    guideLayout->addWidget(m_expected);
    layout->addWidget(guideBox);

    auto* evidenceBox = new QGroupBox(tr("Evidence documents"), this);
    auto* evidenceLayout = new QVBoxLayout(evidenceBox);
    m_documents = new QListWidget(evidenceBox);
    m_documents->setObjectName(QStringLiteral("itemDocuments"));
    m_documents->setMinimumHeight(70);
    auto* buttons = new QHBoxLayout();
    m_addFiles = new QPushButton(tr("Add files…"), evidenceBox);
    m_addFiles->setObjectName(QStringLiteral("addFilesButton"));
    m_unlink = new QPushButton(tr("Unlink"), evidenceBox);
    m_unlink->setObjectName(QStringLiteral("unlinkButton"));
    m_open = new QPushButton(tr("Open"), evidenceBox);
    m_open->setObjectName(QStringLiteral("openDocumentButton"));
    connect(m_addFiles, &QPushButton::clicked, this, [this] { emit addFilesRequested(m_code); });
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        if (auto* item = m_documents->currentItem()) {
            if (Status s = m_editor.unlink(item->data(Qt::UserRole).toLongLong(), m_code); !s)
                showError(s.error());
        }
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (auto* item = m_documents->currentItem())
            emit openDocumentRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_documents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit openDocumentRequested(item->data(Qt::UserRole).toLongLong()); });
    buttons->addWidget(m_addFiles);
    buttons->addWidget(m_unlink);
    buttons->addWidget(m_open);
    buttons->addStretch();
    evidenceLayout->addWidget(m_documents);
    evidenceLayout->addLayout(buttons);
    auto* dropHint = new QLabel(tr("Drop files here to attach them to this item."), evidenceBox);
    dropHint->setStyleSheet(QStringLiteral("color:#757575"));
    evidenceLayout->addWidget(dropHint);
    layout->addWidget(evidenceBox);

    auto* explanationBox = new QGroupBox(tr("Explanation (giải trình)"), this);
    auto* explanationLayout = new QVBoxLayout(explanationBox);
    m_explanation = new QPlainTextEdit(explanationBox);
    m_explanation->setObjectName(QStringLiteral("explanationEdit"));
    m_explanation->setPlaceholderText(tr("Where evidence is missing, explain how the item was scored."));
    m_explanation->setTabChangesFocus(true);
    m_explanation->setMaximumHeight(90);
    explanationLayout->addWidget(m_explanation);
    layout->addWidget(explanationBox);
    layout->addStretch();
}

void ItemEditor::showItem(const QString& code)
{
    commitExplanation();
    m_code = code;
    m_input->clearError();
    refresh();
}

void ItemEditor::commitExplanation()
{
    if (m_code.isEmpty() || m_updating || m_explanation->isReadOnly())
        return;
    const QString text = m_explanation->toPlainText();
    if (text.trimmed() == m_editor.assessment().stored(m_code).explanation)
        return;
    if (Status s = m_editor.setExplanation(m_code, text); !s)
        showError(s.error());
}

bool ItemEditor::answerable() const
{
    const UnitAssessment& a = m_editor.assessment();
    return !m_code.isEmpty() && !a.isLocked() && (!a.scoresLocked() || a.isRequested(m_code));
}

void ItemEditor::refresh()
{
    const UnitAssessment& a = m_editor.assessment();
    const CriteriaNode* node = m_code.isEmpty() ? nullptr : a.set().find(m_code);
    const bool leaf = node && node->isLeaf();
    for (QWidget* w : findChildren<QGroupBox*>())
        w->setVisible(leaf);
    if (!leaf) {
        m_heading->setText(node ? QStringLiteral("%1 %2").arg(node->code, node->title)
                                : tr("Choose an item in the tree."));
        m_maxLabel->setText(node ? tr("Max %1 points").arg(formatPoints(node->max)) : QString());
        m_input->setItem(nullptr, nullptr, ItemInput::none());
        return;
    }
    const QSignalBlocker block(this);
    m_updating = true;
    const bool locked = a.isLocked();
    const StoredInput& stored = a.stored(m_code);
    const NodeResult* result = a.evaluation().node(m_code);
    m_heading->setText(QStringLiteral("%1  %2").arg(node->code, node->title));
    QString scoreText = tr("Max %1 points").arg(formatPoints(node->max));
    if (result && result->item.state == ItemScore::State::Scored)
        scoreText += QStringLiteral(" · ") + tr("self score %1").arg(formatPoints(result->achieved));
    m_maxLabel->setText(scoreText);
    m_guidance->setText(node->guidance.isEmpty() ? tr("No guidance in the criteria set.") : node->guidance);
    m_expected->setText(node->evidence.isEmpty() ? QString() : tr("Expected evidence: %1").arg(node->evidence));

    if (m_input->node() != node)
        m_input->setItem(&a.set(), node, stored.input);
    else
        m_input->setInput(stored.input);
    m_input->setEditable(!locked && !a.scoresLocked());
    m_scoreLocked->setVisible(a.scoresLocked() && !node->isSurvey());
    m_scoreLocked->setText(tr("Locked: Sở Nội vụ has appraised the self-scores. Answer its requests with "
                              "explanations and evidence."));
    const bool answer = answerable();
    m_explanation->setPlainText(stored.explanation);
    m_explanation->setReadOnly(!answer);
    m_explanation->setPlaceholderText(answer ? tr("Where evidence is missing, explain how the item was scored.")
                                             : QString());
    m_addFiles->setEnabled(answer);
    m_unlink->setEnabled(answer);
    m_updating = false;
    refreshAppraisal();
    refreshEvidence();
}

void ItemEditor::refreshAppraisal()
{
    const UnitAssessment& a = m_editor.assessment();
    const package::FeedbackItem* item = m_code.isEmpty() ? nullptr : a.feedbackFor(m_code);
    const CriteriaNode* node = m_code.isEmpty() ? nullptr : a.set().find(m_code);
    m_appraisalBox->setVisible(item && node);
    if (!item || !node) {
        m_appraisal->clear();
        return;
    }
    auto esc = [](const QString& text) { return safeForDisplay(text).toHtmlEscaped(); };
    QStringList lines;
    if (item->round1)
        lines << tr("<b>Round 1:</b> %1 points — %2")
                     .arg(InputText::points(item->round1Points, QStringLiteral("0")),
                          esc(InputText::describe(*node, *item->round1)));
    if (!item->round1Comment.isEmpty())
        lines << tr("<i>Comment:</i> %1").arg(esc(item->round1Comment));
    if (item->round2)
        lines << tr("<b>Round 2 (final):</b> %1 points — %2")
                     .arg(InputText::points(item->round2Points, QStringLiteral("0")),
                          esc(InputText::describe(*node, *item->round2)));
    if (!item->round2Comment.isEmpty())
        lines << tr("<i>Comment:</i> %1").arg(esc(item->round2Comment));
    if (item->request != RequestKind::None) {
        const QString what = item->request == RequestKind::Evidence
                                 ? tr("Sở Nội vụ asks for evidence: attach the documents below.")
                                 : tr("Sở Nội vụ asks for an explanation: write it below.");
        lines << QStringLiteral("<span style=\"color:#8a4b00\"><b>%1</b></span>").arg(what.toHtmlEscaped());
    }
    m_appraisal->setText(lines.join(QStringLiteral("<br/>")));
    m_appraisalBox->setStyleSheet(
        item->request != RequestKind::None ? QStringLiteral("#appraisalBox{background:#fff4e5;}") : QString());
}

void ItemEditor::refreshEvidence()
{
    m_documents->clear();
    if (m_code.isEmpty())
        return;
    for (const EvidenceDocument& d : m_editor.assessment().evidenceFor(m_code)) {
        QStringList parts{d.displayName};
        if (!d.number.isEmpty())
            parts << d.number;
        if (d.issuedOn.isValid())
            parts << QLocale().toString(d.issuedOn, QLocale::ShortFormat);
        auto* item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_documents);
        item->setData(Qt::UserRole, d.id);
        item->setToolTip(d.summary);
    }
}

void ItemEditor::apply(const ItemInput& input)
{
    m_input->clearError();
    if (Status s = m_editor.setScore(m_code, input); !s) {
        refresh();
        showError(s.error());
    }
}

void ItemEditor::showError(const QString& message)
{
    m_input->showError(message);
}

void ItemEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && answerable())
        event->acceptProposedAction();
}

void ItemEditor::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        emit attachRequested(paths, m_code);
        event->acceptProposedAction();
    }
}

} // namespace parindex::ui
