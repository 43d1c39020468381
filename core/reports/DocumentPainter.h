#pragma once

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace parindex {

// Lays out a rich-text document on A4 pages in the administrative format of Nghị định
// 30/2020/NĐ-CP (margins: top/bottom 20 mm, left 30 mm, right 15 mm) and paints it, with page
// numbers centred in the top margin from page 2. Works for a QPdfWriter as for a QPrinter.
class DocumentPainter
{
public:
    static void setupPage(QPagedPaintDevice& device);
    // Returns the number of pages painted, or 0 when the painter could not start.
    static int paint(QTextDocument& document, QPagedPaintDevice& device);
    // The serif family used for documents: Times New Roman where installed, else a metric-
    // compatible Unicode serif with Vietnamese coverage.
    static QString serifFamily();
};

} // namespace parindex
