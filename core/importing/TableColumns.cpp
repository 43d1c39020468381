#include "core/importing/TableColumns.h"

#include "core/common/Text.h"

namespace parindex {

TableColumns::TableColumns(QList<QStringList> names) : m_names(std::move(names)), m_index(m_names.size(), -1) {}

bool TableColumns::readHeader(const CsvRecord& header, const QList<int>& required, QStringList& problems)
{
    const qsizetype before = problems.size();
    m_width = header.fields.size();
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString key = matchKey(header.fields.at(i));
        if (key == QLatin1String("stt"))
            continue;
        int column = -1;
        for (int c = 0; c < m_names.size() && column < 0; ++c) {
            for (const QString& n : m_names.at(c)) {
                if (key == matchKey(n))
                    column = c;
            }
        }
        if (column < 0) {
            problems.append(tr("line %1: unknown column \"%2\"").arg(header.line).arg(header.fields.at(i)));
            continue;
        }
        if (m_index.at(column) >= 0)
            problems.append(tr("line %1: column \"%2\" appears twice").arg(header.line).arg(header.fields.at(i)));
        m_index[column] = int(i);
    }
    for (int c : required) {
        if (m_index.at(c) < 0)
            problems.append(tr("line %1: the column \"%2\" is missing").arg(header.line).arg(name(c)));
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

} // namespace parindex
