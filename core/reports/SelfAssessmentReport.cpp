#include "SelfAssessmentReport.h"

#include "DocumentPainter.h"
#include "common/Clock.h"
#include "unit/UnitAssessment.h"

#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextDocument>
#include <QTranslator>

namespace parindex {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// "Ủy ban nhân dân thành phố Hà Nội" → ("UBND THÀNH PHỐ HÀ NỘI", "Hà Nội")
std::pair<QString, QString> superiorAndPlace(const QString& issuer)
{
    QString short_ = issuer;
    short_.replace(QStringLiteral("Ủy ban nhân dân"), QStringLiteral("UBND"), Qt::CaseInsensitive);
    QString place = issuer;
    for (const char* prefix : {"Ủy ban nhân dân", "UBND", "thành phố", "tỉnh"}) {
        const QString p = QString::fromUtf8(prefix);
        if (place.startsWith(p, Qt::CaseInsensitive))
            place = place.mid(p.size()).trimmed();
    }
    return {short_.toUpper(), place};
}

QString paragraphs(const QString& text, const QString& none)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("<p class='body'>%1</p>").arg(none);
    QString out;
    for (const QString& para : text.split(u'\n', Qt::SkipEmptyParts))
        out += QStringLiteral("<p class='body'>%1</p>").arg(esc(para));
    return out;
}

} // namespace

SelfAssessmentReport::SelfAssessmentReport(const UnitAssessment& assessment, QDate date, const QString& language)
    : m_assessment(assessment), m_date(date.isValid() ? date : Clock::now().toLocalTime().date()),
      m_vietnamese(!language.startsWith(QLatin1String("en"))), m_translator(std::make_unique<QTranslator>())
{
    if (m_vietnamese)
        m_translator->load(QStringLiteral(":/i18n/parindex_vi.qm"));
}

SelfAssessmentReport::~SelfAssessmentReport() = default;

QString SelfAssessmentReport::t(const char* source) const
{
    const QString translated = m_translator->translate("SelfAssessmentReport", source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString SelfAssessmentReport::number(Points p) const
{
    return p.toString(m_vietnamese ? NumberLocale::Vietnamese : NumberLocale::English);
}

QString SelfAssessmentReport::html() const
{
    const UnitAssessment& a = m_assessment;
    const CriteriaSet& set = a.set();
    const Evaluation& e = a.evaluation();
    const auto [superior, place] = superiorAndPlace(set.issuer);
    const QList<EvidenceDocument> documents = a.evidence();
    QSet<QString> supported;
    for (const EvidenceDocument& d : documents) {
        for (const QString& c : d.items)
            supported.insert(c);
    }

    QString h;
    h += QStringLiteral(
        "<html><head><style>"
        "td, th { padding: 2px 4px; vertical-align: top; }"
        "p.body { text-align: justify; margin-top: 4px; margin-bottom: 4px; }"
        "p.section { font-size: 13pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }"
        "table.grid { border-collapse: collapse; font-size: 12pt; }"
        "th { font-weight: bold; background: #f0f0f0; }"
        ".num { text-align: right; }"
        "</style></head><body>");
    // Header block: agency at the left, national title and motto at the right.
    const QString placeAndDate = t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "%1, %2/%3/%4"))
                                     .arg(place)
                                     .arg(m_date.day(), 2, 10, QLatin1Char('0'))
                                     .arg(m_date.month(), 2, 10, QLatin1Char('0'))
                                     .arg(m_date.year());
    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                        "<td width='42%' align='center' style='font-size:12pt'>%1<br/><b>%2</b><br/>"
                        "<span style='font-size:8pt'>________</span><br/>%3</td>"
                        "<td width='58%' align='center' style='font-size:12pt'><b>%4</b><br/>"
                        "<span style='font-size:13pt'><b><u>%5</u></b></span><br/><br/>"
                        "<i style='font-size:13pt'>%6</i></td></tr></table>")
             .arg(esc(superior), esc(a.unit().name.toUpper()), esc(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "No.: ....../BC-%1")).arg(a.unit().code)),
                  t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "SOCIALIST REPUBLIC OF VIETNAM")), t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Independence - Freedom - Happiness")),
                  esc(placeAndDate));
    h += QStringLiteral("<p align='center' style='margin-top:18px; font-size:14pt'><b>%1</b><br/><b>%2</b></p>")
             .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "REPORT")),
                  esc(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Self-assessment and scoring of the Administrative Reform Index %1")).arg(a.year())));
    h += QStringLiteral("<p class='body'>%1</p>")
             .arg(esc(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Pursuant to Decision No. %1 of %2 of %3 issuing %4, %5 reports the results of its "
                                                         "self-assessment and scoring of the Administrative Reform Index %6 as follows:"))
                          .arg(set.decision, set.decisionDate.toString(QStringLiteral("dd/MM/yyyy")), set.issuer, set.title,
                               a.unit().name)
                          .arg(a.year())));

    // I. Summary
    const Points selfPossible = e.selfPossible();
    h += QStringLiteral("<p class='section'>%1</p>").arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "I. SELF-ASSESSMENT RESULTS")));
    h += QStringLiteral("<p class='body'>%1</p>")
             .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Self-assessed total: <b>%1</b> of %2 points that the unit scores (items scored by the "
                                                    "sociological survey are added by Sở Nội vụ). Bonus points: %3; penalty points: %4."))
                      .arg(number(e.selfTotal()), number(selfPossible), number(e.bonus), number(e.penalty)));
    h += QStringLiteral("<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='3'>"
                        "<thead><tr><th width='9%'>%1</th><th>%2</th><th width='11%'>%3</th>"
                        "<th width='12%'>%4</th><th width='14%'>%5</th></tr></thead>")
             .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Code")), t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Content")), t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Max points")),
                  t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Self score")), t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Remarks")));
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
                if (!node->isSurvey() && r->achieved > Points() && !supported.contains(node->code))
                    note = t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Explained"));
                break;
            case ItemScore::State::NotApplicable:
                note = t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Not applicable"));
                break;
            case ItemScore::State::Unscored:
                note = node->isSurvey() ? t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "By survey")) : t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Not scored"));
                break;
            case ItemScore::State::Invalid:
                note = t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Invalid"));
                break;
            }
        } else {
            self = number(r->achieved);
        }
        if (adjustment)
            note = node->level == NodeLevel::Bonus ? t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Bonus")) : t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Penalty"));
        const QString weight = node->level == NodeLevel::Area ? QStringLiteral(" style='font-weight:bold; background:#f7f7f7'")
                               : node->level == NodeLevel::Criterion && !node->isLeaf() ? QStringLiteral(" style='font-weight:600'")
                                                                                          : QString();
        h += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td class='num' align='right'>%4</td>"
                            "<td class='num' align='right'>%5</td><td>%6</td></tr>")
                 .arg(weight, esc(node->code), esc(node->title), number(node->max), self, note);
    }
    h += QStringLiteral("<tr style='font-weight:bold'><td></td><td>%1</td>"
                        "<td class='num' align='right'>%2</td><td class='num' align='right'>%3</td><td></td></tr></table>")
             .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "TOTAL (self-assessed)")), number(selfPossible), number(e.selfTotal()));

    // II. Items scored without evidence
    const QString none = t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "None."));
    h += QStringLiteral("<p class='section'>%1</p>").arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "II. ITEMS SCORED WITHOUT EVIDENCE")));
    QString rows;
    for (const CriteriaNode* leaf : set.leaves()) {
        const NodeResult* r = e.node(leaf->code);
        if (leaf->isSurvey() || !r || r->item.state != ItemScore::State::Scored || r->achieved <= Points() ||
            supported.contains(leaf->code))
            continue;
        const QString explanation = a.stored(leaf->code).explanation;
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td class='num' align='right'>%3</td><td>%4</td></tr>")
                    .arg(esc(leaf->code), esc(leaf->title), number(r->achieved),
                         explanation.isEmpty() ? QStringLiteral("<i>%1</i>").arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "No explanation yet"))) : esc(explanation));
    }
    h += rows.isEmpty() ? QStringLiteral("<p class='body'>%1</p>").arg(none)
                        : QStringLiteral("<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='3'>"
                                         "<thead><tr><th width='9%'>%1</th><th width='36%'>%2</th><th width='9%'>%3</th>"
                                         "<th>%4</th></tr></thead>")
                                  .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Code")), t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Content")), t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Points")),
                                       t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Explanation"))) +
                              rows + QStringLiteral("</table>");

    // III. Evidence list
    h += QStringLiteral("<p class='section'>%1</p>").arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "III. LIST OF EVIDENCE")));
    if (documents.isEmpty()) {
        h += QStringLiteral("<p class='body'>%1</p>").arg(none);
    } else {
        h += QStringLiteral("<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='3'><thead><tr>"
                            "<th width='8%'>%1</th><th width='18%'>%2</th><th width='16%'>%3</th>"
                            "<th>%4</th><th width='16%'>%5</th></tr></thead>")
                 .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "No.")), t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Number")), t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Date of issue")),
                      t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Summary")), t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Items")));
        int n = 0;
        for (const EvidenceDocument& d : documents) {
            const QString summary = d.summary.isEmpty() ? d.displayName : d.summary;
            h += QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                     .arg(++n)
                     .arg(esc(d.number), d.issuedOn.isValid() ? d.issuedOn.toString(QStringLiteral("dd/MM/yyyy")) : QString(),
                          esc(summary), esc(d.items.join(u", ")));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<p class='section'>%1</p>").arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "IV. DIFFICULTIES AND OBSTACLES"))) +
         paragraphs(a.reportText(ReportSection::Difficulties), none);
    h += QStringLiteral("<p class='section'>%1</p>").arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "V. PROPOSALS AND RECOMMENDATIONS"))) +
         paragraphs(a.reportText(ReportSection::Proposals), none);

    // Signature block
    h += QStringLiteral("<table width='100%' style='margin-top:16px'><tr>"
                        "<td width='50%' style='font-size:11pt'><b><i>%1</i></b><br/>%2<br/>%3</td>"
                        "<td width='50%' align='center'><b>%4</b><br/><i>%5</i></td></tr></table>")
             .arg(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Recipients:")), t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "- Department of Home Affairs (Sở Nội vụ);")),
                  t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "- Archive: VT.")), t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "HEAD OF THE UNIT")),
                  t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "(Signature, full name and seal)")));
    h += QStringLiteral("</body></html>");
    return h;
}

void SelfAssessmentReport::build(QTextDocument& document) const
{
    QFont font(DocumentPainter::serifFamily());
    font.setPointSizeF(13);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html());
}

Status SelfAssessmentReport::writePdf(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setCreator(QStringLiteral("ParIndex ") + QLatin1String(PARINDEX_VERSION));
        pdf.setTitle(t(QT_TRANSLATE_NOOP("SelfAssessmentReport", "Self-assessment report %1 — %2")).arg(m_assessment.year()).arg(m_assessment.unit().name));
        DocumentPainter::setupPage(pdf);
        QTextDocument document;
        build(document);
        if (DocumentPainter::paint(document, pdf) == 0) {
            file.cancelWriting();
            return Status::failure(tr("cannot draw the report"));
        }
    }
    if (!file.commit())
        return Status::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace parindex
