#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace parindex {

// JSON read strictly (RFC 8259), for everything that comes from outside: a criteria set, a
// package's manifest and data. Qt's reader keeps the last of two equal keys, accepts a raw NUL
// or control character inside a string and escapes such as "\ "; here each of those is an error
// that names its byte offset, checked before Qt parses the text.
class StrictJson
{
    Q_DECLARE_TR_FUNCTIONS(StrictJson)

public:
    static constexpr int MaxDepth = 64;

    // A problem reads "line L, column C: what".
    static Result<QJsonDocument> parse(const QByteArray& json);
    static QString position(const QByteArray& json, qsizetype offset);
};

} // namespace parindex
