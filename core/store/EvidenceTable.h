#pragma once

#include "core/evidence/EvidenceDocument.h"
#include "core/evidence/EvidenceStore.h"
#include "core/store/DataFile.h"

#include <optional>

namespace parindex {

// Evidence metadata rows. The file itself must already be in the EvidenceStore. A removed
// document's row is kept, marked, so that the removal can be undone.
class EvidenceTable
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceTable)

public:
    explicit EvidenceTable(DataFile& file) : m_file(file) {}

    // Adds a document for an assessment; refuses when its file is not in the store. Audited.
    Result<qint64> add(const EvidenceDocument& doc, const EvidenceStore& store);
    // The documents in force (not removed), in the order they were added.
    Result<QList<EvidenceDocument>> forAssessment(qint64 assessmentId) const;
    // A document in force, or none.
    Result<std::optional<EvidenceDocument>> byId(qint64 id) const;
    Status link(qint64 evidenceId, const QString& itemCode);
    Status unlink(qint64 evidenceId, const QString& itemCode);
    // Updates số/ký hiệu, date, trích yếu and display name. Audited.
    Status update(const EvidenceDocument& doc);
    // Marks the document removed; its links and file stay for an undo. Audited.
    Status remove(qint64 evidenceId);
    // Brings a removed document back. Audited.
    Status restore(qint64 evidenceId);

private:
    Status setRemoved(qint64 evidenceId, bool removed);
    Status setLinked(qint64 evidenceId, const QString& itemCode, bool linked);
    DataFile& m_file;
};

} // namespace parindex
