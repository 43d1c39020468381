#include "core/centre/AppraisalReading.h"

#include "core/common/Clock.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/store/AppraisalTable.h"
#include "core/store/AssessmentTable.h"
#include "core/store/DataFile.h"
#include "core/store/SubmissionTable.h"
#include "core/store/UnitTable.h"

namespace parindex::appraisal {

QString dateText(const QDate& d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

bool passed(const std::optional<QDate>& deadline)
{
    return deadline && Clock::now().toLocalTime().date() > *deadline;
}

bool feedbackSentForRound1(const RoundState& r)
{
    return r.round1ClosedAt.isValid() && r.feedbackSequence > 0 && r.feedbackAt >= r.round1ClosedAt;
}

QString answersBeyondRequests(const package::SubmissionData& basis, const package::SubmissionData& response,
                              const QSet<QString>& requested)
{
    auto explanations = [](const package::SubmissionData& d) {
        QHash<QString, QString> out;
        for (const package::SubmittedScore& sc : d.scores)
            out.insert(sc.item, sc.explanation);
        return out;
    };
    auto documents = [](const package::SubmissionData& d) {
        QHash<QString, QStringList> out;
        for (const package::SubmittedDocument& doc : d.documents) {
            for (const QString& item : doc.items)
                out[item].append(doc.sha256 + u'|' + doc.number + u'|' + doc.summary + u'|' +
                                 doc.issuedOn.toString(Qt::ISODate) + u'|' + doc.displayName);
        }
        for (QStringList& list : out)
            list.sort();
        return out;
    };
    const auto explainedBefore = explanations(basis);
    const auto explainedAfter = explanations(response);
    const auto documentedBefore = documents(basis);
    const auto documentedAfter = documents(response);
    QStringList items =
        explainedBefore.keys() + explainedAfter.keys() + documentedBefore.keys() + documentedAfter.keys();
    items.sort();
    items.removeDuplicates();
    for (const QString& item : items) {
        if (requested.contains(item))
            continue;
        if (explainedBefore.value(item) != explainedAfter.value(item) ||
            documentedBefore.value(item) != documentedAfter.value(item))
            return item;
    }
    return QString();
}

namespace {

// Points an input earns under its rule; an appraised item with no input counts 0, the unit's
// own unscored or not-applicable item has none.
std::optional<Points> pointsOf(const CriteriaSet& set, const CriteriaNode& node, const ItemInput& input, bool appraised)
{
    const ItemScore s = Scorer::score(set, node, input);
    if (s.state == ItemScore::State::Scored)
        return s.points;
    if (appraised && s.state == ItemScore::State::Unscored)
        return Points();
    return std::nullopt;
}

struct UnitFacts
{
    bool received = false;
    bool responseIn = false;
    bool round1Rows = false;
    bool round2Rows = false;
};

AppraisalStage stageOf(const UnitFacts& f, const RoundState& r, bool approved)
{
    if (!f.received)
        return AppraisalStage::NotReceived;
    if (approved)
        return AppraisalStage::Approved;
    if (r.round2ClosedAt.isValid())
        return AppraisalStage::Appraised;
    if (feedbackSentForRound1(r)) {
        if (f.round2Rows)
            return AppraisalStage::Round2;
        return f.responseIn ? AppraisalStage::ResponseReceived : AppraisalStage::FeedbackSent;
    }
    if (r.round1ClosedAt.isValid() || f.round1Rows)
        return AppraisalStage::Round1;
    return AppraisalStage::Received;
}

} // namespace

Result<YearData> Reading::year(int year, std::optional<qint64> onlyUnit)
{
    using R = Result<YearData>;
    YearData d;
    d.year = year;
    const auto units = UnitTable(m_file).all();
    if (!units)
        return R::failure(units.error());
    d.units = units.value();
    const auto versions = SubmissionTable(m_file).forYear(year);
    if (!versions)
        return R::failure(versions.error());
    for (const SubmissionVersion& v : versions.value())
        d.versions[v.unitId].append(v);
    AppraisalTable table(m_file);
    const auto rounds = table.rounds(year);
    if (!rounds)
        return R::failure(rounds.error());
    d.rounds = rounds.value();
    if (onlyUnit) {
        const auto rows = table.rows(*onlyUnit, year);
        if (!rows)
            return R::failure(rows.error());
        d.rows.insert(*onlyUnit, rows.value());
    } else {
        const auto rows = table.rowsForYear(year);
        if (!rows)
            return R::failure(rows.error());
        for (const AppraisalRow& r : rows.value())
            d.rows[r.unitId].append(r);
    }
    const auto plan = table.plan(year);
    if (!plan)
        return R::failure(plan.error());
    d.plan = plan.value();
    const auto approval = table.approval(year);
    if (!approval)
        return R::failure(approval.error());
    d.approval = approval.value();
    return d;
}

Result<CriteriaSetPtr> Reading::set(const QString& sha256)
{
    if (const auto it = m_sets.constFind(sha256); it != m_sets.cend())
        return *it;
    for (const CriteriaSetPtr& s : CriteriaCatalog::shipped()) {
        if (s->sha256 == sha256) {
            m_sets.insert(sha256, s);
            return s;
        }
    }
    auto stored = AssessmentTable(m_file).storedSet(sha256);
    if (!stored)
        return stored;
    if (!stored.value())
        return Result<CriteriaSetPtr>::failure(tr("the criteria set %1 is not in the file").arg(sha256.left(12)));
    m_sets.insert(sha256, stored.value());
    return stored;
}

Result<package::SubmissionData> Reading::data(qint64 submissionId)
{
    const auto bytes = SubmissionTable(m_file).data(submissionId);
    if (!bytes)
        return Result<package::SubmissionData>::failure(bytes.error());
    return package::SubmissionData::parse(bytes.value());
}

Result<UnitAppraisal> Reading::unit(const YearData& d, const Unit& u)
{
    using R = Result<UnitAppraisal>;
    UnitAppraisal a;
    a.unit = u;
    a.year = d.year;
    a.rounds = d.rounds.value(u.id);
    const QList<SubmissionVersion> versions = d.versions.value(u.id);
    UnitFacts facts;
    facts.received = !versions.isEmpty();
    QHash<QString, ItemAppraisal> round1;
    QHash<QString, ItemAppraisal> round2;
    for (const AppraisalRow& r : d.rows.value(u.id)) {
        (r.round == 1 ? round1 : round2).insert(r.item, r.appraisal);
        (r.round == 1 ? facts.round1Rows : facts.round2Rows) = true;
    }
    if (facts.received) {
        const SubmissionVersion& inForce = versions.first();
        // A response counts when it answers the latest feedback of a closed round 1.
        facts.responseIn = feedbackSentForRound1(a.rounds) && inForce.answersFeedback == a.rounds.feedbackSequence;
        a.submissionId = inForce.id;
        a.sequence = inForce.sequence;
        const auto set = this->set(inForce.setSha256);
        if (!set)
            return R::failure(set.error());
        a.set = set.value();
        const auto submitted = data(inForce.id);
        if (!submitted)
            return R::failure(submitted.error());
        a.submitted = submitted.value();
    }
    a.stage = stageOf(facts, a.rounds, d.approval.has_value());
    a.responseReceived = facts.responseIn;
    a.explanationClosed = passed(d.plan.deadline(DeadlineStage::Explanation));
    if (!a.set) {
        a.lockedReason = tr("%1 has sent nothing for %2").arg(u.code).arg(d.year);
        return a;
    }

    // What the unit changed: against its previous version; what it answered: against the
    // version round 1 appraised.
    std::optional<package::SubmissionData> previous;
    std::optional<package::SubmissionData> basis;
    for (qsizetype i = 1; i < versions.size(); ++i) {
        if (!previous || versions[i].sequence == a.rounds.basisSequence) {
            const auto p = data(versions[i].id);
            if (!p)
                return R::failure(p.error());
            if (!previous)
                previous = p.value();
            if (versions[i].sequence == a.rounds.basisSequence)
                basis = p.value();
        }
    }
    auto scoreIn = [](const package::SubmissionData& data, const QString& code) {
        for (const package::SubmittedScore& s : data.scores) {
            if (s.item == code)
                return std::optional(s);
        }
        return std::optional<package::SubmittedScore>();
    };
    auto documentsFor = [](const package::SubmissionData& data, const QString& code) {
        QStringList out;
        for (const package::SubmittedDocument& doc : data.documents) {
            if (doc.items.contains(code))
                out.append(doc.sha256 + doc.number + doc.summary + doc.issuedOn.toString(Qt::ISODate));
        }
        out.sort();
        return out;
    };
    auto differ = [&](const package::SubmissionData& older, const QString& code) {
        const auto now = scoreIn(a.submitted, code);
        const auto then = scoreIn(older, code);
        const ItemInput nowInput = now ? now->input : ItemInput();
        const ItemInput thenInput = then ? then->input : ItemInput();
        return nowInput != thenInput ||
               (now ? now->explanation : QString()) != (then ? then->explanation : QString()) ||
               documentsFor(a.submitted, code) != documentsFor(older, code);
    };

    ItemInputs self;
    for (const CriteriaNode* node : a.set->allNodes()) {
        if (!node->isLeaf() || node->isSurvey())
            continue;
        AppraisalItem item;
        item.node = node;
        item.self = scoreIn(a.submitted, node->code);
        if (item.self) {
            self.insert(node->code, item.self->input);
            item.selfPoints = pointsOf(*a.set, *node, item.self->input, false);
        }
        if (const auto it = round1.constFind(node->code); it != round1.cend()) {
            item.round1 = *it;
            item.round1Points = pointsOf(*a.set, *node, it->input, true);
        }
        if (const auto it = round2.constFind(node->code); it != round2.cend()) {
            item.round2 = *it;
            item.round2Points = pointsOf(*a.set, *node, it->input, true);
        }
        item.finalPoints = item.round2 ? item.round2Points : item.round1Points;
        item.changed = previous && differ(*previous, node->code);
        item.requested = item.request() != RequestKind::None;
        item.answered = item.requested && facts.responseIn && differ(basis ? *basis : *previous, node->code);
        item.differs =
            (item.round1 || item.round2) && item.finalPoints.value_or(Points()) != item.selfPoints.value_or(Points());
        a.items.append(item);
    }
    a.selfEvaluation = evaluate(*a.set, self);
    a.finalEvaluation = evaluate(*a.set, a.finalInputs());

    // Where an edit goes now, or why nowhere.
    const auto deadline = [&](DeadlineStage s) { return d.plan.deadline(s); };
    if (d.approval) {
        a.lockedReason = tr("the results of %1 are approved (decision %2 of %3); nothing can be changed")
                             .arg(d.year)
                             .arg(d.approval->decision, dateText(d.approval->date));
    } else if (a.rounds.round2ClosedAt.isValid()) {
        a.lockedReason = tr("round 2 of %1 is closed; reopen it, with a reason, to change it").arg(u.code);
    } else if (!a.rounds.round1ClosedAt.isValid()) {
        if (passed(deadline(DeadlineStage::Round1)))
            a.lockedReason = tr("round 1 closed on its deadline, %1").arg(dateText(*deadline(DeadlineStage::Round1)));
        else
            a.editableRound = 1;
    } else if (!feedbackSentForRound1(a.rounds)) {
        a.lockedReason =
            tr("round 1 of %1 is closed; export its feedback, or reopen round 1 with a reason").arg(u.code);
    } else if (!facts.responseIn && !passed(deadline(DeadlineStage::Explanation))) {
        a.lockedReason = deadline(DeadlineStage::Explanation)
                             ? tr("round 2 opens when %1's response arrives or its deadline, %2, has passed")
                                   .arg(u.code, dateText(*deadline(DeadlineStage::Explanation)))
                             : tr("round 2 opens when %1's response arrives (no deadline is set for it)").arg(u.code);
    } else if (passed(deadline(DeadlineStage::Round2))) {
        a.lockedReason = tr("round 2 closed on its deadline, %1").arg(dateText(*deadline(DeadlineStage::Round2)));
    } else {
        a.editableRound = 2;
    }
    return a;
}

ActingAs::ActingAs(DataFile& file, const QString& name) : m_file(file), m_previous(file.actor())
{
    if (!name.isEmpty())
        m_file.setActor(name);
}

ActingAs::~ActingAs()
{
    m_file.setActor(m_previous);
}

} // namespace parindex::appraisal
