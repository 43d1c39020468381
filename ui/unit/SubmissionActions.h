#pragma once

#include "core/unit/UnitAssessment.h"

#include <QObject>

class QWidget;

namespace parindex::ui {

class BackgroundTask;
class MessageBanner;

// The unit's side of submitting: its signing key and the signed package. The package is
// gathered here, written on a worker thread with progress and cancel, and recorded here.
class SubmissionActions : public QObject
{
    Q_OBJECT

public:
    SubmissionActions(UnitAssessment& unit, MessageBanner* banner, QWidget* parent);

    // Asks first when a key is in use: Sở Nội vụ must enrol a new key before it accepts it.
    void createKey();
    void savePublicKey();
    void exportPackage();
    bool running() const;
    void cancel();

private:
    // The key in use; without one, says in the banner how to create it.
    std::optional<OwnKeyInfo> keyInUse() const;

    UnitAssessment& m_unit;
    MessageBanner* m_banner;
    QWidget* m_parent;
    BackgroundTask* m_task = nullptr;
};

} // namespace parindex::ui
