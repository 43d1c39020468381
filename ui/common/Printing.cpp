#include "ui/common/Printing.h"

#include "core/reports/DocumentPainter.h"

#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QTextDocument>

namespace parindex::ui {

void showPrintPreview(QWidget* parent, const QString& objectName, std::function<void(QTextDocument&)> build)
{
    auto* printer = new QPrinter(QPrinter::HighResolution);
    DocumentPainter::setupPage(*printer);
    auto* preview = new QPrintPreviewDialog(printer, parent);
    preview->setObjectName(objectName);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(preview, &QObject::destroyed, preview, [printer] { delete printer; });
    QObject::connect(preview, &QPrintPreviewDialog::paintRequested, preview, [build = std::move(build)](QPrinter* p) {
        QTextDocument document;
        build(document);
        DocumentPainter::paint(document, *p);
    });
    QSize size(900, 1000);
    if (const QScreen* screen = preview->screen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    preview->resize(size);
    preview->open();
}

} // namespace parindex::ui
