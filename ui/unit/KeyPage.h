#pragma once

#include "core/unit/UnitAssessment.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace parindex::ui {

class MessageBanner;
class SubmissionActions;

// The unit's signing key: its fingerprint in groups of four (to read aloud and compare on
// paper), copy, the public key file again, the enrolment letter (công văn) to print or save as
// PDF, a new key, and every key the file has used.
class KeyPage : public QWidget
{
    Q_OBJECT

public:
    KeyPage(UnitAssessment& unit, SubmissionActions& actions, MessageBanner* banner, QWidget* parent = nullptr);

    void refresh();
    void copyFingerprint();
    void exportLetter();
    void printLetter();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    UnitAssessment& m_unit;
    SubmissionActions& m_actions;
    MessageBanner* m_banner;
    QLabel* m_heading;
    QLabel* m_state;
    QLabel* m_fingerprint;
    QLabel* m_created;
    QLabel* m_advice;
    QPushButton* m_create;
    QPushButton* m_copy;
    QPushButton* m_savePublic;
    QPushButton* m_letterPdf;
    QPushButton* m_letterPrint;
    QLabel* m_historyLabel;
    QTreeWidget* m_history;
};

} // namespace parindex::ui
