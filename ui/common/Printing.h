#pragma once

#include <QString>
#include <functional>

class QTextDocument;
class QWidget;

namespace parindex::ui {

// A print preview of an administrative document (A4, the document's own margins and page
// numbers), built afresh by `build` whenever the preview repaints. Non-modal; deletes itself.
void showPrintPreview(QWidget* parent, const QString& objectName, std::function<void(QTextDocument&)> build);

} // namespace parindex::ui
