#include "core/centre/Appraisal.h"

#include "core/centre/AppraisalReading.h"
#include "core/common/Clock.h"
#include "core/common/Text.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/files/SafeFile.h"
#include "core/package/FeedbackPackage.h"
#include "core/store/AppraisalTable.h"
#include "core/store/AssessmentTable.h"
#include "core/store/DataFile.h"
#include "core/store/SubmissionTable.h"
#include "core/store/UnitTable.h"

#include <QDir>
#include <QLocale>

namespace parindex {

using namespace appraisal;

QString AppraisalItem::comment() const
{
    if (round2 && !round2->comment.isEmpty())
        return round2->comment;
    return round1 ? round1->comment : QString();
}

const AppraisalItem* UnitAppraisal::item(const QString& code) const
{
    for (const AppraisalItem& i : items) {
        if (i.node->code == code)
            return &i;
    }
    return nullptr;
}

ItemInputs UnitAppraisal::finalInputs() const
{
    ItemInputs out;
    for (const AppraisalItem& i : items) {
        if (i.round2)
            out.insert(i.node->code, i.round2->input);
        else if (i.round1)
            out.insert(i.node->code, i.round1->input);
        else if (i.self)
            out.insert(i.node->code, i.self->input);
    }
    return out;
}

Appraisal::Appraisal(std::shared_ptr<DataFile> file, QObject* parent) : QObject(parent), m_file(std::move(file)) {}

Appraisal::~Appraisal() = default;

// ---- The working group ---------------------------------------------------------------------------

Result<QList<Appraiser>> Appraisal::appraisers() const
{
    return AppraisalTable(*m_file).appraisers();
}

Status Appraisal::addAppraiser(const Appraiser& appraiser)
{
    Appraiser a{normalized(appraiser.name).simplified(), {}};
    if (a.name.isEmpty())
        return Status::failure(tr("give the appraiser's name"));
    const auto all = appraisers();
    if (!all)
        return Status::failure(all.error());
    for (const Appraiser& existing : all.value()) {
        if (matchKey(existing.name) == matchKey(a.name))
            return Status::failure(tr("%1 is already registered as %2").arg(a.name, existing.name));
    }
    for (const QString& area : appraiser.areas) {
        const QString code = area.trimmed();
        if (!code.isEmpty() && !a.areas.contains(code))
            a.areas.append(code);
    }
    Status s = AppraisalTable(*m_file).addAppraiser(a);
    if (s)
        emit appraisersChanged();
    return s;
}

Status Appraisal::setAppraiserAreas(const QString& name, const QStringList& areas, const QString& reason)
{
    if (normalized(reason).isEmpty())
        return Status::failure(tr("say why the areas change"));
    Status s = AppraisalTable(*m_file).setAreas(name, areas, normalized(reason));
    if (s)
        emit appraisersChanged();
    return s;
}

// ---- The year's plan ----------------------------------------------------------------------------

Result<YearPlan> Appraisal::plan(int year) const
{
    return AppraisalTable(*m_file).plan(year);
}

namespace {
Status refuseWhenApproved(DataFile& file, int year)
{
    const auto approval = AppraisalTable(file).approval(year);
    if (!approval)
        return Status::failure(approval.error());
    if (approval.value())
        return Status::failure(
            Appraisal::tr("the results of %1 are approved (decision %2 of %3); nothing can be changed")
                .arg(year)
                .arg(approval.value()->decision, dateText(approval.value()->date)));
    return {};
}
} // namespace

Status Appraisal::setYearSet(int year, UnitGroup group, const QString& setSha256, const QString& reason)
{
    if (Status s = refuseWhenApproved(*m_file, year); !s)
        return s;
    Reading reading(*m_file);
    const auto set = reading.set(setSha256);
    if (!set)
        return Status::failure(set.error());
    if (set.value()->year != year || set.value()->group != group)
        return Status::failure(tr("criteria set %1 is for %2 and the group %3")
                                   .arg(set.value()->id)
                                   .arg(set.value()->year)
                                   .arg(UnitGroups::displayName(set.value()->group)));
    const auto old = plan(year);
    if (!old)
        return Status::failure(old.error());
    const QString why = normalized(reason);
    if (old->sets.contains(group) && old->sets.value(group) != setSha256 && why.isEmpty())
        return Status::failure(tr("the year's set for this group is already chosen; say why it changes"));
    Status s = AppraisalTable(*m_file).setYearSet(year, group, setSha256, why);
    if (s)
        emit planChanged(year);
    return s;
}

Status Appraisal::setDeadline(int year, DeadlineStage stage, const std::optional<QDate>& date, const QString& reason)
{
    if (Status s = refuseWhenApproved(*m_file, year); !s)
        return s;
    if (date && (!date->isValid() || date->year() < year || date->year() > year + 2))
        return Status::failure(tr("a deadline of the %1 cycle falls in %1 to %2").arg(year).arg(year + 2));
    const auto old = plan(year);
    if (!old)
        return Status::failure(old.error());
    // The stages follow one another: no deadline before an earlier stage's, none after a later one's.
    if (date) {
        const QList<DeadlineStage> order = AppraisalTerms::allDeadlines();
        const qsizetype at = order.indexOf(stage);
        for (qsizetype i = 0; i < order.size(); ++i) {
            const auto other = old->deadline(order[i]);
            if (i == at || !other)
                continue;
            if ((i<at&& * other> * date) || (i > at && *other < *date))
                return Status::failure(tr("the deadline of %1 (%2) must not come %3 that of %4 (%5)")
                                           .arg(AppraisalTerms::name(stage), dateText(*date),
                                                i < at ? tr("before") : tr("after"), AppraisalTerms::name(order[i]),
                                                dateText(*other)));
        }
    }
    const QString why = normalized(reason);
    if (old->deadline(stage) && old->deadline(stage) != date && why.isEmpty())
        return Status::failure(tr("the deadline of this stage is already set (%1); say why it changes")
                                   .arg(dateText(*old->deadline(stage))));
    Status s = AppraisalTable(*m_file).setDeadline(year, stage, date, why);
    if (s)
        emit planChanged(year);
    return s;
}

// ---- Overview -------------------------------------------------------------------------------------

Result<QList<UnitProgress>> Appraisal::progress(int year) const
{
    using R = Result<QList<UnitProgress>>;
    Reading reading(*m_file);
    const auto d = reading.year(year);
    if (!d)
        return R::failure(d.error());
    QList<UnitProgress> out;
    for (const Unit& u : d->units) {
        const auto a = reading.unit(d.value(), u);
        if (!a)
            return R::failure(tr("%1: %2").arg(u.code, a.error()));
        UnitProgress p;
        p.unit = u;
        p.stage = a->stage;
        p.sequence = a->sequence;
        p.items = int(a->items.size());
        for (const AppraisalItem& i : a->items) {
            p.round1Done += i.round1 ? 1 : 0;
            p.round2Done += i.round2 ? 1 : 0;
            p.requested += i.requested ? 1 : 0;
            p.answered += i.answered ? 1 : 0;
        }
        if (a->set) {
            p.selfTotal = a->selfEvaluation.selfTotal();
            if (p.round1Done > 0)
                p.finalTotal = a->finalEvaluation.selfTotal();
        }
        out.append(p);
    }
    return out;
}

Result<QList<AppraiserProgress>> Appraisal::appraiserProgress(int year) const
{
    using R = Result<QList<AppraiserProgress>>;
    const auto people = appraisers();
    if (!people)
        return R::failure(people.error());
    Reading reading(*m_file);
    const auto d = reading.year(year);
    if (!d)
        return R::failure(d.error());
    QList<AppraiserProgress> out;
    for (const Appraiser& p : people.value())
        out.append(AppraiserProgress{p, 0, 0});
    for (const Unit& u : d->units) {
        const auto a = reading.unit(d.value(), u);
        if (!a)
            return R::failure(a.error());
        if (!a->set)
            continue;
        const int round = a->rounds.round1ClosedAt.isValid() && a->rounds.feedbackSequence > 0 ? 2 : 1;
        for (const AppraisalItem& i : a->items) {
            const CriteriaNode* area = i.node;
            while (area->parent)
                area = area->parent;
            const bool done =
                round == 1 ? i.round1.has_value() : (i.round2.has_value() || a->stage == AppraisalStage::Appraised);
            for (AppraiserProgress& p : out) {
                if (!p.appraiser.areas.contains(area->code))
                    continue;
                ++p.assigned;
                p.done += done ? 1 : 0;
            }
        }
    }
    return out;
}

Result<UnitAppraisal> Appraisal::unit(int year, const QString& unitCode) const
{
    using R = Result<UnitAppraisal>;
    const auto u = UnitTable(*m_file).byCode(unitCode);
    if (!u)
        return R::failure(u.error());
    if (!u.value())
        return R::failure(tr("no unit has the code %1").arg(unitCode));
    Reading reading(*m_file);
    const auto d = reading.year(year, u.value()->id);
    if (!d)
        return R::failure(d.error());
    return reading.unit(d.value(), *u.value());
}

Result<AppraisalStage> Appraisal::stage(int year, const QString& unitCode) const
{
    const auto a = unit(year, unitCode);
    if (!a)
        return Result<AppraisalStage>::failure(a.error());
    return a->stage;
}

Result<QList<UnitAppraisal>> Appraisal::receivedUnits(int year) const
{
    using R = Result<QList<UnitAppraisal>>;
    Reading reading(*m_file);
    const auto d = reading.year(year);
    if (!d)
        return R::failure(d.error());
    QList<UnitAppraisal> out;
    for (const Unit& u : d->units) {
        if (!d->versions.contains(u.id))
            continue;
        auto a = reading.unit(d.value(), u);
        if (!a)
            return R::failure(tr("%1: %2").arg(u.code, a.error()));
        out.append(std::move(a).value());
    }
    return out;
}

std::optional<QPair<QString, QString>> Appraisal::refusal(const Unit& unit, const package::Manifest& m,
                                                          const QByteArray& data) const
{
    using Refusal = std::optional<QPair<QString, QString>>;
    auto refuse = [](const QString& rule, const QString& detail) { return Refusal(qMakePair(rule, detail)); };
    const auto storage = [&](const QString& error) { return refuse(tr("storage"), error); };
    AppraisalTable table(*m_file);
    const auto approval = table.approval(m.year);
    if (!approval)
        return storage(approval.error());
    if (approval.value())
        return refuse(tr("year approved"), tr("the results of %1 were approved by decision %2 of %3")
                                               .arg(m.year)
                                               .arg(approval.value()->decision, dateText(approval.value()->date)));
    const auto plan = table.plan(m.year);
    if (!plan)
        return storage(plan.error());
    if (plan->sets.contains(unit.group) && plan->sets.value(unit.group) != m.setSha256)
        return refuse(tr("not the year's criteria set"), tr("%1 is not the criteria set Sở Nội vụ chose for %2 in %3")
                                                             .arg(m.setId, UnitGroups::displayName(unit.group))
                                                             .arg(m.year));
    const auto round = table.round(unit.id, m.year);
    if (!round)
        return storage(round.error());
    if (m.answersFeedback == 0) {
        // Once the working group has begun on a version, the self-assessment stands: a new
        // version would change what is being appraised.
        if (round->round1ClosedAt.isValid() || round->basisSequence > 0)
            return refuse(tr("appraisal under way"),
                          tr("the appraisal of %1's version %2 has begun; only a response to its feedback is "
                             "accepted now")
                              .arg(unit.code)
                              .arg(round->basisSequence));
        if (passed(plan->deadline(DeadlineStage::Self)))
            return refuse(tr("deadline passed"),
                          tr("the self-assessment closed on %1").arg(dateText(*plan->deadline(DeadlineStage::Self))));
        return std::nullopt;
    }
    // A response.
    const auto sent = table.feedbackSent(m.year);
    if (!sent)
        return storage(sent.error());
    const auto answered = std::find_if(sent->cbegin(), sent->cend(), [&](const SentFeedback& f) {
        return f.unitId == unit.id && f.sequence == m.answersFeedback;
    });
    if (answered == sent->cend() || answered->manifestSha256 != m.answersFeedbackSha256)
        return refuse(tr("unknown feedback"),
                      tr("it answers a feedback package Sở Nội vụ did not send to %1").arg(unit.code));
    if (!feedbackSentForRound1(round.value()))
        return refuse(tr("appraisal under way"),
                      tr("round 1 of %1 was reopened; its new feedback comes first").arg(unit.code));
    if (answered->sequence != round->feedbackSequence)
        return refuse(tr("older feedback"), tr("it answers feedback %1; Sở Nội vụ has since sent feedback %2")
                                                .arg(answered->sequence)
                                                .arg(round->feedbackSequence));
    if (round->round2ClosedAt.isValid())
        return refuse(tr("appraisal under way"), tr("round 2 of %1 is closed").arg(unit.code));
    if (passed(plan->deadline(DeadlineStage::Explanation)))
        return refuse(tr("deadline passed"),
                      tr("the explanations closed on %1").arg(dateText(*plan->deadline(DeadlineStage::Explanation))));
    // The self-scores stay what round 1 appraised: a response explains and documents.
    const auto response = package::SubmissionData::parse(data);
    if (!response)
        return refuse(tr("data"), response.error());
    const auto versions = SubmissionTable(*m_file).forYear(m.year);
    if (!versions)
        return storage(versions.error());
    for (const SubmissionVersion& v : versions.value()) {
        if (v.unitId != unit.id || v.sequence != answered->basisSequence)
            continue;
        const auto bytes = SubmissionTable(*m_file).data(v.id);
        if (!bytes)
            return storage(bytes.error());
        const auto basis = package::SubmissionData::parse(bytes.value());
        if (!basis)
            return storage(basis.error());
        QHash<QString, ItemInput> before;
        for (const package::SubmittedScore& sc : basis->scores)
            before.insert(sc.item, sc.input);
        QHash<QString, ItemInput> after;
        for (const package::SubmittedScore& sc : response->scores)
            after.insert(sc.item, sc.input);
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (before.value(it.key()) != it.value())
                return refuse(
                    tr("self-score changed"),
                    tr("item %1: a response may explain and document, not change the self-score").arg(it.key()));
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!after.contains(it.key()) && it.value() != ItemInput())
                return refuse(
                    tr("self-score changed"),
                    tr("item %1: a response may explain and document, not change the self-score").arg(it.key()));
        }
        // Only the requested items take new explanations and evidence; the report stands.
        const auto rows = table.rows(unit.id, m.year);
        if (!rows)
            return storage(rows.error());
        QSet<QString> requested;
        for (const AppraisalRow& r : rows.value()) {
            if (r.round == 1 && r.appraisal.request != RequestKind::None)
                requested.insert(r.item);
        }
        if (const QString item = answersBeyondRequests(basis.value(), response.value(), requested); !item.isEmpty())
            return refuse(tr("not requested"),
                          tr("item %1: Sở Nội vụ asked nothing about it; a response explains and documents the "
                             "requested items only")
                              .arg(item));
    }
    return std::nullopt;
}

// ---- Appraising ------------------------------------------------------------------------------------

namespace {

Result<Appraiser> requireAppraiser(DataFile& file, const QString& name)
{
    const auto all = AppraisalTable(file).appraisers();
    if (!all)
        return Result<Appraiser>::failure(all.error());
    const QString key = matchKey(name);
    for (const Appraiser& a : all.value()) {
        if (matchKey(a.name) == key)
            return a;
    }
    return Result<Appraiser>::failure(
        Appraisal::tr("%1 is not a registered appraiser (register the working group's members first)").arg(name));
}

QString areaOf(const CriteriaNode* node)
{
    while (node->parent)
        node = node->parent;
    return node->code;
}

bool mayAppraise(const Appraiser& who, const CriteriaNode* node)
{
    return who.areas.isEmpty() || node->level == NodeLevel::Bonus || node->level == NodeLevel::Penalty ||
           who.areas.contains(areaOf(node));
}

} // namespace

Result<UnitAppraisal> Appraisal::openForEdit(int year, const QString& unitCode)
{
    auto a = unit(year, unitCode);
    if (!a)
        return a;
    if (a->editableRound == 0)
        return Result<UnitAppraisal>::failure(a->lockedReason);
    // Round 1 appraises the version in force; it is recorded as the basis the feedback names.
    if (a->editableRound == 1 && a->rounds.basisSequence != a->sequence) {
        if (Status s = AppraisalTable(*m_file).setBasis(a->unit.id, year, a->sequence); !s)
            return Result<UnitAppraisal>::failure(s.error());
        a.value().rounds.basisSequence = a->sequence;
    }
    return a;
}

Status Appraisal::appraise(int year, const QString& unitCode, const QString& itemCode, const AppraisalEdit& edit,
                           const QString& by)
{
    const auto who = requireAppraiser(*m_file, by);
    if (!who)
        return Status::failure(who.error());
    Transaction t(*m_file);
    const auto a = openForEdit(year, unitCode);
    if (!a)
        return Status::failure(a.error());
    const AppraisalItem* item = a->item(itemCode);
    if (!item)
        return Status::failure(
            tr("the criteria set of %1 has no item %2 that the working group appraises").arg(unitCode, itemCode));
    if (!mayAppraise(who.value(), item->node))
        return Status::failure(
            tr("item %1 is in area %2, which is not among %3's areas (%4)")
                .arg(itemCode, areaOf(item->node), who->name, who->areas.join(QStringLiteral(", "))));
    const int round = a->editableRound;
    if (round == 2 && edit.request != RequestKind::None)
        return Status::failure(tr("explanations and evidence are requested in round 1; round 2 is the last"));
    ItemAppraisal row;
    row.input = edit.input ? *edit.input : (item->self ? item->self->input : ItemInput());
    row.input.reason = normalized(row.input.reason);
    row.comment = normalized(edit.comment);
    row.request = edit.request;
    row.appraiser = who->name;
    const ItemScore scored = Scorer::score(*a->set, *item->node, row.input);
    if (scored.state == ItemScore::State::Invalid)
        return Status::failure(tr("item %1: %2").arg(itemCode, scored.error));
    if (row.request != RequestKind::None && row.comment.isEmpty())
        return Status::failure(tr("say in the comment what the unit should explain or add"));
    AppraisalTable table(*m_file);
    ActingAs acting(*m_file, who->name);
    if (Status s = table.put(a->unit.id, a->unit.code, year, itemCode, round, row, edit.expectedVersion); !s)
        return s;
    if (Status s = t.commit(); !s)
        return s;
    emit appraisalChanged(year, a->unit.code);
    return {};
}

Result<int> Appraisal::acceptRest(int year, const QString& unitCode, const QString& by)
{
    using R = Result<int>;
    const auto who = requireAppraiser(*m_file, by);
    if (!who)
        return R::failure(who.error());
    Transaction t(*m_file);
    const auto a = openForEdit(year, unitCode);
    if (!a)
        return R::failure(a.error());
    AppraisalTable table(*m_file);
    ActingAs acting(*m_file, who->name);
    int done = 0;
    for (const AppraisalItem& item : a->items) {
        if (!mayAppraise(who.value(), item.node))
            continue;
        ItemAppraisal row;
        row.appraiser = who->name;
        if (a->editableRound == 1) {
            if (item.round1)
                continue;
            row.input = item.self ? item.self->input : ItemInput();
            // A self-score the rule no longer accepts is appraised at 0.
            if (Scorer::score(*a->set, *item.node, row.input).state == ItemScore::State::Invalid)
                row.input = ItemInput();
        } else {
            if (item.round2 || !item.round1)
                continue;
            row.input = item.round1->input;
        }
        if (Status s = table.put(a->unit.id, a->unit.code, year, item.node->code, a->editableRound, row, std::nullopt);
            !s)
            return R::failure(s.error());
        ++done;
    }
    if (Status s = t.commit(); !s)
        return R::failure(s.error());
    if (done > 0)
        emit appraisalChanged(year, a->unit.code);
    return done;
}

Status Appraisal::closeRound(int year, const QString& unitCode, int round, const QString& by)
{
    if (round != 1 && round != 2)
        return Status::failure(tr("there are rounds 1 and 2"));
    if (!by.isEmpty()) {
        if (const auto who = requireAppraiser(*m_file, by); !who)
            return Status::failure(who.error());
    }
    Transaction t(*m_file);
    const auto a = unit(year, unitCode);
    if (!a)
        return Status::failure(a.error());
    if (a->stage == AppraisalStage::Approved)
        return Status::failure(a->lockedReason);
    if (a->stage == AppraisalStage::NotReceived)
        return Status::failure(a->lockedReason);
    if (round == 1) {
        if (a->rounds.round1ClosedAt.isValid())
            return Status::failure(tr("round 1 of %1 is already closed").arg(unitCode));
        QStringList missing;
        for (const AppraisalItem& i : a->items) {
            if (!i.round1)
                missing.append(i.node->code);
        }
        if (!missing.isEmpty())
            return Status::failure(
                tr("%n item(s) of %1 are not yet appraised in round 1 (first: %2)", nullptr, int(missing.size()))
                    .arg(unitCode, missing.first()));
    } else {
        if (a->rounds.round2ClosedAt.isValid())
            return Status::failure(tr("round 2 of %1 is already closed").arg(unitCode));
        if (!feedbackSentForRound1(a->rounds))
            return Status::failure(tr("round 2 of %1 follows round 1's feedback, which was not sent").arg(unitCode));
        // Without a response, round 2 closes only once the explanation deadline has passed; its
        // own deadline stops edits, never the closing.
        if (!a->responseReceived && !a->explanationClosed)
            return Status::failure(a->lockedReason);
    }
    ActingAs acting(*m_file, by);
    if (Status s = AppraisalTable(*m_file).setRoundClosed(a->unit.id, a->unit.code, year, round, true, QString()); !s)
        return s;
    if (Status s = t.commit(); !s)
        return s;
    emit appraisalChanged(year, a->unit.code);
    return {};
}

Status Appraisal::reopenRound(int year, const QString& unitCode, int round, const QString& reason, const QString& by)
{
    if (round != 1 && round != 2)
        return Status::failure(tr("there are rounds 1 and 2"));
    const QString why = normalized(reason);
    if (why.isEmpty())
        return Status::failure(tr("say why the round is reopened"));
    const auto who = requireAppraiser(*m_file, by);
    if (!who)
        return Status::failure(who.error());
    Transaction t(*m_file);
    const auto a = unit(year, unitCode);
    if (!a)
        return Status::failure(a.error());
    if (a->stage == AppraisalStage::Approved)
        return Status::failure(a->lockedReason);
    const QDateTime closed = round == 1 ? a->rounds.round1ClosedAt : a->rounds.round2ClosedAt;
    if (!closed.isValid())
        return Status::failure(tr("round %1 of %2 is open").arg(round).arg(unitCode));
    if (round == 1 && a->rounds.round2ClosedAt.isValid())
        return Status::failure(tr("round 2 of %1 is closed; reopen round 2 first").arg(unitCode));
    if (round == 1 && (a->responseReceived || a->stage == AppraisalStage::Round2))
        return Status::failure(
            tr("round 2 of %1 has begun (its response is in, or items were appraised again); round 1 can no longer "
               "be reopened")
                .arg(unitCode));
    ActingAs acting(*m_file, who->name);
    if (Status s = AppraisalTable(*m_file).setRoundClosed(a->unit.id, a->unit.code, year, round, false, why); !s)
        return s;
    if (Status s = t.commit(); !s)
        return s;
    emit appraisalChanged(year, a->unit.code);
    return {};
}

// ---- Feedback ----------------------------------------------------------------------------------------

Result<FeedbackWritten> Appraisal::exportFeedback(int year, const QString& unitCode, const SigningKey& key,
                                                  const QString& target, const QString& by)
{
    using R = Result<FeedbackWritten>;
    if (Status s = FileGuard::checkOutput(target); !s)
        return R::failure(s.error());
    auto a = unit(year, unitCode);
    if (!a)
        return R::failure(a.error());
    if (a->stage == AppraisalStage::NotReceived)
        return R::failure(a->lockedReason);
    if (a->stage == AppraisalStage::Approved && !a->rounds.round2ClosedAt.isValid())
        return R::failure(a->lockedReason);
    // Once the unit answered, or round 2 began, the next feedback is round 2's, after it closes.
    if (a->stage == AppraisalStage::ResponseReceived || a->stage == AppraisalStage::Round2)
        return R::failure(tr("%1 is in round 2 (%2); its next feedback is sent once round 2 is closed")
                              .arg(unitCode, AppraisalTerms::name(a->stage)));
    // Checked before anything changes: a target that cannot be written leaves round 1 as it was.
    auto file = PendingFile::create(target);
    if (!file)
        return R::failure(file.error());
    // Closing round 1, recording the package and the package itself: all or nothing.
    Transaction t(*m_file);
    // Round-1 feedback closes round 1: what was sent is what the unit answers.
    if (!a->rounds.round1ClosedAt.isValid()) {
        if (Status s = closeRound(year, unitCode, 1, by); !s)
            return R::failure(s.error());
        a = unit(year, unitCode);
        if (!a)
            return R::failure(a.error());
    }
    const int round = a->rounds.round2ClosedAt.isValid() ? 2 : 1;
    AppraisalTable table(*m_file);
    const auto last = table.lastFeedbackSequence(a->unit.id, year);
    if (!last)
        return R::failure(last.error());
    const auto plan = this->plan(year);
    if (!plan)
        return R::failure(plan.error());
    const auto versions = SubmissionTable(*m_file).forYear(year);
    if (!versions)
        return R::failure(versions.error());
    QString basisSha;
    const qint64 basis = a->rounds.basisSequence > 0 ? a->rounds.basisSequence : a->sequence;
    for (const SubmissionVersion& v : versions.value()) {
        if (v.unitId == a->unit.id && v.sequence == basis)
            basisSha = v.manifestSha256;
    }
    const auto centreName = m_file->meta(QStringLiteral("centre/name"));

    package::FeedbackManifest m;
    m.centreName = centreName ? centreName.value() : QString();
    m.unitCode = a->unit.code;
    m.unitName = a->unit.name;
    m.year = year;
    m.round = round;
    m.setId = a->set->id;
    m.setSha256 = a->set->sha256;
    m.sequence = last.value() + 1;
    m.basisSequence = basis;
    m.basisManifestSha256 = basisSha;
    if (round == 1)
        m.responseDeadline = plan->deadline(DeadlineStage::Explanation).value_or(QDate());
    package::FeedbackData data;
    data.unitCode = a->unit.code;
    data.year = year;
    data.setSha256 = a->set->sha256;
    data.round = round;
    ItemInputs round1;
    for (const AppraisalItem& i : a->items) {
        package::FeedbackItem f;
        f.item = i.node->code;
        if (i.round1) {
            f.round1 = i.round1->input;
            f.round1Points = i.round1Points;
            f.round1Comment = i.round1->comment;
            f.request = i.round1->request;
            round1.insert(f.item, i.round1->input);
        }
        if (i.round2) {
            f.round2 = i.round2->input;
            f.round2Points = i.round2Points;
            f.round2Comment = i.round2->comment;
        }
        if (f.round1 || f.round2)
            data.items.append(f);
    }
    for (const package::SubmittedScore& sc : a->submitted.scores)
        data.appraisedVersion.append({sc.item, sc.input, sc.explanation, std::nullopt});
    data.round1Total = evaluate(*a->set, round1).selfTotal();
    data.finalTotal = a->finalEvaluation.selfTotal();

    const auto manifestSha = FeedbackPackage::write(m, data.toJson(), key, *file.value());
    if (!manifestSha)
        return R::failure(manifestSha.error());
    // Recorded before the package appears: a number is never given to two packages.
    {
        ActingAs acting(*m_file, by);
        SentFeedback sent;
        sent.unitId = a->unit.id;
        sent.year = year;
        sent.sequence = m.sequence;
        sent.round = round;
        sent.basisSequence = basis;
        sent.manifestSha256 = manifestSha.value();
        if (Status s = table.recordFeedback(sent, a->unit.code); !s)
            return R::failure(s.error());
    }
    if (Status s = t.commit(); !s)
        return R::failure(s.error());
    if (Status s = file.value()->commit(); !s)
        return R::failure(s.error());
    emit appraisalChanged(year, a->unit.code);
    return FeedbackWritten{a->unit.code, target, m.sequence, round};
}

Result<QList<FeedbackWritten>> Appraisal::exportAllFeedback(int year, const SigningKey& key, const QString& folder,
                                                            const QString& by, QStringList* skipped)
{
    using R = Result<QList<FeedbackWritten>>;
    const auto all = progress(year);
    if (!all)
        return R::failure(all.error());
    QList<FeedbackWritten> written;
    for (const UnitProgress& p : all.value()) {
        // Ready: round 1 fully appraised (its feedback closes it), or round 2 closed.
        const bool round1Ready = (p.stage == AppraisalStage::Round1 || p.stage == AppraisalStage::Received) &&
                                 p.items > 0 && p.round1Done == p.items;
        if (!round1Ready && p.stage != AppraisalStage::Appraised) {
            if (skipped)
                skipped->append(tr("%1: %2, %3 of %4 items appraised")
                                    .arg(p.unit.code, AppraisalTerms::name(p.stage))
                                    .arg(p.round1Done)
                                    .arg(p.items));
            continue;
        }
        const QString name = QStringLiteral("feedback-%1-%2-round%3.zip")
                                 .arg(p.unit.code)
                                 .arg(year)
                                 .arg(p.stage == AppraisalStage::Appraised ? 2 : 1);
        auto one = exportFeedback(year, p.unit.code, key, QDir(folder).filePath(name), by);
        if (!one)
            return R::failure(tr("%1: %2").arg(p.unit.code, one.error()));
        written.append(one.value());
    }
    return written;
}

// ---- Approval ----------------------------------------------------------------------------------------

Result<std::optional<Approval>> Appraisal::approval(int year) const
{
    return AppraisalTable(*m_file).approval(year);
}

Status Appraisal::approve(int year, const Approval& approval)
{
    if (Status s = refuseWhenApproved(*m_file, year); !s)
        return s;
    Approval a = approval;
    a.decision = normalized(a.decision);
    if (a.decision.isEmpty())
        return Status::failure(tr("give the number of the decision, e.g. 123/QĐ-UBND"));
    if (!a.date.isValid())
        return Status::failure(tr("give the date of the decision"));
    if (a.date.year() < year || a.date > Clock::now().toLocalTime().date())
        return Status::failure(tr("the decision's date, %1, must fall after %2 began and not in the future")
                                   .arg(dateText(a.date))
                                   .arg(year));
    if (a.members < 0 || a.inFavour < 0 || a.inFavour > a.members)
        return Status::failure(
            tr("the votes in favour (%1) cannot exceed the council's members (%2)").arg(a.inFavour).arg(a.members));
    if (a.members > 0 && a.inFavour * 2 <= a.members)
        return Status::failure(tr("the council decides by more than half of its members: %1 of %2 is not enough")
                                   .arg(a.inFavour)
                                   .arg(a.members));
    Transaction t(*m_file);
    const auto all = progress(year);
    if (!all)
        return Status::failure(all.error());
    QStringList notReady;
    int received = 0;
    for (const UnitProgress& p : all.value()) {
        if (p.stage == AppraisalStage::NotReceived)
            continue;
        ++received;
        if (p.stage != AppraisalStage::Appraised)
            notReady.append(QStringLiteral("%1 (%2)").arg(p.unit.code, AppraisalTerms::name(p.stage)));
    }
    if (received == 0)
        return Status::failure(tr("nothing was received for %1").arg(year));
    if (!notReady.isEmpty())
        return Status::failure(tr("the appraisal of %n unit(s) is not finished: %1", nullptr, int(notReady.size()))
                                   .arg(notReady.join(QStringLiteral(", "))));
    ActingAs acting(*m_file, normalized(a.recordedBy));
    if (Status s = AppraisalTable(*m_file).approve(year, a); !s)
        return s;
    if (Status s = t.commit(); !s)
        return s;
    emit appraisalChanged(year, QString());
    return {};
}

} // namespace parindex
