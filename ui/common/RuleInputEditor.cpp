#include "ui/common/RuleInputEditor.h"

#include "core/scoring/Scorer.h"
#include "ui/common/Format.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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

RuleInputEditor::RuleInputEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ruleInputEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);

    m_optionsPage = new QWidget(m_stack);
    auto* optionsLayout = new QVBoxLayout(m_optionsPage);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    m_options = new QButtonGroup(this);
    connect(m_options, &QButtonGroup::idClicked, this, [this](int id) {
        if (!m_updating)
            edited(ItemInput::ofOption(id));
    });
    m_stack->addWidget(m_optionsPage);

    auto* ratioPage = new QWidget(m_stack);
    auto* ratioLayout = new QFormLayout(ratioPage);
    ratioLayout->setContentsMargins(0, 0, 0, 0);
    auto* number = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,9}([.,]\\d{0,3})?")), this);
    m_numerator = new QLineEdit(ratioPage);
    m_numerator->setObjectName(QStringLiteral("numeratorEdit"));
    m_denominator = new QLineEdit(ratioPage);
    m_denominator->setObjectName(QStringLiteral("denominatorEdit"));
    for (QLineEdit* e : {m_numerator, m_denominator}) {
        e->setValidator(number);
        e->setMaximumWidth(160);
        connect(e, &QLineEdit::editingFinished, this, &RuleInputEditor::applyRatio);
    }
    m_ratioResult = wrapped(ratioPage, QStringLiteral("ratioResult"));
    ratioLayout->addRow(tr("Achieved (numerator):"), m_numerator);
    ratioLayout->addRow(tr("Total (denominator):"), m_denominator);
    ratioLayout->addRow(m_ratioResult);
    m_stack->addWidget(ratioPage);

    auto* countPage = new QWidget(m_stack);
    auto* countLayout = new QFormLayout(countPage);
    countLayout->setContentsMargins(0, 0, 0, 0);
    m_count = new QSpinBox(countPage);
    m_count->setObjectName(QStringLiteral("countSpin"));
    m_count->setRange(0, 9999);
    m_count->setKeyboardTracking(false);
    connect(m_count, &QSpinBox::valueChanged, this, [this](int n) {
        if (!m_updating)
            edited(ItemInput::ofCount(n));
    });
    m_countResult = wrapped(countPage, QStringLiteral("countResult"));
    countLayout->addRow(tr("Number of shortcomings:"), m_count);
    countLayout->addRow(m_countResult);
    m_stack->addWidget(countPage);

    auto* stepPage = new QWidget(m_stack);
    auto* stepLayout = new QFormLayout(stepPage);
    stepLayout->setContentsMargins(0, 0, 0, 0);
    auto* steps = new StepSpinBox(stepPage);
    m_steps = steps;
    m_steps->setObjectName(QStringLiteral("pointsSpin"));
    m_steps->setKeyboardTracking(false);
    connect(m_steps, &QSpinBox::valueChanged, this, [this, steps](int) {
        if (!m_updating)
            edited(ItemInput::ofValue(steps->points()));
    });
    stepLayout->addRow(tr("Points:"), m_steps);
    m_stack->addWidget(stepPage);

    m_surveyLabel = wrapped(m_stack, QStringLiteral("surveyLabel"));
    m_stack->addWidget(m_surveyLabel);
    layout->addWidget(m_stack);

    auto* naRow = new QHBoxLayout();
    m_notApplicable = new QCheckBox(tr("Not applicable this year"), this);
    m_notApplicable->setObjectName(QStringLiteral("notApplicableCheck"));
    m_reason = new QLineEdit(this);
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
    layout->addLayout(naRow);
    m_error = wrapped(this, QStringLiteral("itemError"));
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    layout->addWidget(m_error);
    setItem(nullptr, nullptr, ItemInput::none());
}

void RuleInputEditor::setItem(const CriteriaSet* set, const CriteriaNode* node, const ItemInput& input)
{
    m_set = set;
    m_node = node && node->isLeaf() && node->rule ? node : nullptr;
    m_input = input;
    refresh();
}

void RuleInputEditor::setInput(const ItemInput& input)
{
    m_input = input;
    refresh();
}

void RuleInputEditor::setEditable(bool editable)
{
    m_editable = editable;
    refresh();
}

void RuleInputEditor::showError(const QString& message)
{
    m_error->setText(message);
}

void RuleInputEditor::clearError()
{
    m_error->clear();
}

QString RuleInputEditor::error() const
{
    return m_error->text();
}

void RuleInputEditor::rebuildOptions()
{
    for (QAbstractButton* b : m_options->buttons()) {
        m_options->removeButton(b);
        b->setObjectName(QString()); // found by name no more
        b->hide();
        b->deleteLater(); // it may be the button whose click is being handled
    }
    const Rule& rule = *m_node->rule;
    for (int i = 0; i < rule.options.size(); ++i) {
        auto* b = new QRadioButton(
            tr("%1 — %2 points").arg(rule.options.at(i).label, formatPoints(rule.options.at(i).points)), m_optionsPage);
        b->setObjectName(QStringLiteral("option%1").arg(i + 1));
        m_options->addButton(b, i);
        m_optionsPage->layout()->addWidget(b);
        b->show(); // a child added to a visible parent is not shown by the layout until later
    }
    m_optionsNode = m_node;
}

void RuleInputEditor::refresh()
{
    setVisible(m_node != nullptr);
    if (!m_node)
        return;
    m_updating = true;
    const Rule& rule = *m_node->rule;
    const ItemScore score = m_set ? Scorer::score(*m_set, *m_node, m_input) : ItemScore();
    const bool scored = score.state == ItemScore::State::Scored;
    switch (rule.kind) {
    case RuleKind::Options: {
        m_stack->setCurrentIndex(OptionsPage);
        if (m_optionsNode != m_node)
            rebuildOptions();
        m_options->setExclusive(false);
        for (QAbstractButton* b : m_options->buttons())
            b->setChecked(m_input.kind == ItemInput::Kind::Option && m_options->id(b) == m_input.option);
        m_options->setExclusive(true);
        break;
    }
    case RuleKind::Tiers:
    case RuleKind::Proportional: {
        m_stack->setCurrentIndex(RatioPage);
        const bool ratio = m_input.kind == ItemInput::Kind::Ratio;
        m_numerator->setText(ratio ? formatPoints(m_input.numerator) : QString());
        m_denominator->setText(ratio ? formatPoints(m_input.denominator) : QString());
        m_ratioResult->setText(ratio && scored
                                   ? tr("%1% → %2 points")
                                         .arg(formatPoints(Ratio(m_input.numerator, m_input.denominator).percent(2), 2),
                                              formatPoints(score.points))
                                   : tr("Enter what was achieved out of the total."));
        break;
    }
    case RuleKind::Deduction:
        m_stack->setCurrentIndex(CountPage);
        m_count->setValue(m_input.kind == ItemInput::Kind::Count ? int(qMin<qint64>(m_input.count, 9999)) : 0);
        m_countResult->setText(
            tr("%1 points off for each; never below 0.").arg(formatPoints(rule.perItem)) +
            (scored ? QStringLiteral(" ") + tr("Result: %1 points.").arg(formatPoints(score.points)) : QString()));
        break;
    case RuleKind::Judgement: {
        m_stack->setCurrentIndex(StepPage);
        auto* steps = static_cast<StepSpinBox*>(m_steps);
        steps->setStep(rule.step);
        steps->setRange(0, rule.step > Points() ? int(m_node->max.thousandths() / rule.step.thousandths()) : 0);
        steps->setValue(m_input.kind == ItemInput::Kind::Value && rule.step > Points()
                            ? int(m_input.value.thousandths() / rule.step.thousandths())
                            : 0);
        break;
    }
    case RuleKind::Survey:
        m_stack->setCurrentIndex(SurveyPage);
        m_surveyLabel->setText(tr("Scored through the sociological survey (chấm qua điều tra xã hội học); "
                                  "the unit does not score this item."));
        break;
    }
    const bool na = m_input.kind == ItemInput::Kind::NotApplicable;
    m_notApplicable->setVisible(m_node->mayBeNotApplicable);
    m_reason->setVisible(m_node->mayBeNotApplicable);
    m_notApplicable->setChecked(na);
    m_reason->setText(na ? m_input.reason : QString());
    m_reason->setEnabled(na || m_editable);
    m_reason->setReadOnly(!m_editable);
    m_stack->setEnabled(!na && m_editable && rule.kind != RuleKind::Survey);
    m_notApplicable->setEnabled(m_editable);
    m_updating = false;
}

void RuleInputEditor::edited(const ItemInput& input)
{
    m_error->clear();
    emit inputEdited(input);
}

void RuleInputEditor::applyRatio()
{
    if (m_updating || !m_node || !m_editable || m_numerator->text().isEmpty() || m_denominator->text().isEmpty())
        return;
    const auto num = Points::parse(m_numerator->text());
    const auto den = Points::parse(m_denominator->text());
    if (!num || !den) {
        showError(tr("Enter numbers such as 45 or 12,5."));
        return;
    }
    const ItemInput input = ItemInput::ofRatio(*num, *den);
    if (input == m_input)
        return;
    edited(input);
}

void RuleInputEditor::applyNotApplicable(bool on)
{
    if (!m_node || !m_editable)
        return;
    if (!on) {
        if (m_input.kind == ItemInput::Kind::NotApplicable)
            edited(ItemInput::none());
        m_stack->setEnabled(m_node->rule->kind != RuleKind::Survey);
        return;
    }
    m_stack->setEnabled(false);
    if (m_reason->text().trimmed().isEmpty()) {
        showError(tr("Give the reason the item is not applicable."));
        m_reason->setFocus();
        return;
    }
    const ItemInput input = ItemInput::notApplicable(m_reason->text());
    if (input == m_input)
        return;
    edited(input);
}

} // namespace parindex::ui
