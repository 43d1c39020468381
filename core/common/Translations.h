#pragma once

#include <QString>

namespace parindex {

// Loads ParIndex's and Qt's own translations for `language` ("vi" or "en") into the running
// application. English is the source language: "en" installs nothing of ours.
bool installTranslations(const QString& language);
// The language chosen in the settings, Vietnamese by default.
QString preferredLanguage();
void setPreferredLanguage(const QString& language);

} // namespace parindex
