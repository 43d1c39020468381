#pragma once

#include "store/DataFile.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QCheckBox;
class QLineEdit;
class QTreeWidget;

namespace parindex::ui {

class MessageBanner;

// The centre's registry of units and their signing keys: register a unit, enrol the key it
// sent after comparing fingerprints, revoke a key.
class UnitsPage : public QWidget
{
    Q_OBJECT

public:
    UnitsPage(std::shared_ptr<DataFile> centre, MessageBanner* banner, QWidget* parent = nullptr);
    void refresh();
    bool addUnit(const QString& code, const QString& name, int groupIndex, bool ranked);
    void enrolKey();
    void revokeKey();

signals:
    void unitsChanged();

private:
    QString selectedUnitCode() const;

    std::shared_ptr<DataFile> m_centre;
    MessageBanner* m_banner;
    QTreeWidget* m_tree;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_group;
    QCheckBox* m_ranked;
};

} // namespace parindex::ui
