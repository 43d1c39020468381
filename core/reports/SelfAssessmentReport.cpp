#include "SelfAssessmentReport.h"

#include "DocumentPainter.h"
#include "common/Clock.h"
#include "unit/UnitAssessment.h"

#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextDocument>

namespace parindex {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString vn(Points p)
{
    return p.toString(NumberLocale::Vietnamese);
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

QString vietnameseDate(const QString& place, QDate d)
{
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4")
        .arg(place)
        .arg(d.day(), 2, 10, QLatin1Char('0'))
        .arg(d.month(), 2, 10, QLatin1Char('0'))
        .arg(d.year());
}

QString paragraphs(const QString& text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("<p class='body'>Không có.</p>");
    QString out;
    for (const QString& para : text.split(u'\n', Qt::SkipEmptyParts))
        out += QStringLiteral("<p class='body'>%1</p>").arg(esc(para));
    return out;
}

} // namespace

SelfAssessmentReport::SelfAssessmentReport(const UnitAssessment& assessment, QDate date)
    : m_assessment(assessment), m_date(date.isValid() ? date : Clock::now().toLocalTime().date())
{
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
    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                        "<td width='42%' align='center' style='font-size:12pt'>%1<br/><b>%2</b><br/>"
                        "<span style='font-size:8pt'>________</span><br/>Số: ....../BC-%3</td>"
                        "<td width='58%' align='center' style='font-size:12pt'><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/>"
                        "<span style='font-size:13pt'><b><u>Độc lập - Tự do - Hạnh phúc</u></b></span><br/><br/>"
                        "<i style='font-size:13pt'>%4</i></td></tr></table>")
             .arg(esc(superior), esc(a.unit().name.toUpper()), esc(a.unit().code), esc(vietnameseDate(place, m_date)));
    h += QStringLiteral("<p align='center' style='margin-top:18px; font-size:14pt'><b>BÁO CÁO</b><br/>"
                        "<b>Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm %1</b></p>")
             .arg(a.year());
    h += QStringLiteral("<p class='body'>Căn cứ Quyết định số %1 ngày %2 của %3 ban hành %4; %5 báo cáo kết quả tự "
                        "đánh giá, chấm điểm Chỉ số cải cách hành chính năm %6 như sau:</p>")
             .arg(esc(set.decision), set.decisionDate.toString(QStringLiteral("dd/MM/yyyy")), esc(set.issuer),
                  esc(set.title), esc(a.unit().name))
             .arg(a.year());

    // I. Summary
    const Points selfPossible = e.possible - [&] {
        Points survey;
        for (const CriteriaNode* leaf : set.leaves()) {
            if (leaf->isSurvey())
                survey += leaf->max;
        }
        return survey;
    }();
    h += QStringLiteral("<p class='section'>I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM</p>");
    h += QStringLiteral("<p class='body'>Tổng điểm tự đánh giá: <b>%1</b> điểm trên %2 điểm tự đánh giá được (các tiêu chí "
                        "chấm qua điều tra xã hội học do Sở Nội vụ tổng hợp). Điểm thưởng: %3; điểm trừ: %4.</p>")
             .arg(vn(e.total - e.surveyPoints), vn(selfPossible), vn(e.bonus), vn(e.penalty));
    h += QStringLiteral("<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='3'>"
                        "<thead><tr><th width='9%'>Mã</th><th>Nội dung</th><th width='11%'>Điểm tối đa</th>"
                        "<th width='12%'>Điểm tự đánh giá</th><th width='14%'>Ghi chú</th></tr></thead>");
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
                self = node->isSurvey() ? QString() : vn(r->achieved);
                note = node->isSurvey() ? QStringLiteral("Chấm qua ĐTXHH") : QString();
                if (!node->isSurvey() && r->achieved > Points() && !supported.contains(node->code))
                    note = QStringLiteral("Giải trình");
                break;
            case ItemScore::State::NotApplicable:
                note = QStringLiteral("Không đánh giá");
                break;
            case ItemScore::State::Unscored:
                note = node->isSurvey() ? QStringLiteral("Chấm qua ĐTXHH") : QStringLiteral("Chưa chấm");
                break;
            case ItemScore::State::Invalid:
                note = QStringLiteral("Chưa hợp lệ");
                break;
            }
        } else {
            self = vn(r->achieved);
        }
        if (adjustment)
            note = node->level == NodeLevel::Bonus ? QStringLiteral("Điểm thưởng") : QStringLiteral("Điểm trừ");
        const QString weight = node->level == NodeLevel::Area ? QStringLiteral(" style='font-weight:bold; background:#f7f7f7'")
                               : node->level == NodeLevel::Criterion && !node->isLeaf() ? QStringLiteral(" style='font-weight:600'")
                                                                                          : QString();
        h += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td class='num' align='right'>%4</td>"
                            "<td class='num' align='right'>%5</td><td>%6</td></tr>")
                 .arg(weight, esc(node->code), esc(node->title), vn(node->max), self, note);
    }
    h += QStringLiteral("<tr style='font-weight:bold'><td></td><td>TỔNG CỘNG (tự đánh giá)</td>"
                        "<td class='num' align='right'>%1</td><td class='num' align='right'>%2</td><td></td></tr></table>")
             .arg(vn(selfPossible), vn(e.total - e.surveyPoints));

    // II. Items scored without evidence
    h += QStringLiteral("<p class='section'>II. CÁC TIÊU CHÍ CHẤM ĐIỂM KHÔNG CÓ TÀI LIỆU KIỂM CHỨNG</p>");
    QString rows;
    for (const CriteriaNode* leaf : set.leaves()) {
        const NodeResult* r = e.node(leaf->code);
        if (leaf->isSurvey() || !r || r->item.state != ItemScore::State::Scored || r->achieved <= Points() ||
            supported.contains(leaf->code))
            continue;
        const QString explanation = a.stored(leaf->code).explanation;
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td class='num' align='right'>%3</td><td>%4</td></tr>")
                    .arg(esc(leaf->code), esc(leaf->title), vn(r->achieved),
                         explanation.isEmpty() ? QStringLiteral("<i>Chưa có giải trình</i>") : esc(explanation));
    }
    h += rows.isEmpty() ? QStringLiteral("<p class='body'>Không có.</p>")
                        : QStringLiteral("<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='3'>"
                                         "<thead><tr><th width='9%'>Mã</th><th width='36%'>Nội dung</th><th width='9%'>Điểm</th>"
                                         "<th>Giải trình</th></tr></thead>") +
                              rows + QStringLiteral("</table>");

    // III. Evidence list
    h += QStringLiteral("<p class='section'>III. DANH MỤC TÀI LIỆU KIỂM CHỨNG</p>");
    if (documents.isEmpty()) {
        h += QStringLiteral("<p class='body'>Không có.</p>");
    } else {
        h += QStringLiteral("<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='3'><thead><tr>"
                            "<th width='8%'>STT</th><th width='18%'>Số, ký hiệu</th><th width='16%'>Ngày ban hành</th>"
                            "<th>Trích yếu nội dung</th><th width='16%'>Tiêu chí</th></tr></thead>");
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

    h += QStringLiteral("<p class='section'>IV. KHÓ KHĂN, VƯỚNG MẮC</p>") + paragraphs(a.reportText(ReportSection::Difficulties));
    h += QStringLiteral("<p class='section'>V. ĐỀ XUẤT, KIẾN NGHỊ</p>") + paragraphs(a.reportText(ReportSection::Proposals));

    // Signature block
    h += QStringLiteral("<table width='100%' style='margin-top:16px'><tr>"
                        "<td width='50%' style='font-size:11pt'><b><i>Nơi nhận:</i></b><br/>- Sở Nội vụ;<br/>- Lưu: VT.</td>"
                        "<td width='50%' align='center'><b>THỦ TRƯỞNG ĐƠN VỊ</b><br/>"
                        "<i>(Ký, ghi rõ họ tên và đóng dấu)</i></td></tr></table>");
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
        pdf.setTitle(QStringLiteral("Báo cáo tự đánh giá Chỉ số CCHC năm %1 — %2")
                         .arg(m_assessment.year())
                         .arg(m_assessment.unit().name));
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
