#include "core/importing/UnitList.h"

#include "core/common/Text.h"
#include "core/importing/Csv.h"

#include <QSet>

namespace parindex {

namespace {

enum Column
{
    CodeCol,
    NameCol,
    GroupCol,
    RankedCol,
    IgnoredCol,
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
        {QStringLiteral("stt"), QStringLiteral("no."), QStringLiteral("#")},
    };
    return names;
}

int columnOf(const QString& header)
{
    const QString key = matchKey(header);
    for (int c = 0; c < ColumnCount; ++c) {
        for (const QString& n : headerNames().at(c)) {
            if (key == matchKey(n))
                return c;
        }
    }
    return -1;
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
    const CsvTable table = readCsv(csv);
    if (!table.error.isEmpty()) {
        problems.append(table.error);
        return rows;
    }
    if (table.records.isEmpty()) {
        problems.append(tr("the list is empty; it needs a header row with name and group"));
        return rows;
    }
    const CsvRecord& header = table.records.first();
    int index[ColumnCount];
    std::fill(std::begin(index), std::end(index), -1);
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const int c = columnOf(header.fields.at(i));
        if (c < 0) {
            problems.append(tr("line %1: unknown column \"%2\"").arg(header.line).arg(header.fields.at(i)));
            continue;
        }
        if (index[c] >= 0 && c != IgnoredCol)
            problems.append(tr("line %1: column \"%2\" appears twice").arg(header.line).arg(header.fields.at(i)));
        index[c] = int(i);
    }
    for (int c : {NameCol, GroupCol}) {
        if (index[c] < 0)
            problems.append(
                tr("line %1: the column \"%2\" is missing").arg(header.line).arg(headerNames().at(c).first()));
    }
    if (!problems.isEmpty())
        return rows;
    if (table.records.size() == 1)
        problems.append(tr("the list has a header but no units"));

    QSet<QString> names;
    QSet<QString> codes;
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvRecord& rec = table.records.at(r);
        QStringList rowProblems;
        auto field = [&](int c) {
            return index[c] >= 0 && index[c] < rec.fields.size() ? rec.fields.at(index[c]) : QString();
        };
        if (rec.fields.size() != header.fields.size())
            rowProblems.append(
                tr("%1 fields where the header has %2").arg(rec.fields.size()).arg(header.fields.size()));
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
            problems.append(tr("line %1: %2").arg(rec.line).arg(p));
        rows.append(row);
    }
    return rows;
}

} // namespace parindex
