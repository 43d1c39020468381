#include "core/reports/DocumentPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace parindex {

void DocumentPainter::setupPage(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(30, 20, 15, 20),
                                     QPageLayout::Millimeter));
}

QString DocumentPainter::serifFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const QString& f : {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"),
                             QStringLiteral("Tinos"), QStringLiteral("DejaVu Serif")}) {
        if (families.contains(f))
            return f;
    }
    return QStringLiteral("serif");
}

int DocumentPainter::paint(QTextDocument& document, QPagedPaintDevice& device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    document.documentLayout()->setPaintDevice(&device);
    const QRectF body = device.pageLayout().paintRectPixels(device.logicalDpiX());
    document.setPageSize(body.size());
    const int pages = document.pageCount();
    const qreal topMargin = device.pageLayout().marginsPixels(device.logicalDpiX()).top();
    QFont numberFont(serifFamily());
    numberFont.setPointSizeF(13);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        const QRectF visible(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = visible;
        document.documentLayout()->draw(&painter, ctx);
        painter.restore();
        if (page > 0) {
            painter.setFont(numberFont);
            painter.drawText(QRectF(0, -topMargin, body.width(), topMargin), Qt::AlignCenter,
                             QString::number(page + 1));
        }
    }
    painter.end();
    return pages;
}

} // namespace parindex
