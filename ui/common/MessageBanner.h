#pragma once

#include <QFrame>

class QLabel;

namespace parindex::ui {

// The one place outcomes are shown: a non-modal inline banner at the top of a window.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind);
    QString text() const;

private:
    QLabel* m_label;
};

} // namespace parindex::ui
