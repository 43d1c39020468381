#pragma once

#include "core/unit/UnitAssessment.h"

#include <QObject>

class QWidget;

namespace parindex::ui {

class MessageBanner;

// The unit's side of Sở Nội vụ's feedback: enrolling the centre's public key once (after comparing
// its fingerprint with the one in the year's guidance) and importing a feedback package, verified
// against that key; the outcome, or the rule a rejected package broke, goes to the banner.
class FeedbackActions : public QObject
{
    Q_OBJECT

public:
    FeedbackActions(UnitAssessment& unit, MessageBanner* banner, QWidget* parent);

    void enrolCentreKey();
    void importFeedback();
    // Both steps without a file dialog (what the dialogs would have chosen).
    void enrolCentreKeyFrom(const QString& path);
    void importFeedbackFrom(const QString& path);

private:
    UnitAssessment& m_unit;
    MessageBanner* m_banner;
    QWidget* m_parent;
};

} // namespace parindex::ui
