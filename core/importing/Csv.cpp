#include "core/importing/Csv.h"

#include "core/common/Text.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace parindex {

namespace {
QChar chooseDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}
} // namespace

CsvTable readCsv(const QByteArray& bytes)
{
    CsvTable table;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    if (decoder.hasError()) {
        table.error = QCoreApplication::translate("Csv", "the file is not UTF-8 text (save it as \"CSV UTF-8\")");
        return table;
    }
    table.delimiter = chooseDelimiter(text);

    CsvRecord record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    record.line = 1;
    auto endField = [&] {
        record.fields.append(normalized(field));
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            table.records.append(record);
        record = CsvRecord();
        record.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
            field.clear();
        } else if (c == table.delimiter) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            field += c;
        }
    }
    if (quoted) {
        table.error = QCoreApplication::translate("Csv", "line %1: a quoted field is not closed").arg(record.line);
        return table;
    }
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return table;
}

} // namespace parindex
