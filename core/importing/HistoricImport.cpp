#include "core/importing/HistoricImport.h"

#include "core/common/Text.h"
#include "core/importing/TableColumns.h"

#include <QHash>
#include <QSet>

namespace parindex {

namespace {

enum Column
{
    UnitCol,
    GroupCol,
    AppraisedCol,
    SurveyCol,
    BonusCol,
    PenaltyCol,
    MaxCol,
    BandCol,
    ColumnCount
};

// Accepted header names per column, English and Vietnamese (compared case-folded, NFC), as
// published tables name them.
const QList<QStringList>& headerNames()
{
    static const QList<QStringList> names = {
        {QStringLiteral("unit"), QStringLiteral("đơn vị"), QStringLiteral("tên đơn vị"), QStringLiteral("mã đơn vị"),
         QStringLiteral("don vi")},
        {QStringLiteral("group"), QStringLiteral("nhóm"), QStringLiteral("nhom")},
        {QStringLiteral("appraised"), QStringLiteral("điểm thẩm định"), QStringLiteral("thẩm định")},
        {QStringLiteral("survey"), QStringLiteral("điểm ĐTXHH"), QStringLiteral("điểm điều tra XHH"),
         QStringLiteral("điểm điều tra xã hội học"), QStringLiteral("điểm điều tra"), QStringLiteral("đtxhh"),
         QStringLiteral("điều tra")},
        {QStringLiteral("bonus"), QStringLiteral("điểm thưởng"), QStringLiteral("thưởng")},
        {QStringLiteral("penalty"), QStringLiteral("điểm trừ"), QStringLiteral("trừ")},
        {QStringLiteral("max"), QStringLiteral("điểm tối đa"), QStringLiteral("tối đa")},
        {QStringLiteral("band"), QStringLiteral("xếp loại"), QStringLiteral("nhóm xếp loại")},
    };
    return names;
}

} // namespace

QList<HistoricRow> HistoricImport::parse(const QByteArray& bytes, int year, QStringList& problems, int decimals)
{
    QList<HistoricRow> rows;
    const CsvTable table = readTable(bytes);
    if (!table.error.isEmpty()) {
        problems.append(table.error);
        return rows;
    }
    if (table.records.isEmpty()) {
        problems.append(tr("the table is empty; it needs a header row with unit, group, appraised and survey"));
        return rows;
    }
    TableColumns columns(headerNames());
    if (!columns.readHeader(table, {UnitCol, GroupCol, AppraisedCol, SurveyCol}, problems))
        return rows;
    if (table.records.size() == 1)
        problems.append(tr("the table has a header but no rows"));

    QHash<QString, int> seen; // match key of the unit -> its first line
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvRecord& rec = table.records.at(r);
        QStringList rowProblems;
        auto field = [&](int c) { return columns.field(rec, c); };
        if (const QString width = columns.widthProblem(rec); !width.isEmpty())
            rowProblems.append(width);
        HistoricRow row;
        row.line = rec.line;
        row.where = columns.where(rec.line);
        row.unit = field(UnitCol).simplified();
        if (row.unit.isEmpty())
            rowProblems.append(tr("the unit is empty"));
        else if (const auto first = seen.constFind(matchKey(row.unit)); first != seen.cend())
            rowProblems.append(tr("unit \"%1\" already has its results on line %2").arg(row.unit).arg(*first));
        else
            seen.insert(matchKey(row.unit), rec.line);
        if (auto g = UnitGroups::parse(field(GroupCol))) {
            row.group = *g;
            if (const QString why = UnitGroups::notAssessedIn(*g, year); !why.isEmpty())
                rowProblems.append(why);
        } else
            rowProblems.append(tr("unknown group \"%1\" (expected so, xa or huyen)").arg(field(GroupCol)));
        auto number = [&](int c, Points fallback, bool required) -> Points {
            const QString text = field(c);
            if (text.isEmpty() && !required)
                return fallback;
            const auto p = Points::parse(text);
            if (!p) {
                rowProblems.append(tr("%1 \"%2\" is not a number").arg(headerNames().at(c).first(), text));
                return fallback;
            }
            if (p->isNegative())
                rowProblems.append(tr("%1 %2 is negative").arg(headerNames().at(c).first(), text));
            else if (!p->hasAtMostDecimals(decimals))
                rowProblems.append(
                    tr("%1 %2 has more than %n decimal(s)", nullptr, decimals).arg(headerNames().at(c).first(), text));
            return *p;
        };
        row.figures.appraised = number(AppraisedCol, Points(), true);
        row.figures.survey = number(SurveyCol, Points(), true);
        row.figures.bonus = number(BonusCol, Points(), false);
        row.figures.penalty = number(PenaltyCol, Points(), false);
        row.figures.max = number(MaxCol, Points::whole(100), false);
        if (row.figures.max <= Points())
            rowProblems.append(tr("max must be above 0"));
        else if (row.figures.appraised + row.figures.survey > row.figures.max)
            rowProblems.append(tr("appraised + survey = %1 is above the max %2")
                                   .arg((row.figures.appraised + row.figures.survey).toString(NumberLocale::Vietnamese),
                                        row.figures.max.toString(NumberLocale::Vietnamese)));
        row.figures.band = field(BandCol).simplified();
        for (const QString& p : rowProblems)
            problems.append(columns.at(rec.line, p));
        rows.append(row);
    }
    return rows;
}

} // namespace parindex
