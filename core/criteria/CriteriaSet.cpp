#include "core/criteria/CriteriaSet.h"

#include "core/common/Text.h"

namespace parindex {

namespace {
struct KindName
{
    RuleKind kind;
    const char* code;
};
constexpr KindName kKinds[] = {
    {RuleKind::Options, "options"},     {RuleKind::Tiers, "tiers"},         {RuleKind::Proportional, "proportional"},
    {RuleKind::Deduction, "deduction"}, {RuleKind::Judgement, "judgement"}, {RuleKind::Survey, "survey"},
};

void link(CriteriaNode& node, const CriteriaNode* parent)
{
    node.parent = parent;
    for (CriteriaNode& child : node.children)
        link(child, &node);
}
} // namespace

QString ruleKindCode(RuleKind kind)
{
    for (const auto& k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.code);
    }
    return {};
}

std::optional<RuleKind> ruleKindFromCode(const QString& code)
{
    for (const auto& k : kKinds) {
        if (code == QLatin1String(k.code))
            return k.kind;
    }
    return std::nullopt;
}

const SurveyAnswer* SurveyInstrument::answer(const QString& letter) const
{
    for (const SurveyAnswer& a : answers) {
        if (a.letter.compare(letter, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

const SurveyGroup* SurveyInstrument::group(const QString& codeOrTitle) const
{
    const QString key = matchKey(codeOrTitle);
    for (const SurveyGroup& g : groups) {
        if (matchKey(g.code) == key || matchKey(g.title) == key)
            return &g;
    }
    return nullptr;
}

const SurveyQuestion* SurveyInstrument::question(const QString& code) const
{
    const QString key = matchKey(code);
    for (const SurveyQuestion& q : questions) {
        if (matchKey(q.code) == key)
            return &q;
    }
    return nullptr;
}

QList<const CriteriaNode*> CriteriaSet::surveyLeaves() const
{
    QList<const CriteriaNode*> out;
    for (const CriteriaNode* leaf : m_leaves) {
        if (leaf->isSurvey())
            out.append(leaf);
    }
    return out;
}

Points CriteriaSet::surveyShare() const
{
    Points sum;
    for (const CriteriaNode* leaf : surveyLeaves())
        sum += leaf->max;
    return sum;
}

const Band* CriteriaSet::bandFor(Points roundedIndex) const
{
    for (const Band& b : bands) {
        if (roundedIndex >= b.minimum)
            return &b;
    }
    return nullptr;
}

void CriteriaSet::finalise()
{
    m_byCode.clear();
    m_leaves.clear();
    m_all.clear();
    auto visit = [this](auto&& self, const CriteriaNode& node, bool scored) -> void {
        m_byCode.insert(node.code, &node);
        m_all.append(&node);
        if (node.isLeaf() && scored)
            m_leaves.append(&node);
        for (const CriteriaNode& child : node.children)
            self(self, child, scored);
    };
    for (CriteriaNode& area : areas) {
        link(area, nullptr);
        visit(visit, area, true);
    }
    for (Adjustment* section : {&bonus, &penalty}) {
        for (CriteriaNode& item : section->items) {
            link(item, nullptr);
            visit(visit, item, false);
        }
    }
}

} // namespace parindex
