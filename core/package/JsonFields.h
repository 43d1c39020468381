#pragma once

// Reading and writing the JSON of packages: shared by the submission and the feedback formats.
// Internal to core/package.

#include "core/common/StrictJson.h"
#include "core/decimal/Points.h"
#include "core/package/PackageFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace parindex::package::detail {

inline QJsonArray stringArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

// Reads fields of one JSON object, remembering the first problem with its path.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(PackageFormat)

public:
    Reader(const QJsonObject& o, QString path, QString* problem) : m_o(o), m_path(std::move(path)), m_problem(problem)
    {}

    bool failed() const { return !m_problem->isEmpty(); }
    void fail(const QString& field, const QString& what)
    {
        if (m_problem->isEmpty())
            *m_problem = path(field) + QStringLiteral(": ") + what;
    }
    QString path(const QString& field) const
    {
        return m_path.isEmpty() ? field : field.isEmpty() ? m_path : m_path + QLatin1Char('.') + field;
    }

    QString string(const char* field, bool required = true)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (v.isUndefined() && !required)
            return QString();
        if (!v.isString()) {
            fail(QLatin1String(field), tr("a text is expected"));
            return QString();
        }
        if (required && v.toString().isEmpty())
            fail(QLatin1String(field), tr("must not be empty"));
        return v.toString();
    }
    // A JSON integer (as written for years and versions).
    int integer(const char* field, int minimum, int maximum)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != double(qint64(d)) || d < minimum || d > maximum) {
            fail(QLatin1String(field), tr("a whole number from %1 to %2 is expected").arg(minimum).arg(maximum));
            return 0;
        }
        return int(d);
    }
    // A count written as a decimal string ("12"), never a float.
    qint64 countString(const char* field, qint64 minimum)
    {
        const QString text = string(field);
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!failed() && (!ok || n < minimum || text != QString::number(n)))
            fail(QLatin1String(field), tr("a whole number written as text is expected"));
        return n;
    }
    QString sha256(const char* field)
    {
        const QString s = string(field);
        if (!failed() && !isSha256Hex(s))
            fail(QLatin1String(field), tr("a SHA-256 in lowercase hexadecimal is expected"));
        return s;
    }
    Points points(const char* field)
    {
        const QString s = string(field);
        const auto p = Points::parse(s);
        if (!failed() && !p)
            fail(QLatin1String(field), tr("a number of points written as text is expected"));
        return p.value_or(Points());
    }
    QJsonObject object(const char* field)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (!v.isObject())
            fail(QLatin1String(field), tr("an object is expected"));
        return v.toObject();
    }
    QJsonArray array(const char* field)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (!v.isArray())
            fail(QLatin1String(field), tr("a list is expected"));
        return v.toArray();
    }
    QStringList strings(const char* field)
    {
        QStringList out;
        const QJsonArray a = array(field);
        for (const QJsonValue& v : a) {
            if (!v.isString()) {
                fail(QLatin1String(field), tr("a list of texts is expected"));
                break;
            }
            out.append(v.toString());
        }
        return out;
    }

private:
    QJsonObject m_o;
    QString m_path;
    QString* m_problem;
};

inline Result<QJsonObject> parseObject(const QByteArray& json)
{
    const auto parsed = StrictJson::parse(json);
    if (!parsed)
        return Result<QJsonObject>::failure(parsed.error());
    const QJsonDocument& doc = parsed.value();
    if (!doc.isObject())
        return Result<QJsonObject>::failure(Reader::tr("not a JSON object"));
    return doc.object();
}

} // namespace parindex::package::detail
