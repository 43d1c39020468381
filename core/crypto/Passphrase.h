#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace parindex {

// The rules for the passphrase that protects a unit's signing key, the same in the window and
// on the command line:
// - a new passphrase has at least 8 characters, counted as people count them (so "ắ" is one,
//   whatever its bytes), is not only spaces and holds no control character (NUL, tab, …);
// - it is used as UTF-8 in Unicode's composed form (NFC), so that the same letters typed on
//   another keyboard or saved by another editor unlock the key;
// - in a passphrase file, a UTF-8 byte order mark at the start and one line ending at the end
//   are not part of it; a second line is refused.
class Passphrase
{
    Q_DECLARE_TR_FUNCTIONS(Passphrase)

public:
    static constexpr int MinimumCharacters = 8;
    static constexpr qint64 MaximumFileSize = 4096;

    // The bytes to encrypt a new key with, or why `text` cannot be a passphrase.
    static Result<QByteArray> forNewKey(const QString& text);
    // The bytes that unlock a key: the text as it is, composed.
    static QByteArray forUnlock(const QString& text);
    // The passphrase held in a file's bytes.
    static Result<QString> fromFile(const QByteArray& bytes);
};

} // namespace parindex
