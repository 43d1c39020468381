#pragma once

#include <QObject>

class QWidget;

namespace parindex::ui {

class AssessmentPage;
class MessageBanner;

// The unit's side of submitting: its signing key and the signed package. The package is
// written on a worker thread (with its own connection to the file) with progress and cancel.
class SubmissionActions : public QObject
{
    Q_OBJECT

public:
    SubmissionActions(AssessmentPage& page, MessageBanner* banner, QWidget* parent);

    void createKey();
    void exportPackage();
    bool running() const { return m_running; }

private:
    AssessmentPage& m_page;
    MessageBanner* m_banner;
    QWidget* m_parent;
    bool m_running = false;
};

} // namespace parindex::ui
