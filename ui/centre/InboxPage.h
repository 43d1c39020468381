#pragma once

#include "store/DataFile.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace parindex::ui {

class MessageBanner;

// The centre's inbox: every registered unit with what it sent (not received, received,
// resubmitted) and each version; imports a package or a folder of packages off the GUI thread,
// with progress and cancel, and shows the outcome per package.
class InboxPage : public QWidget
{
    Q_OBJECT

public:
    InboxPage(std::shared_ptr<DataFile> centre, MessageBanner* banner, QWidget* parent = nullptr);

    void importPaths(const QStringList& paths);
    void refresh();
    bool importRunning() const { return m_running; }

signals:
    void imported();

private:
    void chooseFiles();
    void chooseFolder();
    void openVersion(qint64 submissionId, const QString& title);

    std::shared_ptr<DataFile> m_centre;
    MessageBanner* m_banner;
    QComboBox* m_year;
    QTreeWidget* m_tree;
    QListWidget* m_outcomes;
    QLabel* m_summary;
    bool m_running = false;
};

} // namespace parindex::ui
