#include "core/common/StrictJson.h"

#include <QSet>
#include <QStringDecoder>
#include <vector>

namespace parindex {

namespace {

// A recursive-descent check of the grammar; values are not built (Qt does that after).
class Scanner
{
public:
    explicit Scanner(const QByteArray& text)
        : m_p(text.constData()), m_end(text.constData() + text.size()), m_begin(m_p)
    {}

    qsizetype offset() const { return m_offset; }
    QString run()
    {
        skipSpace();
        value(0);
        skipSpace();
        if (m_error.isEmpty() && m_p != m_end)
            fail(StrictJson::tr("text after the end of the document"));
        return m_error;
    }

private:
    void fail(const QString& what)
    {
        if (m_error.isEmpty())
            m_error = what;
        if (m_offset < 0)
            m_offset = m_p - m_begin;
    }
    bool ok() const { return m_error.isEmpty(); }
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool literal(const char* word)
    {
        for (const char* w = word; *w; ++w, ++m_p) {
            if (m_p == m_end || *m_p != *w) {
                fail(StrictJson::tr("unexpected character"));
                return false;
            }
        }
        return true;
    }
    void value(int depth)
    {
        if (depth > StrictJson::MaxDepth) {
            fail(StrictJson::tr("nested more than %1 levels deep").arg(StrictJson::MaxDepth));
            return;
        }
        if (m_p == m_end) {
            fail(StrictJson::tr("unexpected end"));
            return;
        }
        switch (*m_p) {
        case '{':
            object(depth);
            return;
        case '[':
            array(depth);
            return;
        case '"':
            string(nullptr);
            return;
        case 't':
            literal("true");
            return;
        case 'f':
            literal("false");
            return;
        case 'n':
            literal("null");
            return;
        default:
            number();
        }
    }
    void object(int depth)
    {
        ++m_p; // {
        QSet<QByteArray> keys;
        skipSpace();
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            return;
        }
        while (ok()) {
            skipSpace();
            if (m_p == m_end || *m_p != '"') {
                fail(StrictJson::tr("a key in quotes is expected"));
                return;
            }
            const char* keyStart = m_p;
            QByteArray key;
            string(&key);
            if (!ok())
                return;
            if (keys.contains(key)) {
                m_p = keyStart;
                fail(StrictJson::tr("the key \"%1\" appears twice in one object").arg(QString::fromUtf8(key)));
                return;
            }
            keys.insert(key);
            skipSpace();
            if (m_p == m_end || *m_p != ':') {
                fail(StrictJson::tr("':' is expected"));
                return;
            }
            ++m_p;
            skipSpace();
            value(depth + 1);
            skipSpace();
            if (m_p != m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p != m_end && *m_p == '}') {
                ++m_p;
                return;
            }
            fail(StrictJson::tr("',' or '}' is expected"));
        }
    }
    void array(int depth)
    {
        ++m_p; // [
        skipSpace();
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
            return;
        }
        while (ok()) {
            skipSpace();
            value(depth + 1);
            skipSpace();
            if (m_p != m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p != m_end && *m_p == ']') {
                ++m_p;
                return;
            }
            fail(StrictJson::tr("',' or ']' is expected"));
        }
    }
    // Keys are compared as their raw bytes: two spellings of one key ("a" and "\u0061") are
    // rare enough to be refused as a duplicate-looking key only when identical.
    void string(QByteArray* into)
    {
        ++m_p; // "
        const char* start = m_p;
        while (m_p != m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (into)
                    *into = QByteArray(start, m_p - start);
                ++m_p;
                return;
            }
            if (c < 0x20) {
                fail(StrictJson::tr("a control character inside a string"));
                return;
            }
            if (c == '\\') {
                ++m_p;
                if (m_p == m_end)
                    break;
                const char e = *m_p;
                if (e == 'u') {
                    for (int i = 0; i < 4; ++i) {
                        ++m_p;
                        if (m_p == m_end || !isxdigit(static_cast<unsigned char>(*m_p))) {
                            fail(StrictJson::tr("a \\u escape needs four hexadecimal digits"));
                            return;
                        }
                    }
                } else if (!strchr("\"\\/bfnrt", e) || e == '\0') {
                    fail(StrictJson::tr("the escape \\%1 is not JSON").arg(QChar::fromLatin1(e)));
                    return;
                }
            }
            ++m_p;
        }
        fail(StrictJson::tr("a string is not closed"));
    }
    void number()
    {
        const char* start = m_p;
        if (m_p != m_end && *m_p == '-')
            ++m_p;
        if (m_p == m_end || !isdigit(static_cast<unsigned char>(*m_p))) {
            m_p = start;
            fail(StrictJson::tr("unexpected character"));
            return;
        }
        if (*m_p == '0' && m_p + 1 != m_end && isdigit(static_cast<unsigned char>(m_p[1]))) {
            fail(StrictJson::tr("a number with a leading zero"));
            return;
        }
        auto digits = [&] {
            const char* d = m_p;
            while (m_p != m_end && isdigit(static_cast<unsigned char>(*m_p)))
                ++m_p;
            return m_p != d;
        };
        digits();
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (!digits()) {
                fail(StrictJson::tr("a number without digits after the point"));
                return;
            }
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                fail(StrictJson::tr("a number without digits in its exponent"));
        }
    }

    const char* m_p;
    const char* m_end;
    const char* m_begin;
    QString m_error;
    qsizetype m_offset = -1;
};

} // namespace

Result<QJsonDocument> StrictJson::parse(const QByteArray& json)
{
    using R = Result<QJsonDocument>;
    // The text must be UTF-8 throughout (a BOM is not JSON).
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)utf8.decode(json);
    if (utf8.hasError())
        return R::failure(tr("not UTF-8 text"));
    if (json.startsWith("\xEF\xBB\xBF"))
        return R::failure(tr("a byte order mark before the document"));
    Scanner scanner(json);
    const QString problem = scanner.run();
    if (!problem.isEmpty())
        return R::failure(tr("%1: not valid JSON: %2").arg(position(json, scanner.offset()), problem));
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(tr("%1: not valid JSON: %2").arg(position(json, error.offset), error.errorString()));
    return doc;
}

QString StrictJson::position(const QByteArray& json, qsizetype offset)
{
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return tr("line %1, column %2").arg(line).arg(column);
}

} // namespace parindex
