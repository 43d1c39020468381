#pragma once

#include <QString>
#include <QStringList>

namespace parindex {

// Text is stored in Unicode NFC with surrounding white space removed.
QString normalized(const QString& text);
// A key for matching names typed by people: NFC, case-folded, inner white space collapsed.
QString matchKey(const QString& text);
// A looser key for searching: matchKey without diacritics (Đ as D), since people often type
// Vietnamese without its marks ("tay mo" finds "Tây Mỗ").
QString searchKey(const QString& text);
// The candidate nearest to `text` when it is a likely misspelling of it (compared by searchKey,
// so a missing diacritic or a typo or two), or an empty string when none is near enough.
QString closestMatch(const QString& text, const QStringList& candidates);
// Vietnamese-aware collation order for sorting names (Ă after A, Đ after D, ...).
int compareVietnamese(const QString& a, const QString& b);

// Control characters (C0, C1, DEL) and the invisible marks that reorder text (bidi embeddings,
// overrides and isolates, e.g. U+202E) — never part of a name or a code.
bool isControlOrBidi(QChar c);
bool hasControlOrBidi(const QString& text);
// Text fit to print on a terminal or in a table: every control or bidi character shows as
// U+FFFD instead of acting.
QString safeForDisplay(const QString& text);
// A text cell for a CSV or spreadsheet: displayable, and never read as a formula (a leading
// = + - @ or tab gets a quote first).
QString spreadsheetText(const QString& text);

} // namespace parindex
