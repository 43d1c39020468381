#include "core/criteria/CriteriaCatalog.h"
#include "core/criteria/CriteriaLoader.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QSet>

using namespace Qt::Literals::StringLiterals;
using namespace parindex;

namespace {
int countLevel(const CriteriaSet& set, NodeLevel level)
{
    int n = 0;
    for (const CriteriaNode* node : set.allNodes())
        n += node->level == level ? 1 : 0;
    return n;
}
QSet<RuleKind> kindsOf(const CriteriaSet& set)
{
    QSet<RuleKind> kinds;
    for (const CriteriaNode* leaf : set.leaves())
        kinds.insert(leaf->rule->kind);
    return kinds;
}
} // namespace

TEST_CASE("Every shipped criteria set loads, is named by its id and is the copy compiled in", "[criteria][shipped]")
{
    CHECK(CriteriaCatalog::shippedProblems() == QStringList());
    const QDir dir(test::sourcePath(u"criteria_templates"_s));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files);
    REQUIRE(files.size() == CriteriaCatalog::shipped().size());
    for (const QString& name : files) {
        const auto r = CriteriaLoader::loadFile(dir.filePath(name));
        INFO(name.toStdString() << ": " << r.problems.join(u'\n').toStdString());
        REQUIRE(r.ok());
        const CriteriaSet& set = *r.set;
        CHECK(name == set.id + u".json"_s);
        // (That the areas add up to the scale is the loader's rule, tested in test_criteria_validation.)
        CHECK(set.scale == Points::whole(100));
        CHECK(set.textsIllustrative);
        CHECK_FALSE(set.note.isEmpty());
        CHECK_FALSE(set.bands.isEmpty());
        // the compiled-in copy is the file on disk
        CHECK(CriteriaCatalog::shippedById(set.id)->sha256 == set.sha256);
        for (const CriteriaNode* leaf : set.leaves())
            CHECK_FALSE(leaf->guidance.isEmpty());
    }
}

TEST_CASE("The Hà Nội 2025 sets follow QĐ 5666: 8 contents, bonus/penalty, every rule kind", "[criteria][shipped]")
{
    for (UnitGroup g : {UnitGroup::So, UnitGroup::Xa}) {
        const CriteriaSetPtr set = CriteriaCatalog::shippedFor(2025, g);
        REQUIRE(set);
        CHECK(set->decision == u"5666/QĐ-UBND"_s);
        CHECK(set->decisionDate == QDate(2025, 11, 17));
        CHECK(set->areas.size() == 8);
        CHECK(set->leaves().size() >= 100);
        CHECK(set->leaves().size() <= 170);
        CHECK_FALSE(set->bonus.items.isEmpty());
        CHECK_FALSE(set->penalty.items.isEmpty());
        CHECK(set->bonus.cap > Points());
        CHECK(set->penalty.cap > Points());
        CHECK(kindsOf(*set).size() == 6);
        Points survey;
        int notApplicable = 0;
        for (const CriteriaNode* leaf : set->leaves()) {
            if (leaf->isSurvey())
                survey += leaf->max;
            notApplicable += leaf->mayBeNotApplicable ? 1 : 0;
        }
        CHECK(survey == Points::whole(30)); // appraisal 70, survey 30
        CHECK(notApplicable > 0);
    }
}

TEST_CASE("The national provincial set has the published area maxima and size", "[criteria][shipped]")
{
    const CriteriaSetPtr set = CriteriaCatalog::shippedById(u"bnv-2948-tinh-2018"_s);
    REQUIRE(set);
    CHECK(set->decision == u"2948/QĐ-BNV"_s);
    QStringList maxima;
    for (const CriteriaNode& area : set->areas)
        maxima.append(area.max.toString());
    CHECK(maxima == QStringList{u"10"_s, u"10"_s, u"14.5"_s, u"11"_s, u"16"_s, u"7"_s, u"16"_s, u"15.5"_s});
    CHECK(countLevel(*set, NodeLevel::Criterion) == 38);
    CHECK(countLevel(*set, NodeLevel::SubCriterion) == 81);
}

TEST_CASE("A historic pair for 2024 covers Sở and quận/huyện", "[criteria][shipped]")
{
    const CriteriaSetPtr so = CriteriaCatalog::shippedFor(2024, UnitGroup::So);
    const CriteriaSetPtr huyen = CriteriaCatalog::shippedFor(2024, UnitGroup::Huyen);
    REQUIRE(so);
    REQUIRE(huyen);
    CHECK(so->decision == huyen->decision);
    CHECK(so->sha256 != huyen->sha256);
    CHECK_FALSE(CriteriaCatalog::shippedFor(2025, UnitGroup::Huyen));
}
