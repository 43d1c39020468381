#include "AssessmentEditor.h"

#include "common/Text.h"

#include <QUndoCommand>

#include <functional>

namespace parindex {

namespace {

// A command that toggles between two states with one function: apply(state).
template <typename State>
class SwapCommand : public QUndoCommand
{
public:
    SwapCommand(AssessmentEditor& editor, const QString& text, State before, State after,
                std::function<Status(const State&)> apply)
        : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after)),
          m_apply(std::move(apply))
    {
    }
    void redo() override { run(m_after); }
    void undo() override { run(m_before); }

private:
    void run(const State& s)
    {
        if (Status st = m_apply(s); !st) {
            setObsolete(true);
            m_editor.reportFailure(st.error());
        }
    }
    AssessmentEditor& m_editor;
    State m_before;
    State m_after;
    std::function<Status(const State&)> m_apply;
};


} // namespace

AssessmentEditor::AssessmentEditor(std::shared_ptr<UnitAssessment> assessment, QObject* parent)
    : QObject(parent), m_assessment(std::move(assessment)), m_stack(new QUndoStack(this))
{
}

Status AssessmentEditor::setScore(const QString& code, const ItemInput& input)
{
    UnitAssessment& a = *m_assessment;
    const CriteriaNode* node = a.set().find(code);
    if (!node || !node->isLeaf())
        return Status::failure(tr("the criteria set has no scored item %1").arg(code));
    if (a.isLocked())
        return a.setInput(code, input); // the refusal, with its reason
    if (input.kind == ItemInput::Kind::NotApplicable && normalized(input.reason).isEmpty())
        return Status::failure(tr("item %1: say why it is not applicable").arg(code));
    const ItemScore check = Scorer::score(a.set(), *node, input);
    if (check.state == ItemScore::State::Invalid)
        return Status::failure(check.error);
    const ItemInput before = a.stored(code).input;
    if (before == input)
        return {};
    m_stack->push(new SwapCommand<ItemInput>(*this, tr("Score %1").arg(code), before, input,
                                             [this, code](const ItemInput& in) { return m_assessment->setInput(code, in); }));
    return {};
}

Status AssessmentEditor::setExplanation(const QString& code, const QString& text)
{
    if (m_assessment->isLocked())
        return m_assessment->setExplanation(code, text);
    if (!m_assessment->set().find(code))
        return Status::failure(tr("the criteria set has no item %1").arg(code));
    const QString before = m_assessment->stored(code).explanation;
    const QString after = normalized(text);
    if (before == after)
        return {};
    m_stack->push(new SwapCommand<QString>(*this, tr("Explanation of %1").arg(code), before, after,
                                           [this, code](const QString& t) { return m_assessment->setExplanation(code, t); }));
    return {};
}

Status AssessmentEditor::link(qint64 evidenceId, const QString& code)
{
    if (m_assessment->isLocked())
        return m_assessment->link(evidenceId, code);
    m_stack->push(new SwapCommand<bool>(*this, tr("Link document to %1").arg(code), false, true,
                                        [this, evidenceId, code](bool linked) {
                                            return linked ? m_assessment->link(evidenceId, code)
                                                          : m_assessment->unlink(evidenceId, code);
                                        }));
    return {};
}

Status AssessmentEditor::unlink(qint64 evidenceId, const QString& code)
{
    if (m_assessment->isLocked())
        return m_assessment->unlink(evidenceId, code);
    m_stack->push(new SwapCommand<bool>(*this, tr("Unlink document from %1").arg(code), true, false,
                                        [this, evidenceId, code](bool linked) {
                                            return linked ? m_assessment->link(evidenceId, code)
                                                          : m_assessment->unlink(evidenceId, code);
                                        }));
    return {};
}

} // namespace parindex
