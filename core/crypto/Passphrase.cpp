#include "core/crypto/Passphrase.h"

#include <QStringDecoder>

namespace parindex {

Result<QByteArray> Passphrase::forNewKey(const QString& text)
{
    using R = Result<QByteArray>;
    const QString composed = text.normalized(QString::NormalizationForm_C);
    for (const char32_t c : composed.toUcs4()) {
        if (QChar::category(c) == QChar::Other_Control)
            return R::failure(tr("the passphrase cannot contain control characters (such as NUL or tab)"));
    }
    if (composed.trimmed().isEmpty())
        return R::failure(tr("the passphrase cannot be empty or only spaces"));
    if (composed.toUcs4().size() < MinimumCharacters)
        return R::failure(tr("the passphrase needs at least %1 characters").arg(MinimumCharacters));
    return composed.toUtf8();
}

QByteArray Passphrase::forUnlock(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).toUtf8();
}

Result<QString> Passphrase::fromFile(const QByteArray& bytes)
{
    using R = Result<QString>;
    QByteArray b = bytes;
    if (b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    if (b.endsWith("\r\n"))
        b.chop(2);
    else if (b.endsWith('\n'))
        b.chop(1);
    if (b.contains('\0'))
        return R::failure(tr("the passphrase file contains a NUL byte"));
    if (b.contains('\n') || b.contains('\r'))
        return R::failure(tr("the passphrase file has more than one line; it must hold the passphrase alone"));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(b);
    if (utf8.hasError())
        return R::failure(tr("the passphrase file is not UTF-8 text"));
    if (text.isEmpty())
        return R::failure(tr("the passphrase file is empty"));
    return text;
}

} // namespace parindex
