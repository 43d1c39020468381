#pragma once

#include "core/common/UnitGroup.h"
#include "core/decimal/Points.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace parindex {

enum class RuleKind
{
    Options,
    Tiers,
    Proportional,
    Deduction,
    Judgement,
    Survey
};

// What a ratio rule does when the unit reports a denominator of 0 (nothing arose to measure).
enum class ZeroDenominator
{
    Invalid,
    FullPoints,
    Zero,
    NotApplicable
};

// How a not-applicable leaf affects the index.
enum class NotApplicablePolicy
{
    Rescale,   // its maximum leaves the denominator; the index is rescaled to 100
    FullPoints // it is awarded its maximum
};

struct RuleOption
{
    QString label;
    Points points;
};

// A percentage tier: reached when the percentage is ≥ threshold (inclusive) or > threshold.
struct Tier
{
    Points threshold; // percent, e.g. 90
    bool inclusive = true;
    Points points;
};

struct Rule
{
    RuleKind kind = RuleKind::Options;
    QList<RuleOption> options;                                    // Options
    QList<Tier> tiers;                                            // Tiers, highest threshold first
    ZeroDenominator onZeroDenominator = ZeroDenominator::Invalid; // Tiers, Proportional
    Points perItem;                                               // Deduction: points lost per counted violation
    Points step;                                                  // Judgement: the granularity of the value
};

QString ruleKindCode(RuleKind kind);
std::optional<RuleKind> ruleKindFromCode(const QString& code);

enum class NodeLevel
{
    Area,
    Criterion,
    SubCriterion,
    Bonus,
    Penalty
};

struct CriteriaNode
{
    NodeLevel level = NodeLevel::Area;
    QString code;
    QString title;
    Points max;
    std::optional<Rule> rule; // only leaves carry a rule
    bool mayBeNotApplicable = false;
    QString guidance; // how the item is scored
    QString evidence; // what evidence is expected
    QList<CriteriaNode> children;
    const CriteriaNode* parent = nullptr;

    bool isLeaf() const { return children.isEmpty(); }
    bool isSurvey() const { return rule && rule->kind == RuleKind::Survey; }
};

struct Band
{
    QString code;
    QString label;
    Points minimum; // percent
};

struct Adjustment
{
    Points cap;                // the most this section can add or take away
    QList<CriteriaNode> items; // leaves
};

// The sociological survey's instrument (optional): how answers to questionnaires become the
// points of the survey items. An answer letter weighs a percentage (A = 100, B = 60, …) or is "no
// answer" and left out; a respondent group's mean counts by the group's weight; an item's points
// are its max × the weighted mean of the answers to its questions.
struct SurveyAnswer
{
    QString letter;
    Points weight; // percent
};

struct SurveyGroup
{
    QString code;
    QString title;
    Points weight; // relative weight of the group's mean
};

struct SurveyQuestion
{
    QString code;
    QString item; // the survey leaf the question scores
    QString text;
};

struct SurveyInstrument
{
    QList<SurveyAnswer> answers;
    QStringList noAnswer; // letters that mean "no answer": excluded from the mean
    QList<SurveyGroup> groups;
    QList<SurveyQuestion> questions;

    bool isEmpty() const { return questions.isEmpty(); }
    const SurveyAnswer* answer(const QString& letter) const;
    const SurveyGroup* group(const QString& codeOrTitle) const; // by code, or title in any form/case
    const SurveyQuestion* question(const QString& code) const;
};

// How units with equal indices are told apart: by the published (rounded) index, so that equal
// printed values share a rank, or at full precision.
enum class RankPrecision
{
    Published,
    Full
};

// One criteria set (Bộ chỉ số): for one issuer, year and unit group. Immutable after loading;
// shared through CriteriaSetPtr so node pointers stay valid.
class CriteriaSet
{
public:
    QString id;
    int version = 1;
    QString title;
    QString issuer;
    QString decision;
    QDate decisionDate;
    int year = 0;
    UnitGroup group = UnitGroup::So;
    Points scale = Points::whole(100);
    int pointsDecimals = 2;
    int indexDecimals = 2;
    NotApplicablePolicy notApplicable = NotApplicablePolicy::Rescale;
    bool textsIllustrative = false;
    QString note;
    QDateTime selfAssessmentDeadline; // invalid when the set names none
    QList<CriteriaNode> areas;
    Adjustment bonus;
    Adjustment penalty;
    QList<Band> bands;
    RankPrecision rankPrecision = RankPrecision::Published;
    bool bonusAboveScale = false; // whether a bonus may lift a total above the scale
    SurveyInstrument survey;
    QString sha256;           // hex digest of the canonical form
    QByteArray canonicalJson; // the exact bytes hashed

    CriteriaSet() = default;
    CriteriaSet(const CriteriaSet&) = delete;
    CriteriaSet& operator=(const CriteriaSet&) = delete;

    const CriteriaNode* find(const QString& code) const { return m_byCode.value(code, nullptr); }
    // Every scored leaf of the areas, in document order (bonus and penalty items excluded).
    const QList<const CriteriaNode*>& leaves() const { return m_leaves; }
    // Every node, areas first in document order, then bonus and penalty items.
    const QList<const CriteriaNode*>& allNodes() const { return m_all; }
    // The survey leaves, in document order, and the points they carry together (the survey share).
    QList<const CriteriaNode*> surveyLeaves() const;
    Points surveyShare() const;
    // The first band whose minimum the published (rounded) index reaches, or none.
    const Band* bandFor(Points roundedIndex) const;

    // Links parents and builds the lookups; called once by the loader.
    void finalise();

private:
    QHash<QString, const CriteriaNode*> m_byCode;
    QList<const CriteriaNode*> m_leaves;
    QList<const CriteriaNode*> m_all;
};

using CriteriaSetPtr = std::shared_ptr<const CriteriaSet>;

} // namespace parindex
