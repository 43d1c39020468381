#pragma once

#include "core/evidence/EvidenceDocument.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace parindex::ui {

// Edits a document's record: display name, số/ký hiệu, ngày ban hành and trích yếu.
class EvidenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EvidenceDialog(const EvidenceDocument& doc, QWidget* parent = nullptr);
    EvidenceDocument document() const;

private:
    EvidenceDocument m_doc;
    QLineEdit* m_name;
    QLineEdit* m_number;
    QCheckBox* m_hasDate;
    QDateEdit* m_date;
    QPlainTextEdit* m_summary;
};

} // namespace parindex::ui
