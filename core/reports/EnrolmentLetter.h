#pragma once

#include "core/common/Result.h"
#include "core/records/KeyRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <memory>
#include <optional>

class QTextDocument;

namespace parindex {

class OfficialDocument;
class UnitAssessment;

// What the enrolment letter says.
struct EnrolmentLetterData
{
    QString unitName;
    QString unitCode;
    QString issuer; // the People's Committee over the unit (from the criteria set)
    int year = 0;
    OwnKeyInfo key;
    std::optional<OwnKeyInfo> replaces; // the key this one takes over from
};

// The official letter (công văn) with which a unit asks Sở Nội vụ to enrol its signing key:
// the unit, the key's fingerprint in groups of four, when it was made, the key it replaces, in
// the administrative document format.
class EnrolmentLetter
{
    Q_DECLARE_TR_FUNCTIONS(EnrolmentLetter)

public:
    // The letter for the unit's key in use; fails when the unit has none.
    static Result<EnrolmentLetterData> dataFor(const UnitAssessment& unit);

    explicit EnrolmentLetter(EnrolmentLetterData data, QDate date = {}, const QString& language = QStringLiteral("vi"));
    ~EnrolmentLetter();

    QString html() const;
    void build(QTextDocument& document) const;
    Status writePdf(const QString& path) const;

private:
    QString t(const char* source) const;

    EnrolmentLetterData m_data;
    QDate m_date;
    std::unique_ptr<OfficialDocument> m_document;
};

} // namespace parindex
