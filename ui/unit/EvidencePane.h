#pragma once

#include "core/unit/UnitAssessment.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace parindex::ui {

// Every document of the assessment: number, date, summary and the items it supports. Files
// dropped here are attached to the item being edited.
class EvidencePane : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePane(UnitAssessment& assessment, QWidget* parent = nullptr);
    void refresh();
    qint64 currentDocument() const;

signals:
    void filesDropped(const QStringList& paths);
    void editRequested(qint64 evidenceId);
    void removeRequested(qint64 evidenceId);
    void openRequested(qint64 evidenceId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    UnitAssessment& m_assessment;
    QTreeWidget* m_list;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_open;
};

} // namespace parindex::ui
