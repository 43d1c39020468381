#pragma once

#include "core/criteria/CriteriaSet.h"
#include "core/unit/UnitAssessment.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace parindex::ui {

// Asks for what a new unit data file needs: the unit (name, code, group), the year and the
// criteria set (a shipped one or a file; a file that fails validation is refused with its
// problems listed). The code is derived from the name (shown as a hint) unless one is typed, and
// the file is named after the code and year unless another name is chosen. The dialog stays
// open with the reason when the file cannot be created.
class NewUnitDialog : public QDialog
{
    Q_OBJECT

public:
    // `create` makes the file from what was entered and returns an error, empty on success.
    using Create = std::function<QString(const NewUnitDialog&)>;
    explicit NewUnitDialog(Create create, QWidget* parent = nullptr);

    UnitIdentity identity() const;
    int year() const;
    CriteriaSetPtr criteriaSet() const;
    QString path() const;

    void accept() override;

private:
    void refreshSets();
    void chooseSetFile();
    void chooseTarget();
    void updateSuggestions();
    QString code() const;

    Create m_create;
    bool m_pathChosen = false;
    QLineEdit* m_name;
    QLineEdit* m_code;
    QComboBox* m_group;
    QSpinBox* m_year;
    QComboBox* m_set;
    QLineEdit* m_path;
    QLabel* m_problems;
    QList<CriteriaSetPtr> m_fileSets; // sets loaded from files during this dialog
};

} // namespace parindex::ui
