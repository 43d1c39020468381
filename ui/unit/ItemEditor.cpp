#include "ui/unit/ItemEditor.h"

#include "ui/common/Format.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace parindex::ui {

namespace {
enum Page
{
    OptionsPage,
    RatioPage,
    CountPage,
    StepPage,
    SurveyPage
};

// A spin box over whole steps that shows points ("0,75" for 3 steps of 0,25).
class StepSpinBox : public QSpinBox
{
public:
    explicit StepSpinBox(QWidget* parent) : QSpinBox(parent) {}
    void setStep(Points step) { m_step = step; }
    Points points() const { return m_step * value(); }

protected:
    QString textFromValue(int v) const override { return formatPoints(m_step * v); }
    int valueFromText(const QString& text) const override
    {
        const auto p = Points::parse(text);
        return p && m_step > Points() ? int(p->thousandths() / m_step.thousandths()) : value();
    }
    QValidator::State validate(QString& text, int&) const override
    {
        const auto p = Points::parse(text);
        if (!p)
            return text.isEmpty() || text.endsWith(u',') || text.endsWith(u'.') ? QValidator::Intermediate
                                                                                : QValidator::Invalid;
        return m_step > Points() && p->thousandths() % m_step.thousandths() == 0 ? QValidator::Acceptable
                                                                                 : QValidator::Intermediate;
    }

private:
    Points m_step = Points::fromThousandths(1);
};

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

    auto* scoreBox = new QGroupBox(tr("Self score"), this);
    scoreBox->setObjectName(QStringLiteral("scoreBox"));
    auto* scoreLayout = new QVBoxLayout(scoreBox);
    m_stack = new QStackedWidget(scoreBox);

    m_optionsPage = new QWidget(m_stack);
    new QVBoxLayout(m_optionsPage);
    m_options = new QButtonGroup(this);
    connect(m_options, &QButtonGroup::idClicked, this, [this](int id) { apply(ItemInput::ofOption(id)); });
    m_stack->addWidget(m_optionsPage);

    auto* ratioPage = new QWidget(m_stack);
    auto* ratioLayout = new QFormLayout(ratioPage);
    auto* number = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,9}([.,]\\d{0,3})?")), this);
    m_numerator = new QLineEdit(ratioPage);
    m_numerator->setObjectName(QStringLiteral("numeratorEdit"));
    m_denominator = new QLineEdit(ratioPage);
    m_denominator->setObjectName(QStringLiteral("denominatorEdit"));
    for (QLineEdit* e : {m_numerator, m_denominator}) {
        e->setValidator(number);
        e->setMaximumWidth(160);
        connect(e, &QLineEdit::editingFinished, this, &ItemEditor::applyRatio);
    }
    m_ratioResult = wrapped(ratioPage, QStringLiteral("ratioResult"));
    ratioLayout->addRow(tr("Achieved (numerator):"), m_numerator);
    ratioLayout->addRow(tr("Total (denominator):"), m_denominator);
    ratioLayout->addRow(m_ratioResult);
    m_stack->addWidget(ratioPage);

    auto* countPage = new QWidget(m_stack);
    auto* countLayout = new QFormLayout(countPage);
    m_count = new QSpinBox(countPage);
    m_count->setObjectName(QStringLiteral("countSpin"));
    m_count->setRange(0, 9999);
    m_count->setKeyboardTracking(false);
    connect(m_count, &QSpinBox::valueChanged, this, [this](int n) {
        if (!m_updating)
            apply(ItemInput::ofCount(n));
    });
    m_countResult = wrapped(countPage, QStringLiteral("countResult"));
    countLayout->addRow(tr("Number of shortcomings:"), m_count);
    countLayout->addRow(m_countResult);
    m_stack->addWidget(countPage);

    auto* stepPage = new QWidget(m_stack);
    auto* stepLayout = new QFormLayout(stepPage);
    auto* steps = new StepSpinBox(stepPage);
    m_steps = steps;
    m_steps->setObjectName(QStringLiteral("pointsSpin"));
    m_steps->setKeyboardTracking(false);
    connect(m_steps, &QSpinBox::valueChanged, this, [this, steps](int) {
        if (!m_updating)
            apply(ItemInput::ofValue(steps->points()));
    });
    stepLayout->addRow(tr("Points:"), m_steps);
    m_stack->addWidget(stepPage);

    m_surveyLabel = wrapped(m_stack, QStringLiteral("surveyLabel"));
    m_stack->addWidget(m_surveyLabel);
    scoreLayout->addWidget(m_stack);

    auto* naRow = new QHBoxLayout();
    m_notApplicable = new QCheckBox(tr("Not applicable this year"), scoreBox);
    m_notApplicable->setObjectName(QStringLiteral("notApplicableCheck"));
    m_reason = new QLineEdit(scoreBox);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Reason (required)"));
    connect(m_notApplicable, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            applyNotApplicable(on);
    });
    connect(m_reason, &QLineEdit::editingFinished, this, [this] {
        if (!m_updating && m_notApplicable->isChecked())
            applyNotApplicable(true);
    });
    naRow->addWidget(m_notApplicable);
    naRow->addWidget(m_reason, 1);
    scoreLayout->addLayout(naRow);
    m_error = wrapped(scoreBox, QStringLiteral("itemError"));
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    scoreLayout->addWidget(m_error);
    layout->addWidget(scoreBox);

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
    m_error->clear();
    refresh();
}

void ItemEditor::commitExplanation()
{
    if (m_code.isEmpty() || m_updating)
        return;
    const QString text = m_explanation->toPlainText();
    if (text.trimmed() == m_editor.assessment().stored(m_code).explanation)
        return;
    if (Status s = m_editor.setExplanation(m_code, text); !s)
        showError(s.error());
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
        return;
    }
    const QSignalBlocker block(this);
    m_updating = true;
    const bool locked = a.isLocked();
    const StoredInput& stored = a.stored(m_code);
    const NodeResult* result = a.evaluation().node(m_code);
    const Rule& rule = *node->rule;
    m_heading->setText(QStringLiteral("%1  %2").arg(node->code, node->title));
    QString scoreText = tr("Max %1 points").arg(formatPoints(node->max));
    if (result && result->item.state == ItemScore::State::Scored)
        scoreText += QStringLiteral(" · ") + tr("self score %1").arg(formatPoints(result->achieved));
    m_maxLabel->setText(scoreText);
    m_guidance->setText(node->guidance.isEmpty() ? tr("No guidance in the criteria set.") : node->guidance);
    m_expected->setText(node->evidence.isEmpty() ? QString() : tr("Expected evidence: %1").arg(node->evidence));

    switch (rule.kind) {
    case RuleKind::Options: {
        m_stack->setCurrentIndex(OptionsPage);
        for (QAbstractButton* b : m_options->buttons()) {
            m_options->removeButton(b);
            delete b;
        }
        for (int i = 0; i < rule.options.size(); ++i) {
            auto* b = new QRadioButton(
                tr("%1 — %2 points").arg(rule.options.at(i).label, formatPoints(rule.options.at(i).points)),
                m_optionsPage);
            b->setObjectName(QStringLiteral("option%1").arg(i + 1));
            m_options->addButton(b, i);
            m_optionsPage->layout()->addWidget(b);
            b->show(); // a child added to a visible parent is not shown by the layout until later
        }
        m_options->setExclusive(false);
        for (QAbstractButton* b : m_options->buttons())
            b->setChecked(stored.input.kind == ItemInput::Kind::Option && m_options->id(b) == stored.input.option);
        m_options->setExclusive(true);
        break;
    }
    case RuleKind::Tiers:
    case RuleKind::Proportional: {
        m_stack->setCurrentIndex(RatioPage);
        const bool ratio = stored.input.kind == ItemInput::Kind::Ratio;
        m_numerator->setText(ratio ? formatPoints(stored.input.numerator) : QString());
        m_denominator->setText(ratio ? formatPoints(stored.input.denominator) : QString());
        m_ratioResult->setText(
            ratio && result && result->item.state == ItemScore::State::Scored
                ? tr("%1% → %2 points")
                      .arg(formatPoints(Ratio(stored.input.numerator, stored.input.denominator).percent(2), 2),
                           formatPoints(result->achieved))
                : tr("Enter what was achieved out of the total."));
        break;
    }
    case RuleKind::Deduction:
        m_stack->setCurrentIndex(CountPage);
        m_count->setValue(stored.input.kind == ItemInput::Kind::Count ? int(qMin<qint64>(stored.input.count, 9999))
                                                                      : 0);
        m_countResult->setText(tr("%1 points off for each; never below 0.").arg(formatPoints(rule.perItem)) +
                               (result && result->item.state == ItemScore::State::Scored
                                    ? QStringLiteral(" ") + tr("Result: %1 points.").arg(formatPoints(result->achieved))
                                    : QString()));
        break;
    case RuleKind::Judgement: {
        m_stack->setCurrentIndex(StepPage);
        auto* steps = static_cast<StepSpinBox*>(m_steps);
        steps->setStep(rule.step);
        steps->setRange(0, int(node->max.thousandths() / rule.step.thousandths()));
        steps->setValue(stored.input.kind == ItemInput::Kind::Value
                            ? int(stored.input.value.thousandths() / rule.step.thousandths())
                            : 0);
        break;
    }
    case RuleKind::Survey:
        m_stack->setCurrentIndex(SurveyPage);
        m_surveyLabel->setText(tr("Scored through the sociological survey (chấm qua điều tra xã hội học); "
                                  "the unit does not score this item."));
        break;
    }
    const bool na = stored.input.kind == ItemInput::Kind::NotApplicable;
    m_notApplicable->setVisible(node->mayBeNotApplicable);
    m_reason->setVisible(node->mayBeNotApplicable);
    m_notApplicable->setChecked(na);
    m_reason->setText(na ? stored.input.reason : QString());
    m_reason->setEnabled(na || !locked);
    m_stack->setEnabled(!na && !locked && rule.kind != RuleKind::Survey);
    m_notApplicable->setEnabled(!locked);
    m_explanation->setPlainText(stored.explanation);
    m_explanation->setReadOnly(locked);
    m_addFiles->setEnabled(!locked);
    m_unlink->setEnabled(!locked);
    m_updating = false;
    refreshEvidence();
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
    m_error->clear();
    if (Status s = m_editor.setScore(m_code, input); !s) {
        showError(s.error());
        refresh();
    }
}

void ItemEditor::applyRatio()
{
    if (m_updating || m_numerator->text().isEmpty() || m_denominator->text().isEmpty())
        return;
    const auto num = Points::parse(m_numerator->text());
    const auto den = Points::parse(m_denominator->text());
    if (!num || !den) {
        showError(tr("Enter numbers such as 45 or 12,5."));
        return;
    }
    const ItemInput input = ItemInput::ofRatio(*num, *den);
    if (input == m_editor.assessment().stored(m_code).input)
        return;
    apply(input);
}

void ItemEditor::applyNotApplicable(bool on)
{
    if (!on) {
        if (m_editor.assessment().stored(m_code).input.kind == ItemInput::Kind::NotApplicable)
            apply(ItemInput::none());
        m_stack->setEnabled(true);
        return;
    }
    m_stack->setEnabled(false);
    if (m_reason->text().trimmed().isEmpty()) {
        showError(tr("Give the reason the item is not applicable."));
        m_reason->setFocus();
        return;
    }
    apply(ItemInput::notApplicable(m_reason->text()));
}

void ItemEditor::showError(const QString& message)
{
    m_error->setText(message);
}

void ItemEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !m_code.isEmpty() && !m_editor.assessment().isLocked())
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
