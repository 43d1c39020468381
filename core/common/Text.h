#pragma once

#include <QString>

namespace parindex {

// Text is stored in Unicode NFC with surrounding white space removed.
QString normalized(const QString& text);
// A key for matching names typed by people: NFC, case-folded, inner white space collapsed.
QString matchKey(const QString& text);
// Vietnamese-aware collation order for sorting names (Ă after A, Đ after D, ...).
int compareVietnamese(const QString& a, const QString& b);

} // namespace parindex
