#include "core/reports/OfficialDocument.h"

#include "core/files/SafeFile.h"
#include "core/reports/DocumentPainter.h"

#include <QPdfWriter>
#include <QTextDocument>
#include <QTranslator>

namespace parindex {

OfficialDocument::OfficialDocument(const char* context, const QString& language)
    : m_context(context), m_vietnamese(!language.startsWith(QLatin1String("en"))),
      m_translator(std::make_unique<QTranslator>())
{
    if (m_vietnamese && !m_translator->load(QStringLiteral(":/i18n/parindex_vi.qm")))
        qWarning("the Vietnamese translations are missing from this build; documents come out in English");
}

OfficialDocument::~OfficialDocument() = default;

QString OfficialDocument::t(const char* source) const
{
    QString translated = m_translator->translate(m_context, source);
    if (translated.isEmpty())
        translated = m_translator->translate("OfficialDocument", source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString OfficialDocument::groupName(UnitGroup g) const
{
    const QString translated = m_translator->translate("UnitGroups", UnitGroups::displayNameSource(g));
    return translated.isEmpty() ? QString::fromUtf8(UnitGroups::displayNameSource(g)) : translated;
}

QString OfficialDocument::esc(const QString& text)
{
    return text.toHtmlEscaped();
}

std::pair<QString, QString> OfficialDocument::superiorAndPlace(const QString& issuer)
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

QString OfficialDocument::begin() const
{
    return QStringLiteral("<html><head><style>"
                          "td, th { padding: 2px 4px; vertical-align: top; }"
                          "p.body { text-align: justify; margin-top: 4px; margin-bottom: 4px; }"
                          "p.section { font-size: 13pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }"
                          "table.grid { border-collapse: collapse; font-size: 12pt; }"
                          "th { font-weight: bold; background: #f0f0f0; }"
                          ".num { text-align: right; }"
                          "</style></head><body>");
}

QString OfficialDocument::header(const QString& superior, const QString& agency, const QString& number,
                                 const QString& place, QDate date, const QString& subject) const
{
    const QString placeAndDate = t(QT_TRANSLATE_NOOP("OfficialDocument", "%1, %2/%3/%4"))
                                     .arg(place)
                                     .arg(date.day(), 2, 10, QLatin1Char('0'))
                                     .arg(date.month(), 2, 10, QLatin1Char('0'))
                                     .arg(date.year());
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                          "<td width='42%' align='center' style='font-size:12pt'>%1<br/><b>%2</b><br/>"
                          "<span style='font-size:8pt'>________</span><br/>%3%7</td>"
                          "<td width='58%' align='center' style='font-size:12pt'><b>%4</b><br/>"
                          "<span style='font-size:13pt'><b><u>%5</u></b></span><br/><br/>"
                          "<i style='font-size:13pt'>%6</i></td></tr></table>")
        .arg(esc(superior), esc(agency.toUpper()), esc(number),
             t(QT_TRANSLATE_NOOP("OfficialDocument", "SOCIALIST REPUBLIC OF VIETNAM")),
             t(QT_TRANSLATE_NOOP("OfficialDocument", "Independence - Freedom - Happiness")), esc(placeAndDate))
        .arg(subject.isEmpty() ? QString()
                               : QStringLiteral("<br/><span style='font-size:11pt'>%1</span>").arg(esc(subject)));
}

QString OfficialDocument::signatureBlock(const QStringList& recipients) const
{
    QString lines;
    for (const QString& r : recipients)
        lines += QStringLiteral("<br/>- ") + esc(r) + QLatin1Char(';');
    lines += QStringLiteral("<br/>") + t(QT_TRANSLATE_NOOP("OfficialDocument", "- Archive: VT."));
    return QStringLiteral("<table width='100%' style='margin-top:16px'><tr>"
                          "<td width='50%' style='font-size:11pt'><b><i>%1</i></b>%2</td>"
                          "<td width='50%' align='center'><b>%3</b><br/><i>%4</i></td></tr></table>")
        .arg(t(QT_TRANSLATE_NOOP("OfficialDocument", "Recipients:")), lines,
             t(QT_TRANSLATE_NOOP("OfficialDocument", "HEAD OF THE UNIT")),
             t(QT_TRANSLATE_NOOP("OfficialDocument", "(Signature, full name and seal)")));
}

QString OfficialDocument::paragraphs(const QString& text, const QString& none)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("<p class='body'>%1</p>").arg(none);
    QString out;
    for (const QString& para : text.split(u'\n', Qt::SkipEmptyParts))
        out += QStringLiteral("<p class='body'>%1</p>").arg(esc(para));
    return out;
}

void OfficialDocument::build(QTextDocument& document, const QString& html) const
{
    QFont font(DocumentPainter::serifFamily());
    font.setPointSizeF(13);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html);
}

Status OfficialDocument::writePdf(const QString& path, const QString& title, const QString& html) const
{
    auto file = PendingFile::create(path);
    if (!file)
        return Status::failure(file.error());
    {
        QPdfWriter pdf(file.value()->device());
        pdf.setResolution(300);
        pdf.setCreator(QStringLiteral("ParIndex ") + QLatin1String(PARINDEX_VERSION));
        pdf.setTitle(title);
        DocumentPainter::setupPage(pdf);
        QTextDocument document;
        build(document, html);
        if (DocumentPainter::paint(document, pdf) == 0)
            return Status::failure(tr("cannot draw the document"));
    }
    return file.value()->commit();
}

} // namespace parindex
