#include "core/importing/SurveyImport.h"

#include "core/common/Text.h"
#include "core/importing/TableColumns.h"

#include <QSet>
#include <algorithm>
#include <limits>
#include <numeric>

namespace parindex {

namespace {

QString fmt(Points p)
{
    return p.toString(NumberLocale::Vietnamese);
}

// Header names per role, English and Vietnamese, as survey institutes and published tables write them.
const QList<QStringList>& headerNames()
{
    static const QList<QStringList> names = {
        {QStringLiteral("mã đơn vị"), QStringLiteral("unit code"), QStringLiteral("mã cơ quan")},
        {QStringLiteral("đơn vị"), QStringLiteral("tên đơn vị"), QStringLiteral("unit"), QStringLiteral("unit name"),
         QStringLiteral("cơ quan, đơn vị"), QStringLiteral("đơn vị được đánh giá")},
        {QStringLiteral("mã tiêu chí"), QStringLiteral("tiêu chí"), QStringLiteral("mã tiêu chí thành phần"),
         QStringLiteral("item"), QStringLiteral("criterion")},
        {QStringLiteral("điểm"), QStringLiteral("points"), QStringLiteral("điểm ĐTXHH")},
        {QStringLiteral("tỷ lệ (%)"), QStringLiteral("tỷ lệ"), QStringLiteral("tỉ lệ (%)"), QStringLiteral("tỉ lệ"),
         QStringLiteral("percent"), QStringLiteral("%")},
        {QStringLiteral("phiếu"), QStringLiteral("mẫu phiếu"), QStringLiteral("số phiếu"), QStringLiteral("mã phiếu"),
         QStringLiteral("form")},
        {QStringLiteral("nhóm đối tượng"), QStringLiteral("đối tượng"), QStringLiteral("đối tượng khảo sát"),
         QStringLiteral("respondent group"), QStringLiteral("respondent")},
        {QStringLiteral("mã câu hỏi"), QStringLiteral("câu hỏi"), QStringLiteral("question")},
        {QStringLiteral("trả lời"), QStringLiteral("phương án trả lời"), QStringLiteral("phương án"),
         QStringLiteral("đáp án"), QStringLiteral("answer")},
    };
    return names;
}

// Units by code and by name, with a suggestion for a name that nearly matches.
class UnitMatcher
{
public:
    explicit UnitMatcher(const QList<SurveyUnit>& units) : m_units(units)
    {
        for (qsizetype i = 0; i < units.size(); ++i) {
            m_byCode.insert(matchKey(units.at(i).code), int(i));
            m_byName.insert(matchKey(units.at(i).name), int(i));
            m_names.append(units.at(i).name);
            m_names.append(units.at(i).code);
        }
    }

    // The unit's index, or -1; cached per text, since a file names each unit many times.
    int find(const QString& text, bool codeOnly)
    {
        const auto cached = m_cache.constFind(text);
        if (cached != m_cache.cend())
            return codeOnly ? cached->first : cached->second;
        const QString key = matchKey(text);
        const int byCode = m_byCode.value(key, -1);
        const int byEither = byCode >= 0 ? byCode : m_byName.value(key, -1);
        m_cache.insert(text, {byCode, byEither});
        return codeOnly ? byCode : byEither;
    }

    QString unknown(const QString& text) const
    {
        const QString near = closestMatch(text, m_names);
        if (near.isEmpty())
            return SurveyImport::tr("no unit is named or coded \"%1\"").arg(text);
        return SurveyImport::tr("no unit is named or coded \"%1\"; did you mean \"%2\"?").arg(text, near);
    }

private:
    const QList<SurveyUnit>& m_units;
    QHash<QString, int> m_byCode;
    QHash<QString, int> m_byName;
    QStringList m_names;
    QHash<QString, std::pair<int, int>> m_cache;
};

// The table's shape from its header: answers when it names a question and an answer column.
SurveyShape detectShape(const CsvTable& table, const QHash<int, int>& assigned)
{
    if (assigned.contains(SurveyImport::Question) || assigned.contains(SurveyImport::Answer))
        return SurveyShape::Answers;
    bool question = false;
    bool answer = false;
    for (const QString& field : table.records.first().fields) {
        const QString key = matchKey(field);
        for (const QString& n : headerNames().at(SurveyImport::Question))
            question = question || key == matchKey(n);
        for (const QString& n : headerNames().at(SurveyImport::Answer))
            answer = answer || key == matchKey(n);
    }
    return question && answer ? SurveyShape::Answers : SurveyShape::Points;
}

// The header names of the roles a shape reads; the others are left empty so that they count as
// unknown columns.
QList<QStringList> namesFor(SurveyShape shape)
{
    QList<QStringList> names(SurveyImport::RoleCount);
    for (SurveyImport::Role r : SurveyImport::roles(shape))
        names[r] = headerNames().at(r);
    for (QStringList& n : names) {
        if (n.isEmpty())
            n.append(QString()); // never matches a non-empty header
    }
    return names;
}

// The amount num / den thousandths of a point, rounded once to `decimals` (0-3).
Points roundedQuotient(WideInt num, WideInt den, int decimals)
{
    qint64 step = 1;
    for (int d = decimals; d < 3; ++d)
        step *= 10;
    return Points::fromThousandths(divideRounded(num, den * step) * step);
}

// Points = max × percent / 100, rounded to the set's precision.
Points ofPercent(Points max, Points percent, int decimals)
{
    return roundedQuotient(WideInt(max.thousandths()) * percent.thousandths(), WideInt(100) * 1000, decimals);
}

// What one unit's answers to one item add up to, per respondent group.
struct Tally
{
    QList<WideInt> sum;  // answer weights in thousandths of a percent, per group of the instrument
    QList<qint64> count; // answers per group
};

// Turns a unit's tallies into the item's points (see criteria_templates/FORMAT.md): each group's
// mean to 10^-9 %, the groups' weighted mean, and one rounding to the set's precision.
Points pointsOf(const CriteriaSet& set, const CriteriaNode& item, const Tally& t)
{
    constexpr WideInt Nano = 1000000000; // 10^-9 % per unit of a mean
    WideInt weighted = 0;
    WideInt weights = 0;
    for (qsizetype g = 0; g < t.sum.size(); ++g) {
        if (t.count.at(g) == 0)
            continue;
        const WideInt mean = divideRounded(t.sum.at(g) * (Nano / 1000), t.count.at(g));
        weighted += mean * set.survey.groups.at(g).weight.thousandths();
        weights += set.survey.groups.at(g).weight.thousandths();
    }
    const qint64 meanNano = divideRounded(weighted, weights);
    return roundedQuotient(WideInt(item.max.thousandths()) * meanNano, WideInt(100) * Nano, set.pointsDecimals);
}

} // namespace

QString SurveyImport::roleName(Role role)
{
    switch (role) {
    case UnitCode:
        return tr("Unit code");
    case Unit:
        return tr("Unit");
    case Item:
        return tr("Item code");
    case PointsValue:
        return tr("Points");
    case Percent:
        return tr("Percentage");
    case Form:
        return tr("Form");
    case RespondentGroup:
        return tr("Respondent group");
    case Question:
        return tr("Question");
    case Answer:
        return tr("Answer");
    case RoleCount:
        break;
    }
    return QString();
}

QList<SurveyImport::Role> SurveyImport::roles(SurveyShape shape)
{
    if (shape == SurveyShape::Answers)
        return {Unit, UnitCode, RespondentGroup, Question, Answer, Form};
    return {Unit, UnitCode, Item, PointsValue, Percent};
}

SurveyRead SurveyImport::read(const CsvTable& table, const QList<SurveyUnit>& units, const QHash<int, int>& assigned,
                              std::optional<SurveyShape> shape)
{
    SurveyRead out;
    if (!table.error.isEmpty()) {
        out.problems.append(table.error);
        return out;
    }
    if (table.records.isEmpty()) {
        out.problems.append(tr("the table is empty; it needs a header row, e.g. \"Mã đơn vị; Mã tiêu chí; Điểm\""));
        return out;
    }
    out.shape = shape.value_or(detectShape(table, assigned));
    out.header = table.records.first().fields;
    TableColumns columns(namesFor(out.shape));
    const bool answers = out.shape == SurveyShape::Answers;
    QList<int> required = answers ? QList<int>{RespondentGroup, Question, Answer} : QList<int>{Item};
    const bool headerOk = columns.readHeader(table, required, out.problems, assigned);
    for (int r = 0; r < RoleCount; ++r) {
        if (columns.has(r))
            out.columns.insert(r, columns.fieldOf(r));
    }
    if (headerOk && !columns.has(Unit) && !columns.has(UnitCode))
        out.problems.append(columns.at(table.records.first().line,
                                       tr("the unit column is missing (\"Mã đơn vị\", \"Tên đơn vị\" or \"Đơn vị\")")));
    if (headerOk && !answers && !columns.has(PointsValue) && !columns.has(Percent))
        out.problems.append(
            columns.at(table.records.first().line, tr("a column of points (\"Điểm\") or percentages (\"Tỷ lệ (%)\") "
                                                      "is needed")));
    if (!out.problems.isEmpty())
        return out;
    if (table.records.size() == 1)
        out.problems.append(tr("the table has a header but no rows"));

    UnitMatcher matcher(units);
    const bool byCode = columns.has(UnitCode);
    QHash<int, QHash<QString, Tally>> tallies;       // unit -> item -> tally, Answers shape
    QHash<int, QHash<QString, Points>> pointsByUnit; // unit -> item -> points, Points shape
    QHash<QString, int> itemLine;                    // "unit/item" -> line, Points shape
    QSet<int> named;
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvRecord& rec = table.records.at(r);
        ++out.rows;
        auto problem = [&](const QString& p) { out.problems.append(columns.at(rec.line, p)); };
        if (const QString width = columns.widthProblem(rec); !width.isEmpty()) {
            problem(width);
            continue;
        }
        const QString unitText = byCode ? columns.field(rec, UnitCode) : columns.field(rec, Unit);
        if (unitText.isEmpty()) {
            problem(tr("the unit is empty"));
            continue;
        }
        const int u = matcher.find(unitText, byCode);
        if (u < 0) {
            problem(matcher.unknown(unitText));
            continue;
        }
        const SurveyUnit& unit = units.at(u);
        if (byCode && columns.has(Unit)) {
            const QString name = columns.field(rec, Unit);
            if (!name.isEmpty() && matchKey(name) != matchKey(unit.name) && matchKey(name) != matchKey(unit.code)) {
                problem(tr("the code %1 is %2, not \"%3\"").arg(unit.code, unit.name, name));
                continue;
            }
        }
        if (!unit.set) {
            problem(tr("%1 (%2) has no criteria set for this year, so its survey items are not known")
                        .arg(unit.name, unit.code));
            continue;
        }
        const CriteriaSet& set = *unit.set;
        named.insert(u);
        if (answers) {
            const SurveyInstrument& in = set.survey;
            if (in.isEmpty()) {
                problem(tr("the criteria set %1 of %2 declares no survey instrument, so answers cannot be turned "
                           "into points; import points per item instead")
                            .arg(set.id, unit.code));
                continue;
            }
            const QString groupText = columns.field(rec, RespondentGroup);
            const SurveyGroup* group = in.group(groupText);
            const QString questionText = columns.field(rec, Question);
            const SurveyQuestion* question = in.question(questionText);
            const QString letter = columns.field(rec, Answer).toUpper();
            QStringList rowProblems;
            if (!group) {
                QStringList known;
                for (const SurveyGroup& g : in.groups)
                    known.append(g.code);
                rowProblems.append(tr("unknown respondent group \"%1\" (the set %2 has %3)")
                                       .arg(groupText, set.id, known.join(QStringLiteral(", "))));
            }
            if (!question)
                rowProblems.append(tr("unknown question \"%1\" in the set %2").arg(questionText, set.id));
            const SurveyAnswer* answer = in.answer(letter);
            const bool blank = in.noAnswer.contains(letter);
            if (!answer && !blank) {
                QStringList letters;
                for (const SurveyAnswer& a : in.answers)
                    letters.append(a.letter);
                letters.append(in.noAnswer);
                rowProblems.append(
                    tr("the answer \"%1\" is not one of %2").arg(letter, letters.join(QStringLiteral(", "))));
            }
            for (const QString& p : rowProblems)
                problem(p);
            if (!rowProblems.isEmpty() || blank)
                continue;
            Tally& t = tallies[u][question->item];
            if (t.sum.isEmpty()) {
                t.sum.resize(in.groups.size());
                t.count.resize(in.groups.size());
            }
            const qsizetype g = group - in.groups.constData();
            t.sum[g] += answer->weight.thousandths();
            ++t.count[g];
            continue;
        }
        const QString itemText = columns.field(rec, Item);
        const CriteriaNode* item = set.find(itemText);
        if (!item || !item->isLeaf() || !item->isSurvey()) {
            QStringList codes;
            for (const CriteriaNode* leaf : set.surveyLeaves())
                codes.append(leaf->code);
            problem(tr("\"%1\" is not a survey item of the set %2 (its survey items: %3)")
                        .arg(itemText, set.id, codes.join(QStringLiteral(", "))));
            continue;
        }
        const QString key = unit.code + QLatin1Char('/') + item->code;
        if (const auto first = itemLine.constFind(key); first != itemLine.cend()) {
            problem(tr("%1 item %2 already has its points on %3").arg(unit.code, item->code, columns.where(*first)));
            continue;
        }
        itemLine.insert(key, rec.line);
        const QString pointsText = columns.field(rec, PointsValue);
        const QString percentText = columns.field(rec, Percent);
        if (!pointsText.isEmpty() && !percentText.isEmpty()) {
            problem(tr("give either points or a percentage, not both"));
            continue;
        }
        if (pointsText.isEmpty() && percentText.isEmpty()) {
            problem(tr("%1 item %2 has neither points nor a percentage").arg(unit.code, item->code));
            continue;
        }
        const QString text = pointsText.isEmpty() ? percentText : pointsText;
        const auto value = Points::parse(text);
        if (!value || value->isNegative()) {
            problem(tr("\"%1\" is not a number of 0 or more").arg(text));
            continue;
        }
        Points points = *value;
        if (pointsText.isEmpty()) {
            if (*value > Points::whole(100)) {
                problem(tr("the percentage %1 is above 100").arg(fmt(*value)));
                continue;
            }
            points = ofPercent(item->max, *value, set.pointsDecimals);
        }
        pointsByUnit[u].insert(item->code, points);
    }
    if (!out.problems.isEmpty())
        return out;

    // Every unit named gets every survey item of its set, in the set's order.
    QList<int> order(named.cbegin(), named.cend());
    std::sort(order.begin(), order.end());
    for (int u : order) {
        const SurveyUnit& unit = units.at(u);
        QStringList missing;
        for (const CriteriaNode* leaf : unit.set->surveyLeaves()) {
            SurveyPoint p{unit.code, leaf->code, Points(), 0};
            if (answers) {
                const Tally t = tallies.value(u).value(leaf->code);
                const qint64 counted = std::accumulate(t.count.cbegin(), t.count.cend(), qint64(0));
                if (counted == 0) {
                    missing.append(leaf->code);
                    continue;
                }
                p.points = pointsOf(*unit.set, *leaf, t);
                p.answers = int(std::min<qint64>(counted, std::numeric_limits<int>::max()));
            } else {
                const auto found = pointsByUnit.value(u).constFind(leaf->code);
                if (found == pointsByUnit.value(u).cend()) {
                    missing.append(leaf->code);
                    continue;
                }
                p.points = *found;
            }
            out.points.append(p);
        }
        if (!missing.isEmpty())
            out.problems.append(answers ? tr("%1 (%2): no answers for the survey items %3")
                                              .arg(unit.name, unit.code, missing.join(QStringLiteral(", ")))
                                        : tr("%1 (%2): no points for the survey items %3")
                                              .arg(unit.name, unit.code, missing.join(QStringLiteral(", "))));
    }
    out.problems.append(check(out.points, units));
    if (!out.problems.isEmpty()) {
        out.points.clear();
        return out;
    }
    QStringList absent;
    for (qsizetype u = 0; u < units.size(); ++u) {
        if (!named.contains(int(u)) && units.at(u).set && !units.at(u).set->surveyLeaves().isEmpty())
            absent.append(QStringLiteral("%1 (%2)").arg(units.at(u).name, units.at(u).code));
    }
    if (!absent.isEmpty())
        out.notes.append(
            tr("%n unit(s) not in the survey: %1", nullptr, int(absent.size())).arg(absent.join(QStringLiteral(", "))));
    return out;
}

QStringList SurveyImport::check(const QList<SurveyPoint>& points, const QList<SurveyUnit>& units)
{
    QStringList problems;
    QHash<QString, const SurveyUnit*> byCode;
    for (const SurveyUnit& u : units)
        byCode.insert(u.code, &u);
    QHash<QString, Points> totals;
    QSet<QString> seen;
    for (const SurveyPoint& p : points) {
        const SurveyUnit* unit = byCode.value(p.unitCode);
        if (!unit) {
            problems.append(tr("%1 is not a registered unit").arg(p.unitCode));
            continue;
        }
        if (!unit->set) {
            problems.append(tr("%1 has no criteria set for this year").arg(p.unitCode));
            continue;
        }
        const CriteriaNode* item = unit->set->find(p.item);
        if (!item || !item->isLeaf() || !item->isSurvey()) {
            problems.append(tr("%1: %2 is not a survey item of the set %3").arg(p.unitCode, p.item, unit->set->id));
            continue;
        }
        if (seen.contains(p.unitCode + QLatin1Char('/') + p.item)) {
            problems.append(tr("%1 item %2 is given twice").arg(p.unitCode, p.item));
            continue;
        }
        seen.insert(p.unitCode + QLatin1Char('/') + p.item);
        if (p.points.isNegative() || p.points > item->max)
            problems.append(
                tr("%1 item %2: %3 points are outside 0 to %4").arg(p.unitCode, p.item, fmt(p.points), fmt(item->max)));
        else if (!p.points.hasAtMostDecimals(unit->set->pointsDecimals))
            problems.append(tr("%1 item %2: %3 has more than %n decimal(s)", nullptr, unit->set->pointsDecimals)
                                .arg(p.unitCode, p.item, fmt(p.points)));
        totals[p.unitCode] += p.points;
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        const Points share = byCode.value(it.key())->set->surveyShare();
        if (it.value() > share)
            problems.append(tr("%1: the survey points add up to %2, above the set's survey share %3")
                                .arg(it.key(), fmt(it.value()), fmt(share)));
    }
    return problems;
}

} // namespace parindex
