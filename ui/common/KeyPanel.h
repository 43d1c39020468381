#pragma once

#include "core/records/KeyRecords.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace parindex::ui {

// An Ed25519 signing key as people check it: the fingerprint in groups of four (to read aloud and
// compare on paper), when it was created, buttons to copy the fingerprint, save the public key
// (.pub) and create a key, and every key the file has used. Shared by the unit's key page and the
// centre's; what the buttons do belongs to the page.
class KeyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit KeyPanel(QWidget* parent = nullptr);

    void setHeading(const QString& text);
    // What is said with and without a key in use.
    void setAdvice(const QString& withKey, const QString& withoutKey);
    void setKeys(const QList<OwnKeyInfo>& history);
    // A button of the page's own, enabled while a key is in use.
    void addKeyButton(QPushButton* button);
    bool hasKey() const { return m_hasKey; }

signals:
    void copyRequested();
    void savePublicRequested();
    void createRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();

    QList<OwnKeyInfo> m_history;
    bool m_hasKey = false;
    QString m_withKey;
    QString m_withoutKey;
    QLabel* m_heading;
    QLabel* m_state;
    QLabel* m_fingerprint;
    QLabel* m_created;
    QLabel* m_advice;
    QHBoxLayout* m_buttons;
    QPushButton* m_create;
    QPushButton* m_copy;
    QPushButton* m_savePublic;
    QList<QPushButton*> m_keyButtons;
    QLabel* m_historyLabel;
    QTreeWidget* m_historyView;
};

} // namespace parindex::ui
