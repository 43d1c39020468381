#pragma once

#include "core/common/Result.h"
#include "core/records/Appraisal.h"
#include "core/results/YearResults.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>

class QTextDocument;

namespace parindex {

class OfficialDocument;

// What the centre's reports say beyond the figures: who issues them and how final they are.
struct ReportContext
{
    QString issuer; // e.g. "Ủy ban nhân dân thành phố Hà Nội" (the sets'); the agency is Sở Nội vụ
    std::optional<Approval> approval;
    int surveyVersion = 0; // 0: no survey yet
    QDate date;            // of the report; today when invalid
};

// The ranking report (Báo cáo kết quả xác định Chỉ số CCHC năm …) in the administrative format:
// per group STT, unit, appraised and survey points, total, index, rank, band and the change from
// last year, the group average over ranked units, then the analysis (index per area, the weakest
// criteria). In its own language (Vietnamese by default).
class RankingReport
{
    Q_DECLARE_TR_FUNCTIONS(RankingReport)

public:
    RankingReport(const YearResults& results, ReportContext context, const QString& language = QStringLiteral("vi"));
    ~RankingReport();

    QString html() const;
    void build(QTextDocument& document) const;
    Status writePdf(const QString& path) const;

private:
    QString t(const char* source) const;
    QString number(Points p, int decimals = 2) const;

    const YearResults& m_results;
    ReportContext m_context;
    std::unique_ptr<OfficialDocument> m_document;
};

// A unit's result sheet: its figures, every area and criterion with self, appraised, survey and
// final points and the index, and a summary of the appraisers' comments.
class UnitResultSheet
{
    Q_DECLARE_TR_FUNCTIONS(UnitResultSheet)

public:
    // `comments`: item code -> the appraisers' comment (latest round), where there is one.
    UnitResultSheet(const YearResults& results, const QString& unitCode, QHash<QString, QString> comments,
                    ReportContext context, const QString& language = QStringLiteral("vi"));
    ~UnitResultSheet();

    // Empty when the year has no results for the unit.
    QString html() const;
    void build(QTextDocument& document) const;
    Status writePdf(const QString& path) const;

private:
    QString t(const char* source) const;
    QString number(Points p, int decimals = 2) const;

    const YearResults& m_results;
    QString m_unitCode;
    QHash<QString, QString> m_comments;
    ReportContext m_context;
    std::unique_ptr<OfficialDocument> m_document;
};

} // namespace parindex
