#pragma once

// Helpers of the GUI tests: find widgets by name, type as a keyboard would, take screenshots.
#include "support/TestSupport.h"

#include <QApplication>
#include <QDir>
#include <QKeyEvent>
#include <QTest>
#include <QWidget>

namespace test {

// The named child widget; the test stops when it is missing.
template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(w);
    return w;
}

// Types text the way a keyboard with a Vietnamese input method delivers it: key events carrying
// the composed characters (QTest::keyClicks knows ASCII only).
inline void typeText(QWidget* w, const QString& text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
        QApplication::sendEvent(w, &release);
    }
}

// Saves a picture of the widget to screenshots/NAME.png beside the test's working folder.
inline void screenshot(QWidget* w, const QString& name)
{
    QTest::qWait(50); // let pending layouts run, as they would before anything is painted
    const QString dir = QDir::current().absoluteFilePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    CHECK(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace test
