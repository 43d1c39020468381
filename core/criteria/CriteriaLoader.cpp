#include "core/criteria/CriteriaLoader.h"

#include "core/common/StrictJson.h"
#include "core/common/Text.h"
#include "core/crypto/Sha256.h"
#include "core/files/SafeFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace parindex {

namespace {

QJsonValue normalizeStrings(const QJsonValue& v)
{
    if (v.isString())
        return v.toString().normalized(QString::NormalizationForm_C);
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& e : v.toArray())
            out.append(normalizeStrings(e));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key().normalized(QString::NormalizationForm_C), normalizeStrings(it.value()));
        return out;
    }
    return v;
}

QString fmt(Points p)
{
    return p.toFixed(2, NumberLocale::Vietnamese);
}

// Walks the JSON document, building the model and collecting problems with their paths.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaLoader)

public:
    QStringList problems;
    CriteriaSet& set;
    QSet<QString> codes;

    explicit Reader(CriteriaSet& s) : set(s) {}

    void problem(const QString& path, const QString& message)
    {
        problems.append(path.isEmpty() ? message : path + QStringLiteral(": ") + message);
    }

    void checkKeys(const QString& path, const QJsonObject& o, std::initializer_list<const char*> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char* a : allowed)
                known = known || it.key() == QLatin1String(a);
            if (!known)
                problem(path, tr("unknown field \"%1\"").arg(it.key()));
        }
    }

    QString string(const QString& path, const QJsonObject& o, const char* key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                problem(path, tr("\"%1\" is missing").arg(QLatin1String(key)));
            return {};
        }
        if (!v.isString()) {
            problem(path, tr("\"%1\" must be a text").arg(QLatin1String(key)));
            return {};
        }
        const QString s = normalized(v.toString());
        if (required && s.isEmpty())
            problem(path, tr("\"%1\" is empty").arg(QLatin1String(key)));
        return s;
    }

    std::optional<Points> decimal(const QString& path, const QJsonValue& v, const QString& key)
    {
        if (v.isUndefined()) {
            problem(path, tr("\"%1\" is missing").arg(key));
            return std::nullopt;
        }
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d == static_cast<double>(static_cast<qint64>(d)) && qAbs(d) < 1e12)
                return Points::whole(static_cast<qint64>(d));
            problem(path, tr("\"%1\" must be written as a text such as \"0.5\" (decimals are exact)").arg(key));
            return std::nullopt;
        }
        if (v.isString()) {
            if (auto p = Points::parse(v.toString()))
                return p;
        }
        problem(path, tr("\"%1\" is not a decimal number with at most 3 decimals").arg(key));
        return std::nullopt;
    }

    std::optional<Points> decimal(const QString& path, const QJsonObject& o, const char* key)
    {
        return decimal(path, o.value(QLatin1String(key)), QLatin1String(key));
    }

    int integer(const QString& path, const QJsonObject& o, const char* key, int lo, int hi, int fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            problem(path, tr("\"%1\" is missing").arg(QLatin1String(key)));
            return fallback;
        }
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != static_cast<double>(static_cast<int>(d)) || d < lo || d > hi) {
            problem(path, tr("\"%1\" must be a whole number from %2 to %3").arg(QLatin1String(key)).arg(lo).arg(hi));
            return fallback;
        }
        return static_cast<int>(d);
    }

    bool boolean(const QString& path, const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            problem(path, tr("\"%1\" must be true or false").arg(QLatin1String(key)));
        return v.toBool();
    }

    QJsonArray array(const QString& path, const QJsonObject& o, const char* key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                problem(path, tr("\"%1\" is missing").arg(QLatin1String(key)));
            return {};
        }
        if (!v.isArray()) {
            problem(path, tr("\"%1\" must be a list").arg(QLatin1String(key)));
            return {};
        }
        return v.toArray();
    }

    void checkPrecision(const QString& path, Points p, const QString& what)
    {
        if (!p.hasAtMostDecimals(set.pointsDecimals))
            problem(path, tr("%1 %2 has more decimals than the set's rounding (%3)")
                              .arg(what, p.toString(NumberLocale::Vietnamese))
                              .arg(set.pointsDecimals));
    }

    std::optional<ZeroDenominator> zeroDenominator(const QString& path, const QJsonObject& o)
    {
        const QJsonValue v = o.value(QLatin1String("zero_denominator"));
        if (v.isUndefined())
            return ZeroDenominator::Invalid;
        const QString s = v.toString();
        if (s == QLatin1String("invalid"))
            return ZeroDenominator::Invalid;
        if (s == QLatin1String("full_points"))
            return ZeroDenominator::FullPoints;
        if (s == QLatin1String("zero"))
            return ZeroDenominator::Zero;
        if (s == QLatin1String("not_applicable"))
            return ZeroDenominator::NotApplicable;
        problem(path, tr("\"zero_denominator\" must be one of invalid, full_points, zero, not_applicable"));
        return std::nullopt;
    }

    std::optional<Rule> rule(const QString& nodePath, const QJsonValue& value, Points max)
    {
        const QString path = nodePath + QStringLiteral(" rule");
        if (!value.isObject()) {
            problem(nodePath, tr("a leaf needs a \"rule\" object"));
            return std::nullopt;
        }
        const QJsonObject o = value.toObject();
        const QString kindText = o.value(QLatin1String("kind")).toString();
        const auto kind = ruleKindFromCode(kindText);
        if (!kind) {
            problem(path, tr("unknown rule kind \"%1\" (expected options, tiers, proportional, deduction, "
                             "judgement or survey)")
                              .arg(kindText));
            return std::nullopt;
        }
        Rule r;
        r.kind = *kind;
        switch (r.kind) {
        case RuleKind::Options: {
            checkKeys(path, o, {"kind", "options"});
            const QJsonArray options = array(path, o, "options", true);
            if (options.size() < 2)
                problem(path, tr("an options rule needs at least two options"));
            QSet<QString> labels;
            bool reachesMax = false;
            for (qsizetype i = 0; i < options.size(); ++i) {
                const QString op = path + QStringLiteral(" options[%1]").arg(i);
                const QJsonObject oo = options.at(i).toObject();
                checkKeys(op, oo, {"label", "points"});
                RuleOption option;
                option.label = string(op, oo, "label");
                if (labels.contains(option.label))
                    problem(op, tr("the label \"%1\" appears twice").arg(option.label));
                labels.insert(option.label);
                if (auto p = decimal(op, oo, "points")) {
                    option.points = *p;
                    if (*p > max)
                        problem(op, tr("option \"%1\" gives %2 points, above the item's max %3")
                                        .arg(option.label, fmt(*p), fmt(max)));
                    if (p->isNegative())
                        problem(op, tr("option \"%1\" gives negative points").arg(option.label));
                    checkPrecision(op, *p, tr("points"));
                    reachesMax = reachesMax || *p == max;
                }
                r.options.append(option);
            }
            if (!options.isEmpty() && !reachesMax)
                problem(path, tr("no option gives the item's max %1").arg(fmt(max)));
            break;
        }
        case RuleKind::Tiers: {
            checkKeys(path, o, {"kind", "tiers", "zero_denominator"});
            const QJsonArray tiers = array(path, o, "tiers", true);
            if (tiers.isEmpty())
                problem(path, tr("a tiers rule needs at least one tier"));
            for (qsizetype i = 0; i < tiers.size(); ++i) {
                const QString tp = path + QStringLiteral(" tiers[%1]").arg(i);
                const QJsonObject to = tiers.at(i).toObject();
                checkKeys(tp, to, {"min", "inclusive", "points"});
                Tier t;
                t.inclusive = !to.contains(QLatin1String("inclusive")) || boolean(tp, to, "inclusive");
                const auto threshold = decimal(tp, to, "min");
                const auto points = decimal(tp, to, "points");
                if (!threshold || !points)
                    continue;
                t.threshold = *threshold;
                t.points = *points;
                if (t.threshold < Points() || t.threshold > Points::whole(100))
                    problem(tp, tr("threshold %1% is outside 0-100%").arg(fmt(t.threshold)));
                if (t.points > max)
                    problem(tp, tr("tier gives %1 points, above the item's max %2").arg(fmt(t.points), fmt(max)));
                if (t.points.isNegative())
                    problem(tp, tr("tier gives negative points"));
                checkPrecision(tp, t.points, tr("points"));
                if (!r.tiers.isEmpty()) {
                    const Tier& prev = r.tiers.last();
                    if (t.threshold >= prev.threshold)
                        problem(tp, tr("tiers out of order: threshold %1% must be below the previous %2%")
                                        .arg(fmt(t.threshold), fmt(prev.threshold)));
                    if (t.points > prev.points)
                        problem(tp, tr("tiers out of order: a lower tier gives more points (%1 > %2)")
                                        .arg(fmt(t.points), fmt(prev.points)));
                }
                r.tiers.append(t);
            }
            if (!r.tiers.isEmpty() && r.tiers.first().points != max)
                problem(path, tr("the top tier gives %1 points, not the item's max %2")
                                  .arg(fmt(r.tiers.first().points), fmt(max)));
            if (auto z = zeroDenominator(path, o))
                r.onZeroDenominator = *z;
            break;
        }
        case RuleKind::Proportional:
            checkKeys(path, o, {"kind", "zero_denominator"});
            if (auto z = zeroDenominator(path, o))
                r.onZeroDenominator = *z;
            break;
        case RuleKind::Deduction:
            checkKeys(path, o, {"kind", "per_item"});
            if (auto p = decimal(path, o, "per_item")) {
                r.perItem = *p;
                if (*p <= Points() || *p > max)
                    problem(path, tr("\"per_item\" must be above 0 and at most the item's max %1").arg(fmt(max)));
                checkPrecision(path, *p, tr("per_item"));
            }
            break;
        case RuleKind::Judgement:
            checkKeys(path, o, {"kind", "step"});
            if (auto p = decimal(path, o, "step")) {
                r.step = *p;
                if (*p <= Points() || *p > max)
                    problem(path, tr("\"step\" must be above 0 and at most the item's max %1").arg(fmt(max)));
                else if (max.thousandths() % p->thousandths() != 0)
                    problem(path, tr("the max %1 is not a whole number of steps of %2").arg(fmt(max), fmt(*p)));
                checkPrecision(path, *p, tr("step"));
            }
            break;
        case RuleKind::Survey:
            checkKeys(path, o, {"kind"});
            break;
        }
        return r;
    }

    void node(const QString& path, const QJsonObject& o, CriteriaNode& n, NodeLevel level, const QString& parentCode)
    {
        n.level = level;
        const bool adjustment = level == NodeLevel::Bonus || level == NodeLevel::Penalty;
        const char* childKey = level == NodeLevel::Area        ? "criteria"
                               : level == NodeLevel::Criterion ? "sub_criteria"
                                                               : nullptr;
        if (childKey)
            checkKeys(path, o,
                      {"code", "title", "max", "rule", "not_applicable_allowed", "guidance", "evidence",
                       "sum_exception", "criteria", "sub_criteria"});
        else
            checkKeys(path, o, {"code", "title", "max", "rule", "not_applicable_allowed", "guidance", "evidence"});
        if (childKey && o.contains(QLatin1String(level == NodeLevel::Area ? "sub_criteria" : "criteria")))
            problem(path, tr("\"%1\" is not allowed here (use \"%2\")")
                              .arg(QLatin1String(level == NodeLevel::Area ? "sub_criteria" : "criteria"),
                                   QLatin1String(childKey)));
        if (!parentCode.isEmpty() && !n.code.startsWith(parentCode + QLatin1Char('.')))
            problem(path, tr("code \"%1\" does not start with its parent's code \"%2.\"").arg(n.code, parentCode));
        if (!n.code.isEmpty() && codes.contains(n.code))
            problem(path, tr("duplicate code \"%1\"").arg(n.code));
        codes.insert(n.code);
        n.title = string(path, o, "title");
        n.guidance = string(path, o, "guidance", false);
        n.evidence = string(path, o, "evidence", false);
        n.mayBeNotApplicable = boolean(path, o, "not_applicable_allowed");
        if (auto m = decimal(path, o, "max")) {
            n.max = *m;
            if (*m <= Points())
                problem(path, tr("max must be above 0"));
            checkPrecision(path, *m, tr("max"));
        }

        const QJsonArray children = childKey ? array(path, o, childKey, level == NodeLevel::Area) : QJsonArray();
        if (level == NodeLevel::Area && o.contains(QLatin1String("rule")))
            problem(path, tr("an area is scored through its criteria and cannot have a rule"));
        if (level == NodeLevel::Area && o.value(QLatin1String("criteria")).isArray() && children.isEmpty())
            problem(path, tr("an area needs at least one criterion"));
        if (!children.isEmpty()) {
            if (o.contains(QLatin1String("rule")))
                problem(path, tr("a node with %1 cannot also have a rule").arg(QLatin1String(childKey)));
            const NodeLevel childLevel = level == NodeLevel::Area ? NodeLevel::Criterion : NodeLevel::SubCriterion;
            Points sum;
            for (qsizetype i = 0; i < children.size(); ++i) {
                const QJsonObject co = children.at(i).toObject();
                CriteriaNode child;
                child.code = normalized(co.value(QLatin1String("code")).toString());
                const QString cp =
                    path + QStringLiteral(" %1[%2] \"%3\"").arg(QLatin1String(childKey)).arg(i).arg(child.code);
                if (!children.at(i).isObject()) {
                    problem(cp, tr("must be an object"));
                    continue;
                }
                if (child.code.isEmpty())
                    problem(cp, tr("\"code\" is missing"));
                node(cp, co, child, childLevel, n.code);
                sum += child.max;
                n.children.append(std::move(child));
            }
            if (sum != n.max && !o.contains(QLatin1String("sum_exception")))
                problem(path, tr("children add up to %1 but max is %2").arg(fmt(sum), fmt(n.max)));
            if (n.mayBeNotApplicable)
                problem(path, tr("only a leaf can be marked not applicable"));
        } else if (level != NodeLevel::Area) {
            n.rule = rule(path, o.value(QLatin1String("rule")), n.max);
            if (n.rule && n.rule->kind == RuleKind::Survey && n.mayBeNotApplicable)
                problem(path, tr("a survey item cannot be marked not applicable"));
            if (adjustment && n.rule && n.rule->kind == RuleKind::Survey)
                problem(path, tr("bonus and penalty items cannot be survey items"));
        }
    }

    void adjustment(const QJsonObject& root, const char* key, Adjustment& out, NodeLevel level)
    {
        const QJsonValue v = root.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const QString path = QLatin1String(key);
        if (!v.isObject()) {
            problem(path, tr("must be an object with \"cap\" and \"items\""));
            return;
        }
        const QJsonObject o = v.toObject();
        checkKeys(path, o, {"cap", "items"});
        const QJsonArray items = array(path, o, "items", true);
        if (!o.contains(QLatin1String("cap"))) {
            problem(path, tr("the cap is missing: bonus and penalty points need a maximum"));
        } else if (auto cap = decimal(path, o, "cap")) {
            out.cap = *cap;
            if (*cap <= Points())
                problem(path, tr("the cap must be above 0"));
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject io = items.at(i).toObject();
            CriteriaNode item;
            item.code = normalized(io.value(QLatin1String("code")).toString());
            const QString ip = path + QStringLiteral(" items[%1] \"%2\"").arg(i).arg(item.code);
            if (item.code.isEmpty())
                problem(ip, tr("\"code\" is missing"));
            node(ip, io, item, level, QString());
            if (item.max > out.cap && out.cap > Points())
                problem(ip, tr("item max %1 is above the section's cap %2").arg(fmt(item.max), fmt(out.cap)));
            out.items.append(std::move(item));
        }
    }

    void bands(const QJsonObject& root)
    {
        const QJsonArray list = array(QString(), root, "bands", false);
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("bands[%1]").arg(i);
            const QJsonObject o = list.at(i).toObject();
            checkKeys(path, o, {"code", "label", "min"});
            Band b;
            b.code = string(path, o, "code");
            b.label = string(path, o, "label");
            if (seen.contains(b.code))
                problem(path, tr("duplicate band code \"%1\"").arg(b.code));
            seen.insert(b.code);
            if (auto m = decimal(path, o, "min")) {
                b.minimum = *m;
                if (*m < Points() || *m > Points::whole(100))
                    problem(path, tr("minimum %1% is outside 0-100%").arg(fmt(*m)));
                if (!set.bands.isEmpty() && *m >= set.bands.last().minimum)
                    problem(path, tr("bands out of order: minimum %1% must be below the previous %2%")
                                      .arg(fmt(*m), fmt(set.bands.last().minimum)));
            }
            set.bands.append(b);
        }
    }

    void ranking(const QJsonObject& root)
    {
        if (!root.contains(QLatin1String("ranking")))
            return;
        const QString path = QStringLiteral("ranking");
        if (!root.value(path).isObject()) {
            problem(path, tr("must be an object"));
            return;
        }
        const QJsonObject o = root.value(path).toObject();
        checkKeys(path, o, {"compare", "bonus_above_scale"});
        const QString compare = string(path, o, "compare", false);
        if (compare.isEmpty() || compare == QLatin1String("published"))
            set.rankPrecision = RankPrecision::Published;
        else if (compare == QLatin1String("full"))
            set.rankPrecision = RankPrecision::Full;
        else
            problem(path, tr("\"compare\" must be published or full"));
        set.bonusAboveScale = boolean(path, o, "bonus_above_scale");
    }

    void survey(const QJsonObject& root)
    {
        if (!root.contains(QLatin1String("survey")))
            return;
        const QString path = QStringLiteral("survey");
        if (!root.value(path).isObject()) {
            problem(path, tr("must be an object"));
            return;
        }
        const QJsonObject o = root.value(path).toObject();
        checkKeys(path, o, {"answers", "no_answer", "groups", "questions"});
        SurveyInstrument& in = set.survey;
        const QRegularExpression letter(QStringLiteral("^[A-Z]$"));
        const QJsonArray answers = array(path, o, "answers", true);
        for (qsizetype i = 0; i < answers.size(); ++i) {
            const QString ap = QStringLiteral("survey.answers[%1]").arg(i);
            const QJsonObject ao = answers.at(i).toObject();
            checkKeys(ap, ao, {"letter", "weight"});
            SurveyAnswer a;
            a.letter = string(ap, ao, "letter");
            if (!a.letter.isEmpty() && !letter.match(a.letter).hasMatch())
                problem(ap, tr("the answer \"%1\" must be one capital letter").arg(a.letter));
            else if (in.answer(a.letter))
                problem(ap, tr("the answer %1 appears twice").arg(a.letter));
            if (auto w = decimal(ap, ao, "weight")) {
                a.weight = *w;
                if (*w < Points() || *w > Points::whole(100))
                    problem(ap, tr("weight %1% is outside 0-100%").arg(fmt(*w)));
            }
            in.answers.append(a);
        }
        if (answers.size() < 2)
            problem(path, tr("the survey needs at least two weighted answers"));
        else if (std::none_of(in.answers.cbegin(), in.answers.cend(),
                              [](const SurveyAnswer& a) { return a.weight == Points::whole(100); }))
            problem(path, tr("no answer weighs 100%: an item could never reach its max"));
        const QJsonArray blank = array(path, o, "no_answer", false);
        for (qsizetype i = 0; i < blank.size(); ++i) {
            const QString l = normalized(blank.at(i).toString());
            if (!letter.match(l).hasMatch())
                problem(path, tr("\"no_answer\" lists \"%1\"; it must be one capital letter").arg(l));
            else if (in.answer(l) || in.noAnswer.contains(l))
                problem(path, tr("the answer %1 appears twice").arg(l));
            in.noAnswer.append(l);
        }
        const QJsonArray groups = array(path, o, "groups", true);
        if (groups.isEmpty())
            problem(path, tr("the survey needs at least one respondent group"));
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QString gp = QStringLiteral("survey.groups[%1]").arg(i);
            const QJsonObject go = groups.at(i).toObject();
            checkKeys(gp, go, {"code", "title", "weight"});
            SurveyGroup g;
            g.code = string(gp, go, "code");
            g.title = string(gp, go, "title");
            if (!g.code.isEmpty() && (in.group(g.code) || in.group(g.title)))
                problem(gp, tr("the respondent group %1 appears twice").arg(g.code));
            if (auto w = decimal(gp, go, "weight")) {
                g.weight = *w;
                if (*w <= Points())
                    problem(gp, tr("the weight must be above 0"));
            }
            in.groups.append(g);
        }
        const QJsonArray questions = array(path, o, "questions", true);
        QSet<QString> covered;
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const QJsonObject qo = questions.at(i).toObject();
            SurveyQuestion q;
            q.code = normalized(qo.value(QLatin1String("code")).toString());
            const QString qp = QStringLiteral("survey.questions[%1] \"%2\"").arg(i).arg(q.code);
            checkKeys(qp, qo, {"code", "item", "text"});
            q.code = string(qp, qo, "code");
            q.item = string(qp, qo, "item");
            q.text = string(qp, qo, "text", false);
            if (!q.code.isEmpty() && in.question(q.code))
                problem(qp, tr("the question code %1 appears twice").arg(q.code));
            const CriteriaNode* item = set.find(q.item);
            if (!q.item.isEmpty() && (!item || !item->isLeaf() || !item->isSurvey()))
                problem(qp, tr("\"%1\" is not a survey item of this set").arg(q.item));
            covered.insert(q.item);
            in.questions.append(q);
        }
        if (questions.isEmpty())
            problem(path, tr("the survey needs at least one question"));
        for (const CriteriaNode* leaf : set.surveyLeaves()) {
            if (!covered.contains(leaf->code))
                problem(path, tr("survey item %1 has no question").arg(leaf->code));
        }
    }

    void read(const QJsonObject& root)
    {
        checkKeys(QString(), root,
                  {"format",
                   "format_version",
                   "id",
                   "version",
                   "title",
                   "issuer",
                   "legal_basis",
                   "year",
                   "group",
                   "scale",
                   "rounding",
                   "not_applicable",
                   "texts_illustrative",
                   "note",
                   "deadlines",
                   "areas",
                   "bonus",
                   "penalty",
                   "bands",
                   "ranking",
                   "survey"});
        if (root.value(QLatin1String("format")).toString() != QLatin1String("parindex.criteria-set"))
            problem(QString(), tr("\"format\" must be \"parindex.criteria-set\""));
        if (root.value(QLatin1String("format_version")).toInt(-1) != 1)
            problem(QString(), tr("unsupported \"format_version\" (this version reads 1)"));
        set.id = string(QString(), root, "id");
        if (!set.id.isEmpty() &&
            !QRegularExpression(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$")).match(set.id).hasMatch())
            problem(QString(), tr("\"id\" may contain only a-z, 0-9 and '-'"));
        set.version = integer(QString(), root, "version", 1, 1000000, 1);
        set.title = string(QString(), root, "title");
        set.issuer = string(QString(), root, "issuer");
        set.year = integer(QString(), root, "year", 2000, 2100, 0);
        set.note = string(QString(), root, "note", false);
        set.textsIllustrative = boolean(QString(), root, "texts_illustrative");

        const QJsonObject legal = root.value(QLatin1String("legal_basis")).toObject();
        checkKeys(QStringLiteral("legal_basis"), legal, {"decision", "date"});
        set.decision = string(QStringLiteral("legal_basis"), legal, "decision");
        const QString date = string(QStringLiteral("legal_basis"), legal, "date");
        set.decisionDate = QDate::fromString(date, Qt::ISODate);
        if (!date.isEmpty() && !set.decisionDate.isValid())
            problem(QStringLiteral("legal_basis"), tr("\"date\" must be a date such as 2025-11-17"));

        if (root.contains(QLatin1String("deadlines"))) {
            const QJsonObject deadlines = root.value(QLatin1String("deadlines")).toObject();
            checkKeys(QStringLiteral("deadlines"), deadlines, {"self_assessment"});
            const QString text = string(QStringLiteral("deadlines"), deadlines, "self_assessment", false);
            set.selfAssessmentDeadline = QDateTime::fromString(text, Qt::ISODate);
            if (!text.isEmpty() &&
                (!set.selfAssessmentDeadline.isValid() || set.selfAssessmentDeadline.timeSpec() == Qt::LocalTime))
                problem(QStringLiteral("deadlines"), tr("\"self_assessment\" must be a date and time with its offset, "
                                                        "such as 2026-01-15T17:00:00+07:00"));
        }

        const QString groupText = string(QString(), root, "group");
        if (auto g = UnitGroups::parse(groupText)) {
            set.group = *g;
            if (const QString why = UnitGroups::notAssessedIn(*g, set.year); !why.isEmpty())
                problem(QString(), why);
        } else if (!groupText.isEmpty())
            problem(QString(), tr("unknown unit group \"%1\" (expected so, xa or huyen)").arg(groupText));

        if (auto s = decimal(QString(), root, "scale"))
            set.scale = *s;
        const QJsonObject rounding = root.value(QLatin1String("rounding")).toObject();
        checkKeys(QStringLiteral("rounding"), rounding, {"points_decimals", "index_decimals"});
        set.pointsDecimals = integer(QStringLiteral("rounding"), rounding, "points_decimals", 0, 3, 2);
        set.indexDecimals = integer(QStringLiteral("rounding"), rounding, "index_decimals", 0, 3, 2);

        const QString na = root.value(QLatin1String("not_applicable")).toString(QStringLiteral("rescale"));
        if (na == QLatin1String("rescale"))
            set.notApplicable = NotApplicablePolicy::Rescale;
        else if (na == QLatin1String("full_points"))
            set.notApplicable = NotApplicablePolicy::FullPoints;
        else
            problem(QString(), tr("\"not_applicable\" must be rescale or full_points"));

        const QJsonArray areas = array(QString(), root, "areas", true);
        if (areas.isEmpty())
            problem(QString(), tr("a set needs at least one area"));
        Points sum;
        for (qsizetype i = 0; i < areas.size(); ++i) {
            const QJsonObject ao = areas.at(i).toObject();
            CriteriaNode area;
            area.code = normalized(ao.value(QLatin1String("code")).toString());
            const QString path = QStringLiteral("areas[%1] \"%2\"").arg(i).arg(area.code);
            if (!areas.at(i).isObject()) {
                problem(path, tr("must be an object"));
                continue;
            }
            if (area.code.isEmpty())
                problem(path, tr("\"code\" is missing"));
            node(path, ao, area, NodeLevel::Area, QString());
            sum += area.max;
            set.areas.append(std::move(area));
        }
        if (!areas.isEmpty() && sum != set.scale)
            problem(QStringLiteral("areas"),
                    tr("areas add up to %1 but the scale is %2").arg(fmt(sum), fmt(set.scale)));
        adjustment(root, "bonus", set.bonus, NodeLevel::Bonus);
        adjustment(root, "penalty", set.penalty, NodeLevel::Penalty);
        bands(root);
        ranking(root);
    }
};

} // namespace

QByteArray CriteriaLoader::canonicalForm(const QByteArray& json, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = pe.errorString();
        return {};
    }
    return QJsonDocument(normalizeStrings(doc.object()).toObject()).toJson(QJsonDocument::Compact);
}

CriteriaLoadResult CriteriaLoader::loadBytes(const QByteArray& bytes)
{
    CriteriaLoadResult result;
    if (bytes.size() > MaxFileSize) {
        result.problems.append(tr("the file is larger than %1 MiB").arg(MaxFileSize / (1024 * 1024)));
        return result;
    }
    const auto parsed = StrictJson::parse(bytes);
    if (!parsed) {
        result.problems.append(parsed.error());
        return result;
    }
    const QJsonDocument& doc = parsed.value();
    if (!doc.isObject()) {
        result.problems.append(tr("the document must be a JSON object"));
        return result;
    }
    auto set = std::make_shared<CriteriaSet>();
    Reader reader(*set);
    const QJsonObject root = normalizeStrings(doc.object()).toObject();
    reader.read(root);
    // The survey's questions refer to the tree's items by code: read them once the tree is linked.
    set->finalise();
    reader.survey(root);
    if (!reader.problems.isEmpty()) {
        result.problems = reader.problems;
        return result;
    }
    set->canonicalJson = canonicalForm(bytes);
    set->sha256 = Sha256::hexHash(set->canonicalJson);
    result.set = std::move(set);
    return result;
}

CriteriaLoadResult CriteriaLoader::load(QIODevice* device)
{
    const QByteArray bytes = device->read(MaxFileSize + 1);
    return loadBytes(bytes);
}

CriteriaLoadResult CriteriaLoader::loadFile(const QString& path)
{
    const auto bytes = readSmallFile(path, MaxFileSize);
    if (!bytes) {
        CriteriaLoadResult r;
        r.problems.append(bytes.error());
        return r;
    }
    return loadBytes(bytes.value());
}

} // namespace parindex
