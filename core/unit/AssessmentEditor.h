#pragma once

#include "core/unit/UnitAssessment.h"

#include <QUndoStack>

namespace parindex {

// The one way the GUI changes an assessment: each edit is checked first, then pushed as an
// undoable command whose redo and undo each save in their own short transaction, so an undo
// survives a crash as well as the edit did.
class AssessmentEditor : public QObject
{
    Q_OBJECT

public:
    explicit AssessmentEditor(std::shared_ptr<UnitAssessment> assessment, QObject* parent = nullptr);

    UnitAssessment& assessment() const { return *m_assessment; }
    QUndoStack* undoStack() const { return m_stack; }

    Status setScore(const QString& code, const ItemInput& input);
    Status setExplanation(const QString& code, const QString& text);
    Status link(qint64 evidenceId, const QString& code);
    Status unlink(qint64 evidenceId, const QString& code);
    // Records a file already copied into the evidence store as a document of `items` (or links
    // the document that has the same file); undo takes it away again.
    Result<qint64> attach(const StoredBlob& blob, const QString& path, const QStringList& items);
    Status updateDocument(const EvidenceDocument& doc);
    Status removeDocument(qint64 evidenceId);
    Status setReportText(ReportSection section, const QString& text);

    // Called by commands when saving inside redo/undo fails (e.g. the disk is full).
    void reportFailure(const QString& message) { emit failed(message); }

signals:
    void failed(const QString& message);

private:
    std::shared_ptr<UnitAssessment> m_assessment;
    QUndoStack* m_stack;
};

} // namespace parindex
