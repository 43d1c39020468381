#include "core/records/Unit.h"

#include "core/common/Text.h"

namespace parindex {

QString codeFromName(const QString& name)
{
    // Strip diacritics by decomposing and dropping combining marks; Đ/đ has no decomposition.
    const QString d = normalized(name).normalized(QString::NormalizationForm_D);
    QString out;
    bool dash = false;
    for (QChar c : d) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0110) || c == QChar(0x0111))
            c = QLatin1Char('D');
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            out += c.toUpper();
            dash = false;
        } else if (!dash && !out.isEmpty()) {
            out += QLatin1Char('-');
            dash = true;
        }
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace parindex
