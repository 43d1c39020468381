#include "core/reports/EnrolmentLetter.h"

#include "core/common/Clock.h"
#include "core/crypto/SigningKey.h"
#include "core/reports/OfficialDocument.h"
#include "core/unit/UnitAssessment.h"

namespace parindex {

Result<EnrolmentLetterData> EnrolmentLetter::dataFor(const UnitAssessment& unit)
{
    using R = Result<EnrolmentLetterData>;
    const auto history = unit.keyHistory();
    if (!history)
        return R::failure(history.error());
    if (history->isEmpty() || !history->first().current())
        return R::failure(tr("the unit has no signing key yet"));
    EnrolmentLetterData d;
    d.unitName = unit.unit().name;
    d.unitCode = unit.unit().code;
    d.issuer = unit.set().issuer;
    d.year = unit.year();
    d.key = history->first();
    if (history->size() > 1)
        d.replaces = history->at(1);
    return d;
}

EnrolmentLetter::EnrolmentLetter(EnrolmentLetterData data, QDate date, const QString& language)
    : m_data(std::move(data)), m_date(date.isValid() ? date : Clock::now().toLocalTime().date()),
      m_document(std::make_unique<OfficialDocument>("EnrolmentLetter", language))
{}

EnrolmentLetter::~EnrolmentLetter() = default;

QString EnrolmentLetter::t(const char* source) const
{
    return m_document->t(source);
}

QString EnrolmentLetter::html() const
{
    using D = OfficialDocument;
    const auto [superior, place] = D::superiorAndPlace(m_data.issuer);
    QString h = m_document->begin();
    h += m_document->header(superior, m_data.unitName,
                            t(QT_TRANSLATE_NOOP("EnrolmentLetter", "No.: ....../CV-%1")).arg(m_data.unitCode), place,
                            m_date,
                            t(QT_TRANSLATE_NOOP("EnrolmentLetter", "On the enrolment of the key that signs the "
                                                                   "Administrative Reform Index submissions")));
    h += QStringLiteral("<p align='center' style='margin-top:14px; font-size:14pt'>%1</p>")
             .arg(D::esc(t(QT_TRANSLATE_NOOP("EnrolmentLetter", "To: the Department of Home Affairs (Sở Nội vụ)"))));
    h += QStringLiteral("<p class='body'>%1</p>")
             .arg(D::esc(
                 t(QT_TRANSLATE_NOOP("EnrolmentLetter",
                                     "To send its self-assessment of the Administrative Reform Index %1 as a "
                                     "signed package, %2 has created a signing key with ParIndex. %2 asks the "
                                     "Department of Home Affairs to enrol the key below and to accept from it only "
                                     "packages signed with this key."))
                     .arg(m_data.year)
                     .arg(m_data.unitName)));
    const QString created = m_data.key.createdAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    const QString fingerprint =
        D::esc(SigningKey::groupedFingerprint(m_data.key.keyId, 4)).replace(u'\n', QStringLiteral("<br/>"));
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td width='32%'><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    h += QStringLiteral("<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='4'>");
    h += row(D::esc(t(QT_TRANSLATE_NOOP("EnrolmentLetter", "Unit"))), D::esc(m_data.unitName));
    h += row(D::esc(t(QT_TRANSLATE_NOOP("EnrolmentLetter", "Unit code"))), D::esc(m_data.unitCode));
    h += row(D::esc(t(QT_TRANSLATE_NOOP("EnrolmentLetter", "Signature algorithm"))), QStringLiteral("Ed25519"));
    h += row(D::esc(t(QT_TRANSLATE_NOOP("EnrolmentLetter", "Key fingerprint"))),
             QStringLiteral(
                 "<span style=\"font-family:'DejaVu Sans Mono','Liberation Mono',monospace; font-size:12pt\">%1</span>")
                 .arg(fingerprint));
    h += row(D::esc(t(QT_TRANSLATE_NOOP("EnrolmentLetter", "Created on"))), D::esc(created));
    h += row(D::esc(t(QT_TRANSLATE_NOOP("EnrolmentLetter", "Public key file (sent with this letter)"))),
             D::esc(m_data.unitCode + QStringLiteral(".pub")));
    h += QStringLiteral("</table>");
    if (m_data.replaces) {
        h += QStringLiteral("<p class='body'>%1</p>")
                 .arg(D::esc(
                     t(QT_TRANSLATE_NOOP("EnrolmentLetter", "This key replaces the key %1, which %2 no longer uses; "
                                                            "please revoke that key."))
                         .arg(SigningKey::groupedFingerprint(m_data.replaces->keyId), m_data.unitName)));
    }
    h += QStringLiteral("<p class='body'>%1</p>")
             .arg(D::esc(t(QT_TRANSLATE_NOOP(
                 "EnrolmentLetter", "When enrolling the public key file, please compare the fingerprint that "
                                    "ParIndex shows with the one above, group by group, and enrol the key only if "
                                    "they are the same."))));
    h +=
        m_document->signatureBlock({t(QT_TRANSLATE_NOOP("EnrolmentLetter", "Department of Home Affairs (Sở Nội vụ)"))});
    h += m_document->end();
    return h;
}

void EnrolmentLetter::build(QTextDocument& document) const
{
    m_document->build(document, html());
}

Status EnrolmentLetter::writePdf(const QString& path) const
{
    return m_document->writePdf(
        path, t(QT_TRANSLATE_NOOP("EnrolmentLetter", "Signing key enrolment — %1")).arg(m_data.unitName), html());
}

} // namespace parindex
