#include "core/reports/SelfAssessmentReport.h"

#include "core/common/Clock.h"
#include "core/reports/OfficialDocument.h"
#include "core/unit/UnitAssessment.h"

namespace parindex {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

SelfAssessmentReport::SelfAssessmentReport(const UnitAssessment& assessment, QDate date, const QString& language)
    : m_assessment(assessment), m_date(date.isValid() ? date : Clock::now().toLocalTime().date()),
      m_document(std::make_unique<OfficialDocument>("SelfAssessmentReport", language))
{}

SelfAssessmentReport::~SelfAssessmentReport() = default;

QString SelfAssessmentReport::t(const char* source) const
{
    return m_document->t(source);
}

QString SelfAssessmentReport::number(Points p) const
{
    return p.toString(m_document->vietnamese() ? NumberLocale::Vietnamese : NumberLocale::English);
}

QString SelfAssessmentReport::html() const
{
    const UnitAssessment& a = m_assessment;
    const CriteriaSet& set = a.set();
    const Evaluation& e = a.evaluation();
    const auto [superior, place] = OfficialDocument::superiorAndPlace(set.issuer);
    const QList<EvidenceDocument>& documents = a.evidence();

    QString h = m_document->begin();
    h += m_document->header(superior, a.unit().name,
                            t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "No.: ....../BC-%1")).arg(a.unit().code), place,
                            m_date);
    h += QStringLiteral("<p align='center' style='margin-top:18px; font-size:14pt'><b>%1</b><br/><b>%2</b></p>")
             .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "REPORT")),
                  esc(t(QT_TRANSLATE_NOOP("SelfAssessmentReport",
                                          "Self-assessment and scoring of the Administrative Reform Index %1"))
                          .arg(a.year())));
    h +=
        QStringLiteral("<p class='body'>%1</p>")
            .arg(esc(
                t(QT_TRANSLATE_NOOP("SelfAssessmentReport",
                                    "Pursuant to Decision No. %1 of %2 of %3 issuing %4, %5 reports the results of its "
                                    "self-assessment and scoring of the Administrative Reform Index %6 as follows:"))
                    .arg(set.decision, set.decisionDate.toString(QStringLiteral("dd/MM/yyyy")), set.issuer, set.title,
                         a.unit().name)
                    .arg(a.year())));

    // I. Summary
    const Points selfPossible = e.selfPossible();
    h += QStringLiteral("<p class='section'>%1</p>")
             .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "I. SELF-ASSESSMENT RESULTS")));
    h += QStringLiteral("<p class='body'>%1</p>")
             .arg(t(QT_TRANSLATE_NOOP(
                        "SelfAssessmentReport",
                        "Self-assessed total: <b>%1</b> of %2 points that the unit scores (items scored by the "
                        "sociological survey are added by Sở Nội vụ). Bonus points: %3; penalty points: %4."))
                      .arg(number(e.selfTotal()), number(selfPossible), number(e.bonus), number(e.penalty)));
    // Once Sở Nội vụ's feedback is in, the appraised points and its comments stand beside the
    // unit's own.
    const std::optional<package::FeedbackData>& feedback = a.feedback();
    if (feedback)
        h += QStringLiteral("<p class='body'>%1</p>")
                 .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport",
                                          "Appraised by Sở Nội vụ (round %1): <b>%2</b> points."))
                          .arg(feedback->round)
                          .arg(number(feedback->finalTotal)));
    const QString appraisedHeader =
        feedback
            ? QStringLiteral("<th width='11%'>%1</th>").arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Appraised")))
            : QString();
    h += QStringLiteral("<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='3'>"
                        "<thead><tr><th width='9%'>%1</th><th>%2</th><th width='11%'>%3</th>"
                        "<th width='12%'>%4</th>%6<th width='%7'>%5</th></tr></thead>")
             .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Code")),
                  t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Content")),
                  t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Max points")),
                  t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Self score")),
                  t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Remarks")), appraisedHeader,
                  feedback ? QStringLiteral("24%") : QStringLiteral("14%"));
    for (const CriteriaNode* node : set.allNodes()) {
        const NodeResult* r = e.node(node->code);
        if (!r)
            continue;
        const bool adjustment = node->level == NodeLevel::Bonus || node->level == NodeLevel::Penalty;
        if (adjustment && r->item.state != ItemScore::State::Scored)
            continue;
        QString self;
        QString note;
        if (node->isLeaf()) {
            switch (r->item.state) {
            case ItemScore::State::Scored:
                self = node->isSurvey() ? QString() : number(r->achieved);
                note = node->isSurvey() ? t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "By survey")) : QString();
                if (a.status(node->code) == ItemStatus::ExplainedWithoutEvidence)
                    note = t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Explained"));
                else if (a.status(node->code) == ItemStatus::NeedsEvidence)
                    note = t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "No evidence"));
                break;
            case ItemScore::State::NotApplicable:
                note = t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Not applicable"));
                break;
            case ItemScore::State::Unscored:
                note = node->isSurvey() ? t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "By survey"))
                                        : t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Not scored"));
                break;
            case ItemScore::State::Invalid:
                note = t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Invalid"));
                break;
            }
        } else {
            self = number(r->achieved);
        }
        if (adjustment)
            note = node->level == NodeLevel::Bonus ? t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Bonus"))
                                                   : t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Penalty"));
        const QString weight =
            node->level == NodeLevel::Area ? QStringLiteral(" style='font-weight:bold; background:#f7f7f7'")
            : node->level == NodeLevel::Criterion && !node->isLeaf() ? QStringLiteral(" style='font-weight:600'")
                                                                     : QString();
        QString appraised;
        if (feedback) {
            QString points;
            if (const package::FeedbackItem* f = feedback->item(node->code)) {
                const std::optional<Points> p = f->round2 ? f->round2Points : f->round1Points;
                points = p ? number(*p) : QString();
                const QString comment = f->round2 && !f->round2Comment.isEmpty() ? f->round2Comment : f->round1Comment;
                if (!comment.isEmpty())
                    note += (note.isEmpty() ? QString() : QStringLiteral("; ")) + esc(comment);
                if (f->request != RequestKind::None)
                    note += QStringLiteral(" <i>(%1)</i>")
                                .arg(f->request == RequestKind::Evidence
                                         ? t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "evidence requested"))
                                         : t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "explanation requested")));
            }
            appraised = QStringLiteral("<td class='num' align='right'>%1</td>").arg(points);
        }
        h += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td class='num' align='right'>%4</td>"
                            "<td class='num' align='right'>%5</td>%7<td>%6</td></tr>")
                 .arg(weight, esc(node->code), esc(node->title), number(node->max), self, note, appraised);
    }
    h += QStringLiteral(
             "<tr style='font-weight:bold'><td></td><td>%1</td>"
             "<td class='num' align='right'>%2</td><td class='num' align='right'>%3</td>%4<td></td></tr></table>")
             .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "TOTAL (self-assessed)")), number(selfPossible),
                  number(e.selfTotal()),
                  feedback ? QStringLiteral("<td class='num' align='right'>%1</td>").arg(number(feedback->finalTotal))
                           : QString());

    // II. Items scored without evidence
    const QString none = t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "None."));
    h += QStringLiteral("<p class='section'>%1</p>")
             .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "II. ITEMS SCORED WITHOUT EVIDENCE")));
    QString rows;
    for (const CriteriaNode* leaf : set.leaves()) {
        const NodeResult* r = e.node(leaf->code);
        if (!claimedWithoutEvidence(a.status(leaf->code)))
            continue;
        const QString explanation = a.stored(leaf->code).explanation;
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td class='num' align='right'>%3</td><td>%4</td></tr>")
                    .arg(esc(leaf->code), esc(leaf->title), number(r->achieved),
                         explanation.isEmpty()
                             ? QStringLiteral("<i>%1</i>")
                                   .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "No explanation yet")))
                             : esc(explanation));
    }
    h += rows.isEmpty()
             ? QStringLiteral("<p class='body'>%1</p>").arg(none)
             : QStringLiteral("<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='3'>"
                              "<thead><tr><th width='9%'>%1</th><th width='36%'>%2</th><th width='9%'>%3</th>"
                              "<th>%4</th></tr></thead>")
                       .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Code")),
                            t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Content")),
                            t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Points")),
                            t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Explanation"))) +
                   rows + QStringLiteral("</table>");

    // III. Evidence list
    h += QStringLiteral("<p class='section'>%1</p>")
             .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "III. LIST OF EVIDENCE")));
    if (documents.isEmpty()) {
        h += QStringLiteral("<p class='body'>%1</p>").arg(none);
    } else {
        h += QStringLiteral("<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='3'><thead><tr>"
                            "<th width='8%'>%1</th><th width='18%'>%2</th><th width='16%'>%3</th>"
                            "<th>%4</th><th width='16%'>%5</th></tr></thead>")
                 .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "No.")),
                      t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Number")),
                      t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Date of issue")),
                      t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Summary")),
                      t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Items")));
        int n = 0;
        for (const EvidenceDocument& d : documents) {
            const QString summary = d.summary.isEmpty() ? d.displayName : d.summary;
            h += QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                     .arg(++n)
                     .arg(esc(d.number),
                          d.issuedOn.isValid() ? d.issuedOn.toString(QStringLiteral("dd/MM/yyyy")) : QString(),
                          esc(summary), esc(d.items.join(u", ")));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<p class='section'>%1</p>")
             .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "IV. DIFFICULTIES AND OBSTACLES"))) +
         OfficialDocument::paragraphs(a.reportText(ReportSection::Difficulties), none);
    h += QStringLiteral("<p class='section'>%1</p>")
             .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "V. PROPOSALS AND RECOMMENDATIONS"))) +
         OfficialDocument::paragraphs(a.reportText(ReportSection::Proposals), none);

    h += m_document->signatureBlock(
        {t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Department of Home Affairs (Sở Nội vụ)"))});
    h += m_document->end();
    return h;
}

void SelfAssessmentReport::build(QTextDocument& document) const
{
    m_document->build(document, html());
}

Status SelfAssessmentReport::writePdf(const QString& path) const
{
    return m_document->writePdf(path,
                                t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Self-assessment report %1 — %2"))
                                    .arg(m_assessment.year())
                                    .arg(m_assessment.unit().name),
                                html());
}

} // namespace parindex
