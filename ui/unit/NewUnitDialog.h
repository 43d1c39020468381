#pragma once

#include "core/criteria/CriteriaSet.h"
#include "core/unit/UnitAssessment.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace parindex::ui {

// Asks for what a new unit data file needs: the unit (code, name, group), the year and the
// criteria set (a shipped one or a file; a file that fails validation is refused with its
// problems listed).
class NewUnitDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewUnitDialog(QWidget* parent = nullptr);

    UnitIdentity identity() const;
    int year() const;
    CriteriaSetPtr criteriaSet() const;
    QString path() const;

    void accept() override;

private:
    void refreshSets();
    void chooseSetFile();
    void chooseTarget();

    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_group;
    QSpinBox* m_year;
    QComboBox* m_set;
    QLineEdit* m_path;
    QLabel* m_problems;
    QList<CriteriaSetPtr> m_fileSets; // sets loaded from files during this dialog
};

} // namespace parindex::ui
