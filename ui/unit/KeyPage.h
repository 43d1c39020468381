#pragma once

#include "core/unit/UnitAssessment.h"

#include <QWidget>

class QPushButton;

namespace parindex::ui {

class KeyPanel;
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
    KeyPanel* m_panel;
    QPushButton* m_letterPdf;
    QPushButton* m_letterPrint;
};

} // namespace parindex::ui
