#include "core/reports/ResultsWorkbook.h"

#include "core/reports/OfficialDocument.h"
#include "core/results/Analysis.h"

namespace parindex {

namespace {

SheetCell percentCell(const Ratio& r)
{
    return r.isDefined() ? SheetCell::ofPoints(r.percent(2), 2) : SheetCell::empty();
}

SheetCell optionalCell(const std::optional<Points>& p)
{
    return p ? SheetCell::ofPoints(*p, 2) : SheetCell::empty();
}

} // namespace

Workbook ResultsWorkbook::build(const YearResults& results, const QString& language)
{
    const OfficialDocument doc("ResultsWorkbook", language);
    auto t = [&](const char* source) { return doc.t(source); };
    Workbook book;
    book.title = t(QT_TRANSLATE_NOOP("ResultsWorkbook", "Administrative Reform Index %1")).arg(results.year);

    for (const GroupSummary& g : results.groups) {
        Sheet sheet;
        sheet.name = doc.groupName(g.group);
        sheet.title = t(QT_TRANSLATE_NOOP("ResultsWorkbook", "Administrative Reform Index %1: %2"))
                          .arg(results.year)
                          .arg(doc.groupName(g.group));
        for (const char* header :
             {QT_TRANSLATE_NOOP("ResultsWorkbook", "No."), QT_TRANSLATE_NOOP("ResultsWorkbook", "Code"),
              QT_TRANSLATE_NOOP("ResultsWorkbook", "Unit"), QT_TRANSLATE_NOOP("ResultsWorkbook", "Appraised points"),
              QT_TRANSLATE_NOOP("ResultsWorkbook", "Survey points"), QT_TRANSLATE_NOOP("ResultsWorkbook", "Bonus"),
              QT_TRANSLATE_NOOP("ResultsWorkbook", "Penalty"), QT_TRANSLATE_NOOP("ResultsWorkbook", "Total"),
              QT_TRANSLATE_NOOP("ResultsWorkbook", "Max"), QT_TRANSLATE_NOOP("ResultsWorkbook", "Index (%)"),
              QT_TRANSLATE_NOOP("ResultsWorkbook", "Rank"), QT_TRANSLATE_NOOP("ResultsWorkbook", "Band"),
              QT_TRANSLATE_NOOP("ResultsWorkbook", "Last year's index (%)"),
              QT_TRANSLATE_NOOP("ResultsWorkbook", "Change (%)")})
            sheet.columns.append({t(header), 0});
        int number = 0;
        for (const UnitYearResult& u : results.units) {
            const ResultRow& r = u.row;
            if (r.group != g.group)
                continue;
            const std::optional<Points> change =
                r.previousIndex ? std::optional(r.publishedIndex() - *r.previousIndex) : std::nullopt;
            sheet.rows.append({SheetCell::ofInteger(++number), SheetCell::ofText(r.unitCode),
                               SheetCell::ofText(r.unitName), SheetCell::ofPoints(r.appraised),
                               SheetCell::ofPoints(r.survey), SheetCell::ofPoints(r.bonus),
                               SheetCell::ofPoints(r.penalty), SheetCell::ofPoints(r.total), SheetCell::ofPoints(r.max),
                               SheetCell::ofPoints(r.publishedIndex(), r.indexDecimals),
                               r.rank > 0 ? SheetCell::ofInteger(r.rank) : SheetCell::empty(),
                               SheetCell::ofText(r.band), optionalCell(r.previousIndex), optionalCell(change)});
        }
        QList<SheetCell> average(sheet.columns.size(), SheetCell::empty());
        average[2] =
            SheetCell::ofText(t(QT_TRANSLATE_NOOP("ResultsWorkbook", "Average of %1 ranked unit(s)")).arg(g.units));
        average[9] = SheetCell::ofPoints(g.averageIndex, 2);
        sheet.footer.append(average);
        book.sheets.append(sheet);
    }

    const Analysis analysis(results);
    for (NodeLevel level : {NodeLevel::Area, NodeLevel::Criterion}) {
        const QList<NodeAnalysis> nodes = analysis.nodes(level);
        for (const GroupSummary& g : results.groups) {
            QList<const NodeAnalysis*> mine;
            for (const NodeAnalysis& n : nodes) {
                if (n.group == g.group)
                    mine.append(&n);
            }
            if (mine.isEmpty())
                continue;
            Sheet sheet;
            sheet.name = (level == NodeLevel::Area ? t(QT_TRANSLATE_NOOP("ResultsWorkbook", "Areas %1"))
                                                   : t(QT_TRANSLATE_NOOP("ResultsWorkbook", "Criteria %1")))
                             .arg(UnitGroups::shortName(g.group));
            sheet.title =
                (level == NodeLevel::Area ? t(QT_TRANSLATE_NOOP("ResultsWorkbook", "Index per area (%), %1"))
                                          : t(QT_TRANSLATE_NOOP("ResultsWorkbook", "Index per criterion (%), %1")))
                    .arg(doc.groupName(g.group));
            sheet.columns.append({t(QT_TRANSLATE_NOOP("ResultsWorkbook", "Code")), 0});
            sheet.columns.append({t(QT_TRANSLATE_NOOP("ResultsWorkbook", "Unit")), 0});
            for (const NodeAnalysis* n : mine)
                sheet.columns.append({n->code + QLatin1Char(' ') + n->title, 14});
            for (const UnitYearResult& u : results.units) {
                if (u.row.group != g.group || !u.evaluation)
                    continue;
                QList<SheetCell> row{SheetCell::ofText(u.row.unitCode), SheetCell::ofText(u.row.unitName)};
                for (const NodeAnalysis* n : mine) {
                    const auto it = n->byUnit.constFind(u.row.unitCode);
                    row.append(it == n->byUnit.cend() ? SheetCell::empty() : percentCell(*it));
                }
                sheet.rows.append(row);
            }
            QList<SheetCell> average{SheetCell::empty(),
                                     SheetCell::ofText(t(QT_TRANSLATE_NOOP("ResultsWorkbook", "Group average")))};
            for (const NodeAnalysis* n : mine)
                average.append(optionalCell(n->average));
            sheet.footer.append(average);
            book.sheets.append(sheet);
        }
    }

    const QList<UnitGap> gaps = analysis.gaps();
    if (!gaps.isEmpty()) {
        Sheet sheet;
        sheet.name = t(QT_TRANSLATE_NOOP("ResultsWorkbook", "Self-score and appraisal"));
        sheet.title = sheet.name;
        for (const char* header :
             {QT_TRANSLATE_NOOP("ResultsWorkbook", "Group"), QT_TRANSLATE_NOOP("ResultsWorkbook", "Code"),
              QT_TRANSLATE_NOOP("ResultsWorkbook", "Unit"), QT_TRANSLATE_NOOP("ResultsWorkbook", "Self-scored"),
              QT_TRANSLATE_NOOP("ResultsWorkbook", "Appraised"), QT_TRANSLATE_NOOP("ResultsWorkbook", "Difference"),
              QT_TRANSLATE_NOOP("ResultsWorkbook", "Items cut"), QT_TRANSLATE_NOOP("ResultsWorkbook", "Items raised")})
            sheet.columns.append({t(header), 0});
        for (const UnitGap& gap : gaps)
            sheet.rows.append({SheetCell::ofText(UnitGroups::shortName(gap.group)), SheetCell::ofText(gap.unitCode),
                               SheetCell::ofText(gap.unitName), SheetCell::ofPoints(gap.self),
                               SheetCell::ofPoints(gap.appraised), SheetCell::ofPoints(gap.difference()),
                               SheetCell::ofInteger(gap.itemsCut), SheetCell::ofInteger(gap.itemsRaised)});
        book.sheets.append(sheet);
    }
    return book;
}

} // namespace parindex
