#pragma once

#include <QString>

namespace parindex::ui {

// Opens a stored evidence file with the system viewer, read only: the viewer gets a copy under the
// document's own (cleaned) name in a temporary folder, never the file in the store. Returns why it
// could not, or an empty string.
QString openEvidenceReadOnly(const QString& evidenceFolder, const QString& sha256, const QString& displayName);

} // namespace parindex::ui
