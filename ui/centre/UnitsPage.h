#pragma once

#include "core/centre/Centre.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace parindex::ui {

class MessageBanner;

// The centre's registry of units and their signing keys: register, edit, search, remove (while
// the file holds nothing for a unit), import a list; enrol the key a unit sent after comparing
// fingerprints, revoke a key.
class UnitsPage : public QWidget
{
    Q_OBJECT

public:
    UnitsPage(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent = nullptr);

    void refresh();
    void registerUnit();
    void editUnit();
    void removeUnit();
    void importList();
    void enrolKey();
    void revokeKey();
    QString selectedUnitCode() const;
    void selectUnit(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applySearch();
    void updateButtons();

    std::shared_ptr<Centre> m_centre;
    MessageBanner* m_banner;
    QLineEdit* m_search;
    QTreeWidget* m_tree;
    QPushButton* m_register;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_import;
    QPushButton* m_enrol;
    QPushButton* m_revoke;
};

} // namespace parindex::ui
