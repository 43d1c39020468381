#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QTextDocument;

namespace parindex {

class UnitAssessment;

// The self-assessment report (Báo cáo tự đánh giá) of a unit: header block, summary table of
// every item with subtotals, items scored without evidence with their explanations, the evidence
// list, the unit's difficulties and proposals, and the signature block. Always in Vietnamese,
// whatever the interface language, as it is an administrative document.
class SelfAssessmentReport
{
    Q_DECLARE_TR_FUNCTIONS(SelfAssessmentReport)

public:
    explicit SelfAssessmentReport(const UnitAssessment& assessment, QDate date = {});

    QString html() const;
    // The document ready to paint (fonts and sizes of the administrative format).
    void build(QTextDocument& document) const;
    // Writes the PDF atomically: the target appears complete or not at all.
    Status writePdf(const QString& path) const;

private:
    const UnitAssessment& m_assessment;
    QDate m_date;
};

} // namespace parindex
