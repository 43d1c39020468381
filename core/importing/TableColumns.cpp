#include "core/importing/TableColumns.h"

#include "core/common/Text.h"
#include "core/importing/Xlsx.h"

namespace parindex {

TableColumns::TableColumns(QList<QStringList> names) : m_names(std::move(names)), m_index(m_names.size(), -1) {}

bool TableColumns::readHeader(const CsvTable& table, const QList<int>& required, QStringList& problems,
                              const QHash<int, int>& assigned)
{
    const qsizetype before = problems.size();
    m_sheet = table.sheet;
    const CsvRecord& header = table.records.first();
    m_width = header.fields.size();
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString key = matchKey(header.fields.at(i));
        if (key == QLatin1String("stt") || key.isEmpty())
            continue;
        int column = -1;
        for (int c = 0; c < m_names.size() && column < 0; ++c) {
            for (const QString& n : m_names.at(c)) {
                if (key == matchKey(n))
                    column = c;
            }
        }
        if (column >= 0 && assigned.contains(column))
            continue; // assigned by hand
        if (column < 0) {
            // A column assigned by hand needs no name; any other unknown column is a mistake.
            if (!assigned.values().contains(int(i)))
                problems.append(at(header.line, tr("unknown column \"%1\"").arg(header.fields.at(i))));
            continue;
        }
        if (m_index.at(column) >= 0)
            problems.append(at(header.line, tr("column \"%1\" appears twice").arg(header.fields.at(i))));
        m_index[column] = int(i);
    }
    for (auto it = assigned.cbegin(); it != assigned.cend(); ++it) {
        if (it.key() >= 0 && it.key() < m_index.size())
            m_index[it.key()] = it.value() >= 0 && it.value() < m_width ? it.value() : -1;
    }
    for (int c : required) {
        if (m_index.at(c) < 0)
            problems.append(at(header.line, tr("the column \"%1\" is missing").arg(name(c))));
    }
    return problems.size() == before;
}

QString TableColumns::field(const CsvRecord& row, int column) const
{
    const int i = m_index.value(column, -1);
    return i >= 0 && i < row.fields.size() ? row.fields.at(i) : QString();
}

QString TableColumns::widthProblem(const CsvRecord& row) const
{
    if (row.fields.size() == m_width)
        return QString();
    return tr("%1 fields where the header has %2").arg(row.fields.size()).arg(m_width);
}

QString TableColumns::where(int line) const
{
    return m_sheet ? tr("row %1").arg(line) : tr("line %1").arg(line);
}

QString TableColumns::at(int line, const QString& problem) const
{
    return tr("%1: %2").arg(where(line), problem);
}

CsvTable readTable(const QByteArray& bytes)
{
    // An old binary workbook (.xls) or a password-protected one is a compound file: the XLSX
    // reader says what to do with it.
    const bool compound = bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0"));
    return looksLikeXlsx(bytes) || compound ? readXlsx(bytes) : readCsv(bytes);
}

} // namespace parindex
