#pragma once

#include "core/centre/Centre.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QTableWidget;

namespace parindex::ui {

class BackgroundTask;

// Importing a year's survey table (CSV or XLSX): the table's first rows, which column is what
// (detected from the headers, changeable), the shape, every problem with its line — before
// anything is stored. Import stays disabled while there is a problem. Reading runs off the GUI
// thread with progress and cancel.
class SurveyImportDialog : public QDialog
{
    Q_OBJECT

public:
    SurveyImportDialog(std::shared_ptr<Centre> centre, int year, const QString& path, QWidget* parent = nullptr);

    // Set once the import stored a version.
    int importedVersion() const { return m_version; }
    const SurveyRead& reading() const { return m_read; }

private:
    void loadFile();
    void readAgain();
    void showReading();
    void accept() override;
    QHash<int, int> assigned() const;

    std::shared_ptr<Centre> m_centre;
    int m_year;
    QString m_path;
    QByteArray m_bytes;
    CsvTable m_table;
    QList<SurveyUnit> m_units;
    SurveyRead m_read;
    std::optional<SurveyShape> m_shape;
    int m_version = 0;
    bool m_userMapped = false;
    QLabel* m_summary;
    QComboBox* m_shapeCombo;
    QFormLayout* m_mapping;
    QList<std::pair<int, QComboBox*>> m_roleCombos;
    QTableWidget* m_preview;
    QListWidget* m_problems;
    QDialogButtonBox* m_buttons;
    BackgroundTask* m_task = nullptr;
};

} // namespace parindex::ui
