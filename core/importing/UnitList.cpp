#include "core/importing/UnitList.h"

#include "core/common/Text.h"
#include "core/importing/TableColumns.h"

#include <QSet>

namespace parindex {

namespace {

enum Column
{
    CodeCol,
    NameCol,
    GroupCol,
    RankedCol,
    ColumnCount
};

const QList<QStringList>& headerNames()
{
    static const QList<QStringList> names = {
        {QStringLiteral("code"), QStringLiteral("mã đơn vị"), QStringLiteral("mã"), QStringLiteral("ma don vi")},
        {QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("tên đơn vị"), QStringLiteral("đơn vị"),
         QStringLiteral("ten don vi"), QStringLiteral("don vi")},
        {QStringLiteral("group"), QStringLiteral("nhóm"), QStringLiteral("nhom")},
        {QStringLiteral("ranked"), QStringLiteral("xếp hạng"), QStringLiteral("xep hang")},
    };
    return names;
}

std::optional<bool> yesNo(const QString& text)
{
    const QString k = matchKey(text);
    static const QStringList yes = {
        QString(),          QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("có"), QStringLiteral("co"),
        QStringLiteral("x")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("không"),
                                   QStringLiteral("khong")};
    if (yes.contains(k))
        return true;
    if (no.contains(k))
        return false;
    return std::nullopt;
}

} // namespace

QList<UnitListRow> UnitList::parse(const QByteArray& csv, QStringList& problems)
{
    QList<UnitListRow> rows;
    const CsvTable table = readTable(csv);
    if (!table.error.isEmpty()) {
        problems.append(table.error);
        return rows;
    }
    if (table.records.isEmpty()) {
        problems.append(tr("the list is empty; it needs a header row with name and group"));
        return rows;
    }
    TableColumns columns(headerNames());
    if (!columns.readHeader(table, {NameCol, GroupCol}, problems))
        return rows;
    if (table.records.size() == 1)
        problems.append(tr("the list has a header but no units"));

    QSet<QString> names;
    QSet<QString> codes;
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvRecord& rec = table.records.at(r);
        QStringList rowProblems;
        auto field = [&](int c) { return columns.field(rec, c); };
        if (const QString width = columns.widthProblem(rec); !width.isEmpty())
            rowProblems.append(width);
        UnitListRow row;
        row.line = rec.line;
        row.unit.name = field(NameCol).simplified();
        row.unit.code = field(CodeCol).simplified().toUpper();
        if (row.unit.name.isEmpty())
            rowProblems.append(tr("the name is empty"));
        const QString code = row.unit.code.isEmpty() ? codeFromName(row.unit.name) : row.unit.code;
        if (!row.unit.name.isEmpty() && names.contains(matchKey(row.unit.name)))
            rowProblems.append(tr("\"%1\" appears twice").arg(row.unit.name));
        else if (!code.isEmpty() && codes.contains(code))
            rowProblems.append(tr("the code %1 appears twice").arg(code));
        names.insert(matchKey(row.unit.name));
        codes.insert(code);
        if (auto g = UnitGroups::parse(field(GroupCol)))
            row.unit.group = *g;
        else
            rowProblems.append(tr("unknown group \"%1\" (expected so, xa or huyen)").arg(field(GroupCol)));
        if (auto ranked = yesNo(field(RankedCol)))
            row.unit.ranked = *ranked;
        else
            rowProblems.append(tr("ranked must be yes or no (có/không), not \"%1\"").arg(field(RankedCol)));
        for (const QString& p : rowProblems)
            problems.append(columns.at(rec.line, p));
        row.readable = rowProblems.isEmpty();
        rows.append(row);
    }
    return rows;
}

} // namespace parindex
