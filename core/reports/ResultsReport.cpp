#include "core/reports/ResultsReport.h"

#include "core/common/Clock.h"
#include "core/reports/OfficialDocument.h"
#include "core/results/Analysis.h"

#include <QTextDocument>

namespace parindex {

namespace {

QString esc(const QString& s)
{
    return OfficialDocument::esc(s);
}

QDate dateOf(const ReportContext& c)
{
    return c.date.isValid() ? c.date : Clock::now().toLocalTime().date();
}

// The header block of the centre's documents: the People's Committee above Sở Nội vụ.
QString headerOf(const OfficialDocument& doc, const ReportContext& c, const QString& number)
{
    const auto [superior, place] = OfficialDocument::superiorAndPlace(c.issuer);
    return doc.header(superior, doc.t(QT_TRANSLATE_NOOP("OfficialDocument", "Department of Home Affairs")), number,
                      place.isEmpty() ? QStringLiteral("…") : place, dateOf(c));
}

} // namespace

// ---- The ranking report ------------------------------------------------------------------------

RankingReport::RankingReport(const YearResults& results, ReportContext context, const QString& language)
    : m_results(results), m_context(std::move(context)),
      m_document(std::make_unique<OfficialDocument>("RankingReport", language))
{}

RankingReport::~RankingReport() = default;

QString RankingReport::t(const char* source) const
{
    return m_document->t(source);
}

QString RankingReport::number(Points p, int decimals) const
{
    return p.toFixed(decimals, m_document->vietnamese() ? NumberLocale::Vietnamese : NumberLocale::English);
}

QString RankingReport::html() const
{
    const int year = m_results.year;
    QString h = m_document->begin();
    h += headerOf(*m_document, m_context, t(QT_TRANSLATE_NOOP("RankingReport", "No.: ....../BC-SNV")));
    h += QStringLiteral("<p align='center' style='margin-top:18px; font-size:14pt'><b>%1</b><br/><b>%2</b></p>")
             .arg(t(QT_TRANSLATE_NOOP("RankingReport", "REPORT")),
                  t(QT_TRANSLATE_NOOP("RankingReport", "Results of the Administrative Reform Index %1")).arg(year));

    int ranked = 0;
    for (const GroupSummary& g : m_results.groups)
        ranked += g.units;
    QString intro = t(QT_TRANSLATE_NOOP("RankingReport", "The Administrative Reform Index %1 was determined for %2 "
                                                         "unit(s) in %3 group(s), of which %4 are ranked."))
                        .arg(year)
                        .arg(m_results.units.size())
                        .arg(m_results.groups.size())
                        .arg(ranked);
    int provisional = 0;
    int awaitingSurvey = 0;
    for (const UnitYearResult& u : m_results.units) {
        provisional += u.provisional ? 1 : 0;
        awaitingSurvey += u.awaitingSurvey ? 1 : 0;
    }
    if (m_context.approval)
        intro += QLatin1Char(' ') + t(QT_TRANSLATE_NOOP("RankingReport", "The appraisal council approved the results "
                                                                         "by %1 of %2."))
                                        .arg(esc(m_context.approval->decision),
                                             m_context.approval->date.toString(QStringLiteral("dd/MM/yyyy")));
    else if (provisional > 0)
        intro += QLatin1Char(' ') + t(QT_TRANSLATE_NOOP("RankingReport", "The results are not final: the appraisal "
                                                                         "council has not approved them yet."));
    if (awaitingSurvey > 0)
        intro += QLatin1Char(' ') + t(QT_TRANSLATE_NOOP("RankingReport", "The sociological survey's points of %1 "
                                                                         "unit(s) are not included yet."))
                                        .arg(awaitingSurvey);
    h += QStringLiteral("<p class='body'>%1</p>").arg(intro);

    int section = 0;
    for (const GroupSummary& g : m_results.groups) {
        h += QStringLiteral("<p class='section'>%1. %2</p>")
                 .arg(++section)
                 .arg(esc(t(QT_TRANSLATE_NOOP("RankingReport", "Ranking: %1")).arg(m_document->groupName(g.group))));
        h += QStringLiteral("<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='3' "
                            "style='font-size:11pt'><tr>");
        const std::pair<const char*, int> heads[] = {{QT_TRANSLATE_NOOP("RankingReport", "No."), 7},
                                                     {QT_TRANSLATE_NOOP("RankingReport", "Unit"), 27},
                                                     {QT_TRANSLATE_NOOP("RankingReport", "Appraised points"), 10},
                                                     {QT_TRANSLATE_NOOP("RankingReport", "Survey points"), 10},
                                                     {QT_TRANSLATE_NOOP("RankingReport", "Total"), 9},
                                                     {QT_TRANSLATE_NOOP("RankingReport", "Index (%)"), 9},
                                                     {QT_TRANSLATE_NOOP("RankingReport", "Rank"), 7},
                                                     {QT_TRANSLATE_NOOP("RankingReport", "Band"), 9},
                                                     {QT_TRANSLATE_NOOP("RankingReport", "Change from last year"), 12}};
        for (const auto& [head, width] : heads)
            h += QStringLiteral("<th width='%1%'>%2</th>").arg(width).arg(t(head));
        h += QStringLiteral("</tr>");
        int n = 0;
        for (const UnitYearResult& u : m_results.units) {
            const ResultRow& r = u.row;
            if (r.group != g.group)
                continue;
            QString change;
            if (r.previousIndex) {
                const Points d = r.publishedIndex() - *r.previousIndex;
                change = (d.isNegative() ? QString() : QStringLiteral("+")) + number(d);
                if (r.previousRank > 0 && r.rank > 0 && r.previousRank != r.rank)
                    change += QStringLiteral("<br/>") +
                              t(QT_TRANSLATE_NOOP("RankingReport", "(rank %1 → %2)")).arg(r.previousRank).arg(r.rank);
            }
            h += QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td align='right'>%3</td>"
                                "<td align='right'>%4</td><td align='right'>%5</td><td align='right'><b>%6</b></td>"
                                "<td align='center'>%7</td><td align='center'>%8</td><td align='right'>%9</td></tr>")
                     .arg(++n)
                     .arg(esc(r.unitName), number(r.appraised), number(r.survey), number(r.total),
                          number(r.publishedIndex(), r.indexDecimals),
                          r.rank > 0 ? QString::number(r.rank) : t(QT_TRANSLATE_NOOP("RankingReport", "not ranked")),
                          esc(r.band), change);
        }
        h += QStringLiteral("<tr><td></td><td colspan='4'><b>%1</b></td><td align='right'><b>%2</b></td>"
                            "<td colspan='3'></td></tr></table>")
                 .arg(t(QT_TRANSLATE_NOOP("RankingReport", "Average of the %1 ranked unit(s)")).arg(g.units),
                      number(g.averageIndex));
    }

    // The analysis: index per area and the weakest criteria, per group.
    const Analysis analysis(m_results);
    const QList<NodeAnalysis> areas = analysis.nodes(NodeLevel::Area);
    for (const GroupSummary& g : m_results.groups) {
        QString rows;
        for (const NodeAnalysis& a : areas) {
            if (a.group == g.group && a.average)
                rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td></tr>")
                            .arg(esc(a.code), esc(a.title), number(*a.average));
        }
        if (rows.isEmpty())
            continue;
        h += QStringLiteral("<p class='section'>%1. %2</p>")
                 .arg(++section)
                 .arg(esc(t(QT_TRANSLATE_NOOP("RankingReport", "Index per area and weakest criteria: %1"))
                              .arg(m_document->groupName(g.group))));
        h += QStringLiteral("<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='3' "
                            "style='font-size:11pt'><tr><th>%1</th><th>%2</th><th>%3</th></tr>%4</table>")
                 .arg(t(QT_TRANSLATE_NOOP("RankingReport", "Code")), t(QT_TRANSLATE_NOOP("RankingReport", "Area")),
                      t(QT_TRANSLATE_NOOP("RankingReport", "Average index (%)")), rows);
        QStringList weakest;
        for (const NodeAnalysis& c : analysis.weakestCriteria(g.group, 5))
            weakest.append(QStringLiteral("%1 %2 (%3%)").arg(esc(c.code), esc(c.title), number(*c.average)));
        if (!weakest.isEmpty())
            h += QStringLiteral("<p class='body'>%1</p>")
                     .arg(t(QT_TRANSLATE_NOOP("RankingReport", "Weakest criteria: %1."))
                              .arg(weakest.join(QStringLiteral("; "))));
    }
    h += m_document->signatureBlock({t(QT_TRANSLATE_NOOP("RankingReport", "The People's Committee (to report)")),
                                     t(QT_TRANSLATE_NOOP("RankingReport", "The units assessed"))});
    h += m_document->end();
    return h;
}

void RankingReport::build(QTextDocument& document) const
{
    m_document->build(document, html());
}

Status RankingReport::writePdf(const QString& path) const
{
    return m_document->writePdf(
        path,
        t(QT_TRANSLATE_NOOP("RankingReport", "Results of the Administrative Reform Index %1")).arg(m_results.year),
        html());
}

// ---- A unit's result sheet -----------------------------------------------------------------------

UnitResultSheet::UnitResultSheet(const YearResults& results, const QString& unitCode, QHash<QString, QString> comments,
                                 ReportContext context, const QString& language)
    : m_results(results), m_unitCode(unitCode), m_comments(std::move(comments)), m_context(std::move(context)),
      m_document(std::make_unique<OfficialDocument>("UnitResultSheet", language))
{}

UnitResultSheet::~UnitResultSheet() = default;

QString UnitResultSheet::t(const char* source) const
{
    return m_document->t(source);
}

QString UnitResultSheet::number(Points p, int decimals) const
{
    return p.toFixed(decimals, m_document->vietnamese() ? NumberLocale::Vietnamese : NumberLocale::English);
}

QString UnitResultSheet::html() const
{
    const UnitYearResult* u = m_results.unit(m_unitCode);
    if (!u)
        return QString();
    const ResultRow& r = u->row;
    QString h = m_document->begin();
    h += headerOf(*m_document, m_context, t(QT_TRANSLATE_NOOP("UnitResultSheet", "No.: ....../PKQ-SNV")));
    h += QStringLiteral("<p align='center' style='margin-top:18px; font-size:14pt'><b>%1</b><br/><b>%2</b></p>")
             .arg(t(QT_TRANSLATE_NOOP("UnitResultSheet", "RESULT SHEET")),
                  esc(t(QT_TRANSLATE_NOOP("UnitResultSheet", "Administrative Reform Index %1 of %2"))
                          .arg(m_results.year)
                          .arg(r.unitName)));
    QStringList facts;
    facts << t(QT_TRANSLATE_NOOP("UnitResultSheet", "Appraised points: %1; survey points: %2; bonus %3, penalty %4"))
                 .arg(number(r.appraised), number(r.survey), number(r.bonus), number(r.penalty));
    facts << t(QT_TRANSLATE_NOOP("UnitResultSheet", "Total: %1 of %2 points; index %3%"))
                 .arg(number(r.total), number(r.max), number(r.publishedIndex(), r.indexDecimals));
    facts << (r.rank > 0 ? t(QT_TRANSLATE_NOOP("UnitResultSheet", "Rank %1 among %2"))
                               .arg(r.rank)
                               .arg(m_document->groupName(r.group))
                         : t(QT_TRANSLATE_NOOP("UnitResultSheet", "Not ranked")));
    if (!r.band.isEmpty())
        facts << t(QT_TRANSLATE_NOOP("UnitResultSheet", "Band: %1")).arg(esc(r.band));
    if (r.previousIndex)
        facts << t(QT_TRANSLATE_NOOP("UnitResultSheet", "Last year: index %1%%2"))
                     .arg(number(*r.previousIndex),
                          r.previousRank > 0 ? t(QT_TRANSLATE_NOOP("UnitResultSheet", ", rank %1")).arg(r.previousRank)
                                             : QString());
    if (u->provisional)
        facts << t(QT_TRANSLATE_NOOP("UnitResultSheet", "Not final: the appraisal council has not approved the "
                                                        "results yet."));
    for (const QString& f : facts)
        h += QStringLiteral("<p class='body'>- %1</p>").arg(f);

    if (u->evaluation && u->set) {
        h += QStringLiteral("<p class='section'>%1</p>")
                 .arg(t(QT_TRANSLATE_NOOP("UnitResultSheet", "Points per area and criterion")));
        h += QStringLiteral("<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='3' "
                            "style='font-size:11pt'><tr>");
        for (const char* head :
             {QT_TRANSLATE_NOOP("UnitResultSheet", "Code"), QT_TRANSLATE_NOOP("UnitResultSheet", "Area, criterion"),
              QT_TRANSLATE_NOOP("UnitResultSheet", "Max"), QT_TRANSLATE_NOOP("UnitResultSheet", "Self-scored"),
              QT_TRANSLATE_NOOP("UnitResultSheet", "Final"), QT_TRANSLATE_NOOP("UnitResultSheet", "of which survey"),
              QT_TRANSLATE_NOOP("UnitResultSheet", "Index (%)")}) {
            static const QHash<QByteArray, int> widths{{"Code", 8}, {"Area, criterion", 40}};
            const int width = widths.value(head, 10);
            h += QStringLiteral("<th width='%1%'>%2</th>").arg(width).arg(t(head));
        }
        h += QStringLiteral("</tr>");
        for (const CriteriaNode* node : u->set->allNodes()) {
            if (node->level != NodeLevel::Area && node->level != NodeLevel::Criterion)
                continue;
            const NodeResult* given = u->evaluation->node(node->code);
            if (!given)
                continue;
            const NodeResult* self = u->selfEvaluation ? u->selfEvaluation->node(node->code) : nullptr;
            Points survey;
            for (const CriteriaNode* leaf : u->set->surveyLeaves()) {
                if (leaf->code.startsWith(node->code + QLatin1Char('.')) || leaf->code == node->code) {
                    if (const NodeResult* s = u->evaluation->node(leaf->code))
                        survey += s->achieved;
                }
            }
            const bool area = node->level == NodeLevel::Area;
            h += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td align='right'>%4</td><td align='right'>%5</td>"
                                "<td align='right'>%6</td><td align='right'>%7</td><td align='right'>%8</td></tr>")
                     .arg(area ? QStringLiteral(" style='font-weight:bold; background:#f7f7f7'") : QString(),
                          esc(node->code), esc(node->title), number(node->max),
                          self ? number(self->achieved) : QString(), number(given->achieved), number(survey),
                          given->index().isDefined() ? number(given->index().percent(2)) : QString());
        }
        h += QStringLiteral("</table>");
    }

    QString comments;
    if (u->set) {
        for (const CriteriaNode* leaf : u->set->leaves()) {
            const QString c = m_comments.value(leaf->code);
            if (!c.isEmpty())
                comments += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(leaf->code), esc(c));
        }
    }
    h += QStringLiteral("<p class='section'>%1</p>")
             .arg(t(QT_TRANSLATE_NOOP("UnitResultSheet", "The appraisers' comments")));
    h += comments.isEmpty()
             ? QStringLiteral("<p class='body'>%1</p>")
                   .arg(t(QT_TRANSLATE_NOOP("UnitResultSheet", "No comments: every item was accepted as scored.")))
             : QStringLiteral("<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='3' "
                              "style='font-size:11pt'><tr><th width='12%'>%1</th><th>%2</th></tr>%3</table>")
                   .arg(t(QT_TRANSLATE_NOOP("UnitResultSheet", "Item")),
                        t(QT_TRANSLATE_NOOP("UnitResultSheet", "Comment")), comments);
    h += m_document->signatureBlock({r.unitName});
    h += m_document->end();
    return h;
}

void UnitResultSheet::build(QTextDocument& document) const
{
    m_document->build(document, html());
}

Status UnitResultSheet::writePdf(const QString& path) const
{
    if (!m_results.unit(m_unitCode))
        return Status::failure(tr("%1 has no results for %2").arg(m_unitCode).arg(m_results.year));
    return m_document->writePdf(path,
                                t(QT_TRANSLATE_NOOP("UnitResultSheet", "Administrative Reform Index %1 of %2"))
                                    .arg(m_results.year)
                                    .arg(m_unitCode),
                                html());
}

} // namespace parindex
