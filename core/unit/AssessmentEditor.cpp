#include "core/unit/AssessmentEditor.h"

#include "core/common/Text.h"

#include <QFileInfo>
#include <QUndoCommand>
#include <functional>

namespace parindex {

namespace {

// A command that toggles between two states with one function: apply(state). The first redo,
// run by push(), applies `after`; when that fails the command is dropped and the failure shown.
template <typename State> class SwapCommand : public QUndoCommand
{
public:
    SwapCommand(AssessmentEditor& editor, const QString& text, State before, State after,
                std::function<Status(const State&)> apply)
        : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after)),
          m_apply(std::move(apply))
    {}
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
{}

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
    m_stack->push(
        new SwapCommand<ItemInput>(*this, tr("Score %1").arg(code), before, input,
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
    m_stack->push(
        new SwapCommand<QString>(*this, tr("Explanation of %1").arg(code), before, after,
                                 [this, code](const QString& t) { return m_assessment->setExplanation(code, t); }));
    return {};
}

Status AssessmentEditor::link(qint64 evidenceId, const QString& code)
{
    if (m_assessment->isLocked())
        return m_assessment->link(evidenceId, code);
    m_stack->push(new SwapCommand<bool>(
        *this, tr("Link document to %1").arg(code), false, true, [this, evidenceId, code](bool linked) {
            return linked ? m_assessment->link(evidenceId, code) : m_assessment->unlink(evidenceId, code);
        }));
    return {};
}

Status AssessmentEditor::unlink(qint64 evidenceId, const QString& code)
{
    if (m_assessment->isLocked())
        return m_assessment->unlink(evidenceId, code);
    m_stack->push(new SwapCommand<bool>(
        *this, tr("Unlink document from %1").arg(code), true, false, [this, evidenceId, code](bool linked) {
            return linked ? m_assessment->link(evidenceId, code) : m_assessment->unlink(evidenceId, code);
        }));
    return {};
}

Result<qint64> AssessmentEditor::attach(const StoredBlob& blob, const QString& path, const QStringList& items)
{
    using R = Result<qint64>;
    UnitAssessment& a = *m_assessment;
    if (a.isLocked())
        return a.record(blob, path, EvidenceDocument{0, 0, {}, 0, {}, {}, {}, {}, {}, items});
    const QString name = QFileInfo(path).fileName();
    // The same file attached before: only the links to the new items are new.
    for (const EvidenceDocument& existing : a.evidence()) {
        if (existing.sha256 != blob.sha256)
            continue;
        m_stack->beginMacro(tr("Attach %1 to %2").arg(name, items.join(QStringLiteral(", "))));
        for (const QString& code : items) {
            if (!existing.items.contains(code))
                link(existing.id, code);
        }
        m_stack->endMacro();
        return existing.id;
    }
    EvidenceDocument doc;
    doc.items = items;
    auto id = a.record(blob, path, doc);
    if (!id)
        return id;
    const qint64 evidenceId = id.value();
    // Recorded already: the command's first redo finds the document present and does nothing.
    m_stack->push(new SwapCommand<bool>(*this, tr("Attach %1 to %2").arg(name, items.join(QStringLiteral(", "))), false,
                                        true, [this, evidenceId](bool present) -> Status {
                                            if (present == m_assessment->document(evidenceId).has_value())
                                                return {};
                                            return present ? m_assessment->restoreEvidence(evidenceId)
                                                           : m_assessment->removeEvidence(evidenceId);
                                        }));
    return R(evidenceId);
}

Status AssessmentEditor::updateDocument(const EvidenceDocument& doc)
{
    UnitAssessment& a = *m_assessment;
    if (a.isLocked())
        return a.updateEvidence(doc);
    const auto before = a.document(doc.id);
    if (!before)
        return Status::failure(tr("the document no longer exists"));
    EvidenceDocument after = *before;
    after.displayName = normalized(doc.displayName);
    after.number = normalized(doc.number);
    after.issuedOn = doc.issuedOn;
    after.summary = normalized(doc.summary);
    if (after.displayName.isEmpty())
        return Status::failure(tr("a document needs a name"));
    if (after.displayName == before->displayName && after.number == before->number &&
        after.issuedOn == before->issuedOn && after.summary == before->summary)
        return {};
    m_stack->push(new SwapCommand<EvidenceDocument>(
        *this, tr("Details of %1").arg(after.displayName), *before, after,
        [this](const EvidenceDocument& d) { return m_assessment->updateEvidence(d); }));
    return {};
}

Status AssessmentEditor::removeDocument(qint64 evidenceId)
{
    UnitAssessment& a = *m_assessment;
    if (a.isLocked())
        return a.removeEvidence(evidenceId);
    const auto doc = a.document(evidenceId);
    if (!doc)
        return Status::failure(tr("the document no longer exists"));
    m_stack->push(new SwapCommand<bool>(
        *this, tr("Remove %1").arg(doc->displayName), true, false, [this, evidenceId](bool present) {
            return present ? m_assessment->restoreEvidence(evidenceId) : m_assessment->removeEvidence(evidenceId);
        }));
    return {};
}

Status AssessmentEditor::setReportText(ReportSection section, const QString& text)
{
    UnitAssessment& a = *m_assessment;
    if (a.isLocked())
        return a.setReportText(section, text);
    const QString before = a.reportText(section);
    const QString after = normalized(text);
    if (before == after)
        return {};
    const QString title = section == ReportSection::Difficulties ? tr("Difficulties") : tr("Proposals");
    m_stack->push(new SwapCommand<QString>(*this, title, before, after, [this, section](const QString& t) {
        return m_assessment->setReportText(section, t);
    }));
    return {};
}

} // namespace parindex
