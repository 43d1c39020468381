#pragma once

#include "core/common/Result.h"
#include "core/decimal/Points.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <memory>

class QTextDocument;

namespace parindex {

class OfficialDocument;
class UnitAssessment;

// The self-assessment report (Báo cáo tự đánh giá) of a unit: header block, summary table of
// every item with subtotals, items scored without evidence with their explanations, the evidence
// list, the unit's difficulties and proposals, and the signature block. The report's language is
// chosen on its own (Vietnamese by default, as for every administrative document), whatever the
// language of the interface.
class SelfAssessmentReport
{
    Q_DECLARE_TR_FUNCTIONS(SelfAssessmentReport)

public:
    explicit SelfAssessmentReport(const UnitAssessment& assessment, QDate date = {},
                                  const QString& language = QStringLiteral("vi"));
    ~SelfAssessmentReport();

    QString html() const;
    // The document ready to paint (fonts and sizes of the administrative format).
    void build(QTextDocument& document) const;
    // Writes the PDF atomically: the target appears complete or not at all.
    Status writePdf(const QString& path) const;

private:
    QString t(const char* source) const;
    QString number(Points p) const;

    const UnitAssessment& m_assessment;
    QDate m_date;
    std::unique_ptr<OfficialDocument> m_document;
};

} // namespace parindex
