#pragma once

#include "core/centre/Centre.h"

#include <QWidget>

namespace parindex::ui {

class KeyPanel;
class MessageBanner;

// The centre's own signing key (Sở Nội vụ), which signs the feedback packages: its fingerprint in
// groups of four, to print in the year's guidance document so that every unit can compare it
// before enrolling the key; copy; the public key file (.pub) for the units; a new key (after a
// question: units refuse feedback signed with a key they have not enrolled); every key used.
class CentreKeyPage : public QWidget
{
    Q_OBJECT

public:
    CentreKeyPage(std::shared_ptr<Centre> centre, MessageBanner* banner, QWidget* parent = nullptr);

    void refresh();
    void createKey();
    void savePublicKey();
    void copyFingerprint();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::shared_ptr<Centre> m_centre;
    MessageBanner* m_banner;
    KeyPanel* m_panel;
};

} // namespace parindex::ui
