#pragma once

#include "core/common/Result.h"
#include "core/common/UnitGroup.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <memory>

class QTextDocument;
class QTranslator;

namespace parindex {

// What every administrative document ParIndex prints shares (Nghị định 30/2020/NĐ-CP, Phụ lục I):
// the header block (agency at the left, the national title and motto at the right, number,
// place and date), the fonts and sizes, the A4 pages with numbers from page 2, and an atomic
// PDF. A document's language is its own (Vietnamese by default), whatever the interface's.
class OfficialDocument
{
    Q_DECLARE_TR_FUNCTIONS(OfficialDocument)

public:
    // `context` names the translation context of the document's own texts.
    OfficialDocument(const char* context, const QString& language);
    ~OfficialDocument();

    bool vietnamese() const { return m_vietnamese; }
    // A text of the document, in its language.
    QString t(const char* source) const;
    // A unit group's name, in the document's language.
    QString groupName(UnitGroup g) const;
    static QString esc(const QString& text);
    // "Ủy ban nhân dân thành phố Hà Nội" → ("UBND THÀNH PHỐ HÀ NỘI", "Hà Nội")
    static std::pair<QString, QString> superiorAndPlace(const QString& issuer);

    // <html><head> with the shared styles, opened <body>.
    QString begin() const;
    QString end() const { return QStringLiteral("</body></html>"); }
    // The header block: superior and agency at the left with the number below (and, for a
    // letter, its subject "V/v …" under the number), the motto and "place, date" at the right.
    QString header(const QString& superior, const QString& agency, const QString& number, const QString& place,
                   QDate date, const QString& subject = QString()) const;
    // "Recipients:" with the given lines (the archive copy added), and the head's signature.
    QString signatureBlock(const QStringList& recipients) const;
    // A heading line of paragraphs of text (blank lines start a new paragraph).
    static QString paragraphs(const QString& text, const QString& none);

    void build(QTextDocument& document, const QString& html) const;
    // Writes the PDF atomically: the target appears complete or not at all.
    Status writePdf(const QString& path, const QString& title, const QString& html) const;

private:
    const char* m_context;
    bool m_vietnamese;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace parindex
