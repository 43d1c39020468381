#pragma once

#include "core/centre/Centre.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace parindex::ui {

class BackgroundTask;
class MessageBanner;

// The centre's inbox: every registered unit with what it sent (not received, received,
// resubmitted) and each version; imports a package or a folder of packages — verified on a
// worker thread, stored here — with progress and cancel, and shows the outcome per package.
class InboxPage : public QWidget
{
    Q_OBJECT

public:
    InboxPage(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent = nullptr);

    void chooseFiles();
    void chooseFolder();
    void importPaths(const QStringList& paths);
    void refresh();
    bool importRunning() const;
    // Stops a running import (what was already stored stays).
    void cancelImport();

signals:
    void imported();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void openVersion(qint64 submissionId, const QString& title);
    void withdrawSelected();

    std::shared_ptr<Centre> m_centre;
    MessageBanner* m_banner;
    QLabel* m_yearLabel;
    QComboBox* m_year;
    QTreeWidget* m_tree;
    QLabel* m_outcomesLabel;
    QListWidget* m_outcomes;
    QLabel* m_summary;
    QPushButton* m_importFiles;
    QPushButton* m_importFolder;
    QPushButton* m_withdraw;
    BackgroundTask* m_task = nullptr;
};

} // namespace parindex::ui
