#pragma once

#include "store/DataFile.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QTableView;
class QActionGroup;
class QMenu;

namespace parindex::ui {

class AreaBreakdownModel;
class MessageBanner;
class ResultsSortProxy;
class ResultsTableModel;

// The main window: a data file's results per year and group, and the per-area breakdown of the
// selected unit.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a data file; a file that cannot be opened is reported in the banner and the
    // window keeps what it showed.
    bool openFile(const QString& path);
    QString currentFile() const;
    MessageBanner* banner() const { return m_banner; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createCentralArea();
    void retranslate();
    void reloadYears();
    void reloadResults();
    void showSelectedUnit();
    void updateRecentMenu();
    void chooseFile();
    void showAbout();
    void setLanguage(const QString& language);

    std::shared_ptr<DataFile> m_file;
    MessageBanner* m_banner = nullptr;
    QComboBox* m_yearCombo = nullptr;
    QComboBox* m_groupCombo = nullptr;
    QLabel* m_yearLabel = nullptr;
    QLabel* m_groupLabel = nullptr;
    QTableView* m_resultsView = nullptr;
    QTableView* m_breakdownView = nullptr;
    QLabel* m_unitHeading = nullptr;
    QLabel* m_unitSummary = nullptr;
    QLabel* m_groupAverage = nullptr;
    QLabel* m_statusFile = nullptr;
    ResultsTableModel* m_results = nullptr;
    ResultsSortProxy* m_sorted = nullptr;
    AreaBreakdownModel* m_breakdown = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_viAction = nullptr;
    QAction* m_enAction = nullptr;
};

} // namespace parindex::ui
