#pragma once

#include "DataFile.h"
#include "evidence/EvidenceStore.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace parindex {

struct EvidenceDocument
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    QString sha256;
    qint64 size = 0;
    QString mediaType;
    QString displayName;    // NFC
    QString number;         // số/ký hiệu
    QDate issuedOn;         // ngày ban hành
    QString summary;        // trích yếu
    QStringList items;      // codes of the items it supports
};

// Evidence metadata rows. The file itself must already be in the EvidenceStore.
class EvidenceRecords
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceRecords)

public:
    explicit EvidenceRecords(DataFile& file) : m_file(file) {}

    // Adds a document for an assessment; refuses when its file is not in the store. Audited.
    Result<qint64> add(const EvidenceDocument& doc, const EvidenceStore& store);
    QList<EvidenceDocument> forAssessment(qint64 assessmentId) const;
    std::optional<EvidenceDocument> byId(qint64 id) const;
    Status link(qint64 evidenceId, const QString& itemCode);
    Status unlink(qint64 evidenceId, const QString& itemCode);
    // Updates số/ký hiệu, date, trích yếu and display name. Audited.
    Status update(const EvidenceDocument& doc);
    // Removes the document's row and links; the file stays in the store (another row or a
    // later undo may still need it).
    Status remove(qint64 evidenceId);

private:
    DataFile& m_file;
};

} // namespace parindex
