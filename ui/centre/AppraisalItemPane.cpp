#include "ui/centre/AppraisalItemPane.h"

#include "core/common/Text.h"
#include "ui/common/EvidenceViewer.h"
#include "ui/common/Format.h"
#include "ui/common/InputText.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/RuleInputEditor.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parindex::ui {

namespace {
constexpr int ShaRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;

QLabel* wrapped(QWidget* parent, const QString& name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString esc(const QString& text)
{
    return safeForDisplay(text).toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}
} // namespace

AppraisalItemPane::AppraisalItemPane(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent)
    : QWidget(parent), m_centre(std::move(centre)), m_banner(banner)
{
    setObjectName(QStringLiteral("appraisalItemPane"));
    buildUi();
    refresh();
}

void AppraisalItemPane::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    m_heading = wrapped(this, QStringLiteral("appraisalItemHeading"));
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_heading->setFont(f);
    m_summary = wrapped(this, QStringLiteral("appraisalItemSummary"));
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);

    // What the unit entered, in words.
    m_selfBox = new QGroupBox(this);
    m_selfBox->setObjectName(QStringLiteral("selfBox"));
    auto* selfLayout = new QVBoxLayout(m_selfBox);
    m_selfInput = wrapped(m_selfBox, QStringLiteral("selfInputLabel"));
    m_selfInput->setTextFormat(Qt::RichText);
    m_selfExplanation = wrapped(m_selfBox, QStringLiteral("selfExplanationLabel"));
    m_selfExplanation->setTextFormat(Qt::RichText);
    m_changed = wrapped(m_selfBox, QStringLiteral("changedLabel"));
    m_changed->setStyleSheet(QStringLiteral("color:#0d47a1"));
    selfLayout->addWidget(m_selfInput);
    selfLayout->addWidget(m_selfExplanation);
    selfLayout->addWidget(m_changed);
    layout->addWidget(m_selfBox);

    m_evidenceBox = new QGroupBox(this);
    m_evidenceBox->setObjectName(QStringLiteral("evidenceBox"));
    auto* evidenceLayout = new QVBoxLayout(m_evidenceBox);
    m_evidence = new QTreeWidget(m_evidenceBox);
    m_evidence->setObjectName(QStringLiteral("appraisalEvidence"));
    m_evidence->setRootIsDecorated(false);
    m_evidence->setAlternatingRowColors(true);
    m_evidence->setUniformRowHeights(true);
    m_evidence->setColumnCount(3);
    m_evidence->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_evidence->setTextElideMode(Qt::ElideRight);
    // Number and date as wide as they need; the summary takes the rest (the file's name is in the tip).
    m_evidence->header()->setStretchLastSection(false);
    m_evidence->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_evidence->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_evidence->header()->setMaximumSectionSize(fontMetrics().averageCharWidth() * 18);
    m_evidence->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_evidence, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        openDocument(item->data(0, ShaRole).toString(), item->data(0, NameRole).toString());
    });
    m_open = new QPushButton(m_evidenceBox);
    m_open->setObjectName(QStringLiteral("openEvidenceButton"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_evidence->currentItem())
            openDocument(item->data(0, ShaRole).toString(), item->data(0, NameRole).toString());
    });
    connect(m_evidence, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { m_open->setEnabled(current != nullptr); });
    m_noEvidence = wrapped(m_evidenceBox, QStringLiteral("noEvidenceLabel"));
    m_noEvidence->setStyleSheet(QStringLiteral("color:#757575"));
    auto* openRow = new QHBoxLayout();
    openRow->addStretch();
    openRow->addWidget(m_open);
    evidenceLayout->addWidget(m_evidence);
    evidenceLayout->addWidget(m_noEvidence);
    evidenceLayout->addLayout(openRow);
    layout->addWidget(m_evidenceBox);

    m_round1Box = new QGroupBox(this);
    m_round1Box->setObjectName(QStringLiteral("round1Box"));
    auto* round1Layout = new QVBoxLayout(m_round1Box);
    m_round1 = wrapped(m_round1Box, QStringLiteral("round1Label"));
    m_round1->setTextFormat(Qt::RichText);
    round1Layout->addWidget(m_round1);
    layout->addWidget(m_round1Box);

    // The appraiser's decision.
    m_editBox = new QGroupBox(this);
    m_editBox->setObjectName(QStringLiteral("appraisalEditBox"));
    auto* editLayout = new QVBoxLayout(m_editBox);
    m_input = new RuleInputEditor(m_editBox);
    m_input->setObjectName(QStringLiteral("appraisalInput"));
    connect(m_input, &RuleInputEditor::inputEdited, this, [this](const ItemInput& input) { save(input); });
    editLayout->addWidget(m_input);
    m_comment = new QPlainTextEdit(m_editBox);
    m_comment->setObjectName(QStringLiteral("appraisalComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(64);
    m_comment->installEventFilter(this);
    m_requestRow = new QWidget(m_editBox);
    auto* requestLayout = new QHBoxLayout(m_requestRow);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    m_requestLabel = new QLabel(m_requestRow);
    m_requestLabel->setObjectName(QStringLiteral("appraisalRequestLabel"));
    m_request = new QComboBox(m_requestRow);
    m_request->setObjectName(QStringLiteral("appraisalRequest"));
    connect(m_request, &QComboBox::activated, this, [this] {
        if (m_updating)
            return;
        // A request says what is wanted in the comment: asked for first, saved with it.
        if (chosenRequest() != RequestKind::None && m_comment->toPlainText().trimmed().isEmpty()) {
            m_status->setText(tr("Write in the comment what the unit should explain or add; the request is saved "
                                 "with it."));
            m_comment->setFocus();
            return;
        }
        save(baseInput());
    });
    requestLayout->addWidget(m_requestLabel);
    requestLayout->addWidget(m_request, 1);
    editLayout->addWidget(m_comment);
    editLayout->addWidget(m_requestRow);
    m_status = wrapped(m_editBox, QStringLiteral("appraisalStatus"));
    m_status->setStyleSheet(QStringLiteral("color:#616161"));
    editLayout->addWidget(m_status);
    m_acceptNext = new QPushButton(m_editBox);
    m_acceptNext->setObjectName(QStringLiteral("acceptNextButton"));
    m_acceptNext->setDefault(false);
    m_acceptNext->setAutoDefault(false);
    connect(m_acceptNext, &QPushButton::clicked, this, &AppraisalItemPane::acceptAndNextRequested);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(m_acceptNext);
    buttons->addStretch();
    editLayout->addLayout(buttons);
    layout->addWidget(m_editBox);
    layout->addStretch();
}

bool AppraisalItemPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_comment && event->type() == QEvent::FocusOut)
        commitComment();
    return QWidget::eventFilter(watched, event);
}

void AppraisalItemPane::setAppraiser(const QString& name)
{
    m_appraiser = name;
    refresh();
}

const AppraisalItem* AppraisalItemPane::item() const
{
    return m_unit && !m_code.isEmpty() ? m_unit->item(m_code) : nullptr;
}

bool AppraisalItemPane::canEdit() const
{
    return m_unit && m_unit->editableRound > 0 && !m_appraiser.isEmpty() && item();
}

const std::optional<ItemAppraisal>& AppraisalItemPane::currentRoundAppraisal() const
{
    static const std::optional<ItemAppraisal> none;
    const AppraisalItem* i = item();
    if (!i)
        return none;
    const int round = m_unit->editableRound > 0                              ? m_unit->editableRound
                      : i->round2 || m_unit->stage >= AppraisalStage::Round2 ? 2
                                                                             : 1;
    return round == 2 ? i->round2 : i->round1;
}

std::optional<ItemInput> AppraisalItemPane::baseInput() const
{
    const AppraisalItem* i = item();
    if (!i)
        return std::nullopt;
    if (const auto& current = currentRoundAppraisal())
        return current->input;
    // Round 2 starts from round 1's decision; round 1 from the unit's own score.
    if (m_unit->editableRound == 2 && i->round1)
        return i->round1->input;
    return std::nullopt;
}

RequestKind AppraisalItemPane::chosenRequest() const
{
    if (m_unit && m_unit->editableRound == 2)
        return currentRoundAppraisal() ? currentRoundAppraisal()->request : RequestKind::None;
    return RequestKind(m_request->currentData().toInt());
}

void AppraisalItemPane::showItem(std::shared_ptr<const UnitAppraisal> unit, const QString& code)
{
    // The same item again (after a save, or a change made elsewhere) keeps what is being typed.
    const bool same = m_unit && unit && m_unit->unit.code == unit->unit.code && code == m_code;
    const bool typing = same && m_comment->toPlainText().trimmed() != m_storedComment;
    const QString typed = m_comment->toPlainText();
    const bool requestPending = same && RequestKind(m_request->currentData().toInt()) != m_storedRequest;
    const QVariant request = m_request->currentData();
    m_unit = std::move(unit);
    m_code = code;
    if (!same)
        m_input->clearError();
    refresh();
    if (typing && !m_comment->isReadOnly())
        m_comment->setPlainText(typed);
    if (requestPending && m_request->isEnabled())
        m_request->setCurrentIndex(qMax(0, m_request->findData(request)));
}

bool AppraisalItemPane::commitComment()
{
    if (!canEdit() || m_updating || m_saving)
        return true;
    if (m_comment->toPlainText().trimmed() == m_storedComment &&
        (m_unit->editableRound != 1 || chosenRequest() == m_storedRequest))
        return true;
    return save(baseInput());
}

bool AppraisalItemPane::acceptSelf()
{
    if (!canEdit())
        return false;
    // Round 2 keeps round 1's decision; round 1 takes the unit's own score.
    const AppraisalItem* i = item();
    if (m_unit->editableRound == 2 && i->round1)
        return save(i->round1->input);
    return save(std::nullopt);
}

bool AppraisalItemPane::save(const std::optional<ItemInput>& input)
{
    if (!canEdit() || m_saving)
        return false;
    const QScopedValueRollback<bool> saving(m_saving, true);
    AppraisalEdit edit;
    edit.input = input;
    edit.comment = m_comment->toPlainText().trimmed();
    edit.request = chosenRequest();
    if (const auto& current = currentRoundAppraisal())
        edit.expectedVersion = current->version;
    const int year = m_unit->year;
    const QString unitCode = m_unit->unit.code;
    const QString code = m_code;
    // The service announces the change; the page reloads the unit and shows this item again.
    if (Status s = m_centre->appraisal().appraise(year, unitCode, code, edit, m_appraiser); !s) {
        m_banner->showMessage(tr("Item %1 was not saved: %2").arg(code, s.error()), MessageBanner::Kind::Error);
        refresh();
        m_input->showError(s.error());
        return false;
    }
    return true;
}

void AppraisalItemPane::refresh()
{
    m_updating = true;
    const AppraisalItem* i = item();
    const CriteriaNode* node =
        i ? i->node : (m_unit && m_unit->set && !m_code.isEmpty() ? m_unit->set->find(m_code) : nullptr);
    m_selfBox->setTitle(m_unit && m_unit->sequence > 0
                            ? tr("The unit's self-assessment (version %1)").arg(m_unit->sequence)
                            : tr("The unit's self-assessment"));
    m_evidenceBox->setTitle(tr("Evidence"));
    m_round1Box->setTitle(tr("Round 1"));
    m_open->setText(tr("Open (read only)"));
    m_evidence->setHeaderLabels({tr("Number"), tr("Date"), tr("Summary")});
    m_requestLabel->setText(tr("Ask the unit:"));
    m_comment->setPlaceholderText(tr("Comment for the unit (sent with the feedback)"));
    {
        const QVariant chosen = m_request->currentData();
        m_request->clear();
        m_request->addItem(tr("Nothing"), int(RequestKind::None));
        m_request->addItem(tr("Request an explanation"), int(RequestKind::Explanation));
        m_request->addItem(tr("Request evidence"), int(RequestKind::Evidence));
        m_request->setCurrentIndex(qMax(0, m_request->findData(chosen)));
    }

    if (!node || !node->isLeaf()) {
        m_heading->setText(node     ? QStringLiteral("%1  %2").arg(node->code, node->title)
                           : m_unit ? tr("Choose an item in the tree.")
                                    : tr("Choose a unit."));
        m_summary->setText(node ? tr("Max %1 points").arg(formatPoints(node->max)) : QString());
        for (QGroupBox* b : {m_selfBox, m_evidenceBox, m_round1Box, m_editBox})
            b->hide();
        m_storedComment.clear();
        m_comment->clear();
        m_updating = false;
        return;
    }
    m_heading->setText(QStringLiteral("%1  %2").arg(node->code, node->title));
    if (!i) {
        m_summary->setText(tr("Max %1 points · scored through the sociological survey, not appraised here.")
                               .arg(formatPoints(node->max)));
        for (QGroupBox* b : {m_selfBox, m_evidenceBox, m_round1Box, m_editBox})
            b->hide();
        m_storedComment.clear();
        m_comment->clear();
        m_updating = false;
        return;
    }
    QStringList summary{tr("Max %1 points").arg(formatPoints(node->max))};
    summary << tr("self %1").arg(InputText::points(i->selfPoints, QStringLiteral("—")));
    if (i->finalPoints || i->round1)
        summary << tr("final %1").arg(InputText::points(i->finalPoints, QStringLiteral("—")));
    m_summary->setText(summary.join(QStringLiteral(" · ")));

    // The unit's input, in words.
    m_selfBox->show();
    if (i->self) {
        m_selfInput->setText(tr("<b>Score:</b> %1 → <b>%2</b>")
                                 .arg(esc(InputText::describe(*node, i->self->input)),
                                      InputText::points(i->selfPoints, tr("no points"))));
        m_selfExplanation->setText(i->self->explanation.isEmpty()
                                       ? tr("<b>Explanation:</b> <i>none</i>")
                                       : tr("<b>Explanation:</b> %1").arg(esc(i->self->explanation)));
    } else {
        m_selfInput->setText(tr("<b>Score:</b> not scored by the unit"));
        m_selfExplanation->clear();
    }
    m_selfExplanation->setVisible(i->self.has_value());
    m_changed->setVisible(i->changed || i->answered);
    m_changed->setText(i->answered ? tr("✓ Answered in the unit's response to the feedback.")
                                   : tr("✎ Changed since the unit's previous version."));

    // Its evidence.
    m_evidenceBox->show();
    m_evidence->clear();
    if (m_unit) {
        for (const package::SubmittedDocument& d : m_unit->submitted.documents) {
            if (!d.items.contains(m_code))
                continue;
            const QString what = d.summary.isEmpty() ? d.displayName : d.summary;
            auto* row = new QTreeWidgetItem(
                m_evidence, {safeForDisplay(d.number), InputText::date(d.issuedOn), safeForDisplay(what)});
            row->setData(0, ShaRole, d.sha256);
            row->setData(0, NameRole, d.displayName);
            const QString tip = tr("%1\nFile: %2").arg(safeForDisplay(what), safeForDisplay(d.displayName));
            for (int c = 0; c < 3; ++c)
                row->setToolTip(c, tip);
        }
    }
    const bool any = m_evidence->topLevelItemCount() > 0;
    m_evidence->setVisible(any);
    m_open->setVisible(any);
    m_noEvidence->setVisible(!any);
    m_noEvidence->setText(tr("No evidence for this item."));
    // As tall as its rows, up to five.
    if (any) {
        const int rows = qMin(5, m_evidence->topLevelItemCount());
        m_evidence->setFixedHeight(rows * m_evidence->sizeHintForRow(0) + m_evidence->header()->sizeHint().height() +
                                   2 * m_evidence->frameWidth() + 2);
    }
    m_open->setEnabled(false);

    // Round 1, while round 2 is worked on.
    const int round = m_unit->editableRound > 0                              ? m_unit->editableRound
                      : i->round2 || m_unit->stage >= AppraisalStage::Round2 ? 2
                                                                             : 1;
    m_round1Box->setVisible(round == 2 && i->round1);
    if (round == 2 && i->round1) {
        QStringList lines{tr("%1 → <b>%2</b>")
                              .arg(esc(InputText::describe(*node, i->round1->input)),
                                   InputText::points(i->round1Points, QStringLiteral("0")))};
        if (!i->round1->comment.isEmpty())
            lines << tr("<i>Comment:</i> %1").arg(esc(i->round1->comment));
        if (i->round1->request != RequestKind::None)
            lines << tr("<i>Asked:</i> %1 — %2")
                         .arg(AppraisalTerms::name(i->round1->request).toHtmlEscaped(),
                              i->answered ? tr("answered") : tr("not answered"));
        m_round1->setText(lines.join(QStringLiteral("<br/>")));
    }

    // The decision of the round.
    m_editBox->show();
    const bool editable = canEdit();
    m_editBox->setTitle(editable ? tr("Appraisal — round %1").arg(round)
                                 : tr("Appraisal — round %1 (read only)").arg(round));
    const auto& current = currentRoundAppraisal();
    ItemInput shown = i->self ? i->self->input : ItemInput::none();
    if (current)
        shown = current->input;
    else if (round == 2 && i->round1)
        shown = i->round1->input;
    if (m_input->node() != node)
        m_input->setItem(m_unit->set.get(), node, shown);
    else
        m_input->setInput(shown);
    m_input->setEditable(editable);
    m_storedComment = current ? current->comment.trimmed() : QString();
    m_comment->setPlainText(current ? current->comment : QString());
    m_comment->setReadOnly(!editable);
    const RequestKind request = round == 1 ? (current ? current->request : RequestKind::None)
                                           : (i->round1 ? i->round1->request : RequestKind::None);
    m_request->setCurrentIndex(qMax(0, m_request->findData(int(request))));
    m_storedRequest = round == 1 ? request : RequestKind::None;
    m_request->setEnabled(editable && round == 1);
    m_requestRow->setVisible(round == 1); // requests are made in round 1
    if (current)
        m_status->setText(
            tr("Appraised by %1 on %2.").arg(safeForDisplay(current->appraiser), InputText::dateTime(current->at)));
    else if (editable)
        m_status->setText(round == 1 ? tr("Not yet appraised in round 1: the unit's score is shown.")
                                     : tr("Not yet appraised in round 2: round 1's decision is shown."));
    else
        m_status->setText(tr("Not appraised in round %1.").arg(round));
    m_acceptNext->setText(round == 2 ? tr("Keep round 1, next (Ctrl+Enter)") : tr("Accept, next (Ctrl+Enter)"));
    m_acceptNext->setToolTip(round == 2 ? tr("Keep round 1's decision for this item and go to the next one")
                                        : tr("Accept the unit's own score for this item and go to the next one"));
    m_acceptNext->setEnabled(editable);
    m_updating = false;
}

void AppraisalItemPane::openDocument(const QString& sha256, const QString& displayName)
{
    if (const QString problem = openEvidenceReadOnly(m_centre->evidenceFolder(), sha256, displayName);
        !problem.isEmpty())
        m_banner->showMessage(problem, MessageBanner::Kind::Error);
}

} // namespace parindex::ui
