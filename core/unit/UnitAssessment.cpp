#include "core/unit/UnitAssessment.h"

#include "core/common/Clock.h"
#include "core/common/Text.h"
#include "core/crypto/Passphrase.h"
#include "core/files/SafeFile.h"
#include "core/keys/OwnKeys.h"
#include "core/package/FeedbackPackage.h"
#include "core/store/AssessmentTable.h"
#include "core/store/DataFile.h"
#include "core/store/EvidenceTable.h"
#include "core/store/KeyTable.h"
#include "core/store/ReceivedFeedbackTable.h"
#include "core/store/UnitTable.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace parindex {

namespace {
const QString kDeadlineKey = QStringLiteral("deadline");
const QString kSequenceKey = QStringLiteral("submission/sequence");
const QString kLastManifestKey = QStringLiteral("submission/last_manifest_sha256");

QString sectionKey(ReportSection s)
{
    return s == ReportSection::Difficulties ? QStringLiteral("report/difficulties")
                                            : QStringLiteral("report/proposals");
}

} // namespace

UnitAssessment::UnitAssessment(std::shared_ptr<DataFile> file, Unit unit, AssessmentRef ref, CriteriaSetPtr set)
    : m_file(std::move(file)), m_unit(std::move(unit)), m_ref(std::move(ref)), m_set(std::move(set)),
      m_store(m_file->evidenceFolder())
{
    m_store.sweepTemporaries();
}

UnitAssessment::~UnitAssessment() = default;

Result<std::shared_ptr<UnitAssessment>> UnitAssessment::create(const QString& path, const UnitIdentity& identity,
                                                               int year, CriteriaSetPtr set)
{
    using R = Result<std::shared_ptr<UnitAssessment>>;
    if (!set)
        return R::failure(tr("choose a criteria set"));
    if (set->year != year)
        return R::failure(tr("criteria set %1 is for %2, not %3").arg(set->id).arg(set->year).arg(year));
    if (set->group != identity.group)
        return R::failure(
            tr("criteria set %1 is for the group %2, not %3")
                .arg(set->id, UnitGroups::displayName(set->group), UnitGroups::displayName(identity.group)));
    if (normalized(identity.code).isEmpty())
        return R::failure(tr("a unit needs a code"));
    auto created = DataFile::create(path, Role::Unit);
    if (!created)
        return R::failure(created.error());
    auto file = created.value();
    // Whatever fails from here takes the new file away again (after the transaction is over).
    auto fill = [&]() -> Status {
        Transaction t(*file);
        auto unit = UnitTable(*file).add({identity.code, identity.name, identity.group, true});
        if (!unit)
            return Status::failure(unit.error());
        auto ref = AssessmentTable(*file).createScored(unit->id, year, *set);
        if (!ref)
            return Status::failure(ref.error());
        if (set->selfAssessmentDeadline.isValid()) {
            if (Status s = file->setMeta(kDeadlineKey, set->selfAssessmentDeadline.toUTC().toString(Qt::ISODate)); !s)
                return s;
        }
        return t.commit();
    };
    auto fail = [&](const QString& error) {
        DataFile::discard(file);
        return R::failure(error);
    };
    if (Status s = fill(); !s)
        return fail(s.error());
    auto opened = fromFile(file);
    if (!opened)
        return fail(opened.error());
    return opened;
}

Result<std::shared_ptr<UnitAssessment>> UnitAssessment::open(const QString& path)
{
    auto opened = DataFile::open(path);
    if (!opened)
        return Result<std::shared_ptr<UnitAssessment>>::failure(opened.error());
    return fromFile(opened.value());
}

Result<std::shared_ptr<UnitAssessment>> UnitAssessment::fromFile(std::shared_ptr<DataFile> file)
{
    using R = Result<std::shared_ptr<UnitAssessment>>;
    const QString name = QFileInfo(file->path()).fileName();
    if (file->role() != Role::Unit)
        return R::failure(tr("%1 is a centre's data file, not a unit's").arg(name));
    const auto units = UnitTable(*file).all();
    if (!units)
        return R::failure(units.error());
    if (units->size() != 1)
        return R::failure(tr("%1 does not hold exactly one unit").arg(name));
    AssessmentTable assessments(*file);
    const auto years = assessments.years();
    if (!years)
        return R::failure(years.error());
    if (years->isEmpty())
        return R::failure(tr("%1 holds no assessment").arg(name));
    const auto ref = assessments.find(units->first().id, years->first());
    if (!ref)
        return R::failure(ref.error());
    if (!ref.value() || ref.value()->historic)
        return R::failure(tr("%1 holds no scored assessment").arg(name));
    const auto set = assessments.storedSet(ref.value()->setSha256);
    if (!set)
        return R::failure(set.error());
    if (!set.value())
        return R::failure(tr("the criteria set stored in %1 cannot be read").arg(name));
    std::shared_ptr<UnitAssessment> unit(new UnitAssessment(file, units->first(), *ref.value(), set.value()));
    for (Status s : {unit->reloadInputs(), unit->reloadEvidence(), unit->reloadMeta()}) {
        if (!s)
            return R::failure(s.error());
    }
    return unit;
}

QString UnitAssessment::path() const
{
    return m_file->path();
}

void UnitAssessment::setActor(const QString& actor)
{
    m_file->setActor(actor);
}

Status UnitAssessment::reloadInputs()
{
    auto stored = AssessmentTable(*m_file).storedInputs(m_ref.id);
    if (!stored)
        return Status::failure(stored.error());
    m_inputs = std::move(stored.value());
    m_evaluation = evaluate(*m_set, inputs());
    return {};
}

Status UnitAssessment::reloadEvidence()
{
    auto documents = EvidenceTable(*m_file).forAssessment(m_ref.id);
    if (!documents)
        return Status::failure(documents.error());
    m_documents = std::move(documents.value());
    m_supported.clear();
    for (const EvidenceDocument& d : std::as_const(m_documents)) {
        for (const QString& code : d.items)
            m_supported.insert(code);
    }
    return {};
}

Status UnitAssessment::reloadMeta()
{
    const auto deadline = m_file->meta(kDeadlineKey);
    const auto difficulties = m_file->meta(sectionKey(ReportSection::Difficulties));
    const auto proposals = m_file->meta(sectionKey(ReportSection::Proposals));
    for (const auto* r : {&deadline, &difficulties, &proposals}) {
        if (!*r)
            return Status::failure(r->error());
    }
    const QDateTime dt = QDateTime::fromString(deadline.value(), Qt::ISODate);
    m_deadline = dt.isValid() ? std::optional(dt) : std::nullopt;
    m_difficulties = difficulties.value();
    m_proposals = proposals.value();
    return reloadFeedback();
}

Status UnitAssessment::reloadFeedback()
{
    const auto latest = ReceivedFeedbackTable(*m_file).latest(year());
    if (!latest)
        return Status::failure(latest.error());
    m_feedbackManifest.reset();
    m_feedback.reset();
    if (!latest.value())
        return {};
    const auto manifest = package::FeedbackManifest::parse(latest.value()->manifest);
    const auto data = package::FeedbackData::parse(latest.value()->data);
    if (!manifest || !data)
        return Status::failure(
            tr("the feedback stored in this file cannot be read: %1").arg(manifest ? data.error() : manifest.error()));
    m_feedbackManifest = manifest.value();
    m_feedback = data.value();
    m_feedbackSha256 = latest.value()->manifestSha256;
    return {};
}

const StoredInput& UnitAssessment::stored(const QString& code) const
{
    static const StoredInput empty;
    auto it = m_inputs.constFind(code);
    return it == m_inputs.cend() ? empty : *it;
}

ItemInputs UnitAssessment::inputs() const
{
    ItemInputs out;
    for (auto it = m_inputs.begin(); it != m_inputs.end(); ++it)
        out.insert(it.key(), it->input);
    return out;
}

ItemStatus UnitAssessment::status(const QString& code) const
{
    const CriteriaNode* node = m_set->find(code);
    if (!node)
        return ItemStatus::Group;
    return itemStatus(*node, m_evaluation.node(code), stored(code), hasEvidence(code));
}

Status UnitAssessment::refuseWhenLocked() const
{
    if (const QString reason = readOnlyReason(); !reason.isEmpty())
        return Status::failure(reason);
    return {};
}

Status UnitAssessment::refuseUnlessAnswerable(const QStringList& codes) const
{
    if (Status s = refuseWhenLocked(); !s)
        return s;
    if (!m_feedback)
        return {};
    for (const QString& code : codes) {
        if (!isRequested(code))
            return Status::failure(tr("Sở Nội vụ did not ask about item %1; after its feedback only the requested "
                                      "items take explanations and evidence")
                                       .arg(code));
    }
    return {};
}

Status UnitAssessment::setInput(const QString& code, const ItemInput& input)
{
    if (Status s = refuseWhenLocked(); !s)
        return s;
    if (m_feedback)
        return Status::failure(tr("the self-scores are locked: Sở Nội vụ has appraised them; explain and document "
                                  "the requested items instead"));
    if (Status s = AssessmentTable(*m_file).setInput(m_ref, *m_set, code, input); !s)
        return s;
    const Status reloaded = reloadInputs();
    emit itemChanged(code);
    return reloaded;
}

Status UnitAssessment::setExplanation(const QString& code, const QString& text)
{
    if (Status s = refuseUnlessAnswerable({code}); !s)
        return s;
    if (!m_set->find(code))
        return Status::failure(tr("the criteria set has no item %1").arg(code));
    if (Status s = AssessmentTable(*m_file).setExplanation(m_ref, code, text); !s)
        return s;
    const Status reloaded = reloadInputs();
    emit itemChanged(code);
    return reloaded;
}

QList<EvidenceDocument> UnitAssessment::evidenceFor(const QString& code) const
{
    QList<EvidenceDocument> out;
    for (const EvidenceDocument& d : m_documents) {
        if (d.items.contains(code))
            out.append(d);
    }
    return out;
}

std::optional<EvidenceDocument> UnitAssessment::document(qint64 evidenceId) const
{
    for (const EvidenceDocument& d : m_documents) {
        if (d.id == evidenceId)
            return d;
    }
    return std::nullopt;
}

Result<qint64> UnitAssessment::attach(const QString& path, const EvidenceDocument& metadata,
                                      const std::function<void(qint64)>& progress, const std::atomic_bool* cancel)
{
    using R = Result<qint64>;
    if (Status s = checkAttachable(metadata); !s)
        return R::failure(s.error());
    // The file goes into the store first; only then does a row refer to it.
    auto blob = storeFile(m_store, path, progress, cancel);
    if (!blob)
        return R::failure(blob.error());
    return record(blob.value(), path, metadata);
}

Status UnitAssessment::checkAttachable(const EvidenceDocument& metadata) const
{
    if (Status s = refuseUnlessAnswerable(metadata.items); !s)
        return s;
    for (const QString& code : metadata.items) {
        if (!m_set->find(code))
            return Status::failure(tr("the criteria set has no item %1").arg(code));
    }
    return {};
}

Result<StoredBlob> UnitAssessment::storeFile(const EvidenceStore& store, const QString& path,
                                             const std::function<void(qint64)>& progress,
                                             const std::atomic_bool* cancel)
{
    EvidenceStore copy(store.folder());
    return copy.addFile(path, progress, cancel);
}

Result<qint64> UnitAssessment::record(const StoredBlob& blob, const QString& path, const EvidenceDocument& metadata)
{
    using R = Result<qint64>;
    if (Status s = checkAttachable(metadata); !s)
        return R::failure(s.error());
    EvidenceTable records(*m_file);
    for (const EvidenceDocument& existing : std::as_const(m_documents)) {
        if (existing.sha256 != blob.sha256)
            continue;
        Transaction t(*m_file);
        for (const QString& code : metadata.items) {
            if (Status s = records.link(existing.id, code); !s)
                return R::failure(s.error());
        }
        if (Status s = t.commit(); !s)
            return R::failure(s.error());
        const Status reloaded = reloadEvidence();
        emit evidenceChanged();
        return reloaded ? R(existing.id) : R::failure(reloaded.error());
    }
    EvidenceDocument doc = metadata;
    doc.assessmentId = m_ref.id;
    doc.sha256 = blob.sha256;
    doc.size = blob.size;
    if (doc.displayName.trimmed().isEmpty())
        doc.displayName = QFileInfo(path).fileName();
    if (doc.mediaType.isEmpty())
        doc.mediaType = QMimeDatabase().mimeTypeForFile(path).name();
    auto id = records.add(doc, m_store);
    if (!id)
        return id;
    const Status reloaded = reloadEvidence();
    emit evidenceChanged();
    return reloaded ? id : R::failure(reloaded.error());
}

Status UnitAssessment::link(qint64 evidenceId, const QString& code)
{
    if (Status s = refuseUnlessAnswerable({code}); !s)
        return s;
    if (!m_set->find(code))
        return Status::failure(tr("the criteria set has no item %1").arg(code));
    if (Status s = EvidenceTable(*m_file).link(evidenceId, code); !s)
        return s;
    const Status reloaded = reloadEvidence();
    emit evidenceChanged();
    return reloaded;
}

Status UnitAssessment::unlink(qint64 evidenceId, const QString& code)
{
    if (Status s = refuseUnlessAnswerable({code}); !s)
        return s;
    if (Status s = EvidenceTable(*m_file).unlink(evidenceId, code); !s)
        return s;
    const Status reloaded = reloadEvidence();
    emit evidenceChanged();
    return reloaded;
}

Status UnitAssessment::updateEvidence(const EvidenceDocument& doc)
{
    if (Status s = refuseUnlessAnswerable(documentItems(doc.id)); !s)
        return s;
    if (Status s = EvidenceTable(*m_file).update(doc); !s)
        return s;
    const Status reloaded = reloadEvidence();
    emit evidenceChanged();
    return reloaded;
}

Status UnitAssessment::removeEvidence(qint64 evidenceId)
{
    if (Status s = refuseUnlessAnswerable(documentItems(evidenceId)); !s)
        return s;
    if (Status s = EvidenceTable(*m_file).remove(evidenceId); !s)
        return s;
    const Status reloaded = reloadEvidence();
    emit evidenceChanged();
    return reloaded;
}

Status UnitAssessment::restoreEvidence(qint64 evidenceId)
{
    if (Status s = refuseUnlessAnswerable(documentItems(evidenceId)); !s)
        return s;
    if (Status s = EvidenceTable(*m_file).restore(evidenceId); !s)
        return s;
    const Status reloaded = reloadEvidence();
    emit evidenceChanged();
    return reloaded;
}

QString UnitAssessment::reportText(ReportSection section) const
{
    return section == ReportSection::Difficulties ? m_difficulties : m_proposals;
}

Status UnitAssessment::setReportText(ReportSection section, const QString& text)
{
    if (Status s = refuseWhenLocked(); !s)
        return s;
    if (m_feedback)
        return Status::failure(tr("the self-assessment report is locked: Sở Nội vụ has appraised it"));
    const QString clean = normalized(text);
    const QString old = reportText(section);
    Transaction t(*m_file);
    if (Status s = m_file->setMeta(sectionKey(section), clean); !s)
        return s;
    if (Status s = m_file->audit(QStringLiteral("report"), sectionKey(section), QString(), old, clean); !s)
        return s;
    if (Status s = t.commit(); !s)
        return s;
    (section == ReportSection::Difficulties ? m_difficulties : m_proposals) = clean;
    emit reportTextChanged();
    return {};
}

Status UnitAssessment::setDeadline(const std::optional<QDateTime>& when)
{
    const QString value = when ? when->toUTC().toString(Qt::ISODate) : QString::fromLatin1("");
    const QString old = m_deadline ? m_deadline->toUTC().toString(Qt::ISODate) : QString::fromLatin1("");
    Transaction t(*m_file);
    if (Status s = m_file->setMeta(kDeadlineKey, value); !s)
        return s;
    if (Status s = m_file->audit(QStringLiteral("deadline"), QString(), QString(), old, value); !s)
        return s;
    if (Status s = t.commit(); !s)
        return s;
    m_deadline = when;
    emit deadlineChanged();
    return {};
}

QString UnitAssessment::readOnlyReason() const
{
    if (m_file->isReadOnly())
        return tr("this is a read-only copy of %1 taken at %2, while the file was open elsewhere; nothing can be "
                  "changed in it")
            .arg(QDir::toNativeSeparators(m_file->snapshotOf()),
                 QLocale().toString(m_file->snapshotTakenAt().toLocalTime(), QLocale::ShortFormat));
    if (m_feedbackManifest) {
        // After the feedback the response's window replaces the self-assessment's deadline.
        if (m_feedbackManifest->round == 2)
            return tr("Sở Nội vụ's round-2 appraisal is final; nothing more can be sent");
        if (responseClosed())
            return tr("the response to Sở Nội vụ's feedback closed on %1")
                .arg(m_feedbackManifest->responseDeadline.toString(QStringLiteral("dd/MM/yyyy")));
        return QString();
    }
    if (m_deadline && Clock::now() > *m_deadline)
        return tr("the self-assessment closed on %1; it can no longer be changed")
            .arg(QLocale().toString(m_deadline->toLocalTime(), QLocale::ShortFormat));
    return QString();
}

QString UnitAssessment::snapshotOf() const
{
    return m_file->snapshotOf();
}

Result<std::optional<OwnKeyInfo>> UnitAssessment::signingKey() const
{
    return OwnKeys(*m_file).current();
}

Result<QList<OwnKeyInfo>> UnitAssessment::keyHistory() const
{
    return OwnKeys(*m_file).history();
}

Result<OwnKeyInfo> UnitAssessment::createSigningKey(const QString& passphrase)
{
    auto created = OwnKeys(*m_file).create(passphrase);
    if (created)
        emit signingKeyChanged();
    return created;
}

Result<SigningKey> UnitAssessment::unlockSigningKey(const QString& passphrase)
{
    return OwnKeys(*m_file).unlock(passphrase);
}

// ---- The centre's feedback ------------------------------------------------------------------------

Result<std::optional<CentreKeyInfo>> UnitAssessment::centreKey() const
{
    return ReceivedFeedbackTable(*m_file).centreKey();
}

Status UnitAssessment::enrolCentreKey(const SigningKey& publicKey, bool replace)
{
    if (m_file->isReadOnly())
        return Status::failure(readOnlyReason());
    return ReceivedFeedbackTable(*m_file).enrolCentreKey(publicKey, replace);
}

const package::FeedbackItem* UnitAssessment::feedbackFor(const QString& code) const
{
    return m_feedback ? m_feedback->item(code) : nullptr;
}

bool UnitAssessment::isRequested(const QString& code) const
{
    const package::FeedbackItem* item = feedbackFor(code);
    return item && item->request != RequestKind::None;
}

bool UnitAssessment::responseClosed() const
{
    return m_feedbackManifest && m_feedbackManifest->responseDeadline.isValid() &&
           Clock::now().toLocalTime().date() > m_feedbackManifest->responseDeadline;
}

QStringList UnitAssessment::documentItems(qint64 evidenceId) const
{
    const auto doc = document(evidenceId);
    return doc ? doc->items : QStringList();
}

ImportOutcome UnitAssessment::importFeedback(const QString& path)
{
    ImportOutcome outcome;
    auto reject = [&](const QString& rule, const QString& detail) {
        outcome.kind = ImportOutcome::Kind::Rejected;
        outcome.rule = rule;
        outcome.detail = detail;
        return outcome;
    };
    if (m_file->isReadOnly())
        return reject(tr("read-only"), readOnlyReason());
    const auto enrolled = centreKey();
    if (!enrolled)
        return reject(tr("storage"), enrolled.error());
    if (!enrolled.value())
        return reject(tr("no centre key"), tr("enrol Sở Nội vụ's public key first (its fingerprint is in the year's "
                                              "guidance document)"));
    const auto key = SigningKey::fromPublicPem(enrolled.value()->publicPem);
    if (!key)
        return reject(tr("storage"), key.error());
    FeedbackVerdict verdict = FeedbackPackage::read(path, key.value());
    if (!verdict.verified())
        return verdict.outcome;
    outcome = verdict.outcome;
    const package::FeedbackManifest& m = verdict.manifest;
    if (m.unitCode != m_unit.code)
        return reject(tr("another unit"), tr("the feedback is for %1, not %2").arg(m.unitCode, m_unit.code));
    if (m.year != year() || m.setSha256 != m_set->sha256)
        return reject(tr("another year or criteria set"),
                      tr("the feedback is for %1 on the set %2").arg(m.year).arg(m.setId));
    // Every appraised item follows its rule, and its points follow from the input.
    for (const package::FeedbackItem& item : verdict.data.items) {
        const CriteriaNode* node = m_set->find(item.item);
        if (!node || !node->isLeaf() || node->isSurvey())
            return reject(tr("data"), tr("the criteria set has no appraised item %1").arg(item.item));
        for (const auto& [input, points] :
             {std::pair(item.round1, item.round1Points), std::pair(item.round2, item.round2Points)}) {
            if (!input)
                continue;
            const ItemScore score = Scorer::score(*m_set, *node, *input);
            if (score.state == ItemScore::State::Invalid)
                return reject(tr("data"), tr("item %1: %2").arg(item.item, score.error));
            const std::optional<Points> expected = score.state == ItemScore::State::Scored ? std::optional(score.points)
                                                   : score.state == ItemScore::State::Unscored ? std::optional(Points())
                                                                                               : std::nullopt;
            if (points != expected)
                return reject(tr("data"), tr("item %1: the points do not follow from the appraisal").arg(item.item));
        }
    }
    for (const package::SubmittedScore& sc : verdict.data.appraisedVersion) {
        const CriteriaNode* node = m_set->find(sc.item);
        if (!node || !node->isLeaf() || node->isSurvey())
            return reject(tr("data"), tr("the criteria set has no scored item %1").arg(sc.item));
        if (Scorer::score(*m_set, *node, sc.input).state == ItemScore::State::Invalid)
            return reject(tr("data"), tr("item %1: the appraised version's score breaks its rule").arg(sc.item));
    }
    const auto exported = lastExportedSequence();
    if (!exported)
        return reject(tr("storage"), exported.error());
    if (m.basisSequence > exported.value())
        return reject(tr("data"),
                      tr("the feedback appraises version %1, which this file never exported").arg(m.basisSequence));
    // Freshness: never an older feedback over a newer one.
    ReceivedFeedbackTable table(*m_file);
    const auto latest = table.latest(year());
    if (!latest)
        return reject(tr("storage"), latest.error());
    if (latest.value()) {
        const ReceivedFeedback& have = *latest.value();
        if (m.sequence < have.sequence)
            return reject(tr("older feedback"), tr("older than the feedback %1 already imported").arg(have.sequence));
        if (m.sequence == have.sequence) {
            if (have.manifestSha256 == verdict.manifestSha256) {
                outcome.kind = ImportOutcome::Kind::AlreadyImported;
                return outcome;
            }
            return reject(tr("fork"), tr("another feedback was imported as number %1").arg(have.sequence));
        }
    }
    ReceivedFeedback stored;
    stored.year = m.year;
    stored.sequence = m.sequence;
    stored.round = m.round;
    stored.manifestSha256 = verdict.manifestSha256;
    stored.manifest = verdict.manifestBytes;
    stored.signature = verdict.signature;
    stored.data = verdict.dataBytes;
    // The feedback and the return to the version it appraised, together: the unit's scores and
    // explanations become those Sở Nội vụ appraised (what changed since is undone, audited), so
    // that its response answers exactly that version.
    Transaction t(*m_file);
    if (Status s = table.store(stored); !s)
        return reject(tr("storage"), s.error());
    QHash<QString, package::SubmittedScore> appraised;
    for (const package::SubmittedScore& sc : verdict.data.appraisedVersion)
        appraised.insert(sc.item, sc);
    AssessmentTable assessments(*m_file);
    for (const CriteriaNode* node : m_set->allNodes()) {
        if (!node->isLeaf() || node->isSurvey())
            continue;
        const package::SubmittedScore then = appraised.value(node->code);
        const StoredInput& now = this->stored(node->code);
        if (now.input != then.input) {
            if (Status s = assessments.setInput(m_ref, *m_set, node->code, then.input); !s)
                return reject(tr("storage"), s.error());
        }
        if (now.explanation != then.explanation) {
            if (Status s = assessments.setExplanation(m_ref, node->code, then.explanation); !s)
                return reject(tr("storage"), s.error());
        }
    }
    if (Status s = t.commit(); !s)
        return reject(tr("storage"), s.error());
    if (Status s = reloadFeedback(); !s)
        return reject(tr("storage"), s.error());
    if (Status s = reloadInputs(); !s)
        return reject(tr("storage"), s.error());
    emit feedbackChanged();
    return outcome;
}

package::SubmissionData UnitAssessment::submissionData() const
{
    package::SubmissionData d;
    d.unitCode = m_unit.code;
    d.unitName = m_unit.name;
    d.group = m_unit.group;
    d.year = year();
    d.setId = m_set->id;
    d.setSha256 = m_set->sha256;
    for (const CriteriaNode* node : m_set->allNodes()) {
        if (!node->isLeaf())
            continue;
        const StoredInput& s = stored(node->code);
        if (s.input.kind == ItemInput::Kind::None && s.explanation.isEmpty())
            continue;
        package::SubmittedScore score;
        score.item = node->code;
        score.input = s.input;
        score.explanation = s.explanation;
        const NodeResult* r = m_evaluation.node(node->code);
        if (r && r->item.state == ItemScore::State::Scored)
            score.points = r->achieved;
        d.scores.append(score);
    }
    for (const EvidenceDocument& doc : m_documents)
        d.documents.append({doc.sha256, doc.displayName, doc.number, doc.issuedOn, doc.summary, doc.items});
    d.difficulties = m_difficulties;
    d.proposals = m_proposals;
    return d;
}

Result<qint64> UnitAssessment::lastExportedSequence() const
{
    const auto text = m_file->meta(kSequenceKey);
    if (!text)
        return Result<qint64>::failure(text.error());
    return text.value().toLongLong();
}

Result<UnitAssessment::PendingExport> UnitAssessment::beginExport(const QString& target)
{
    using R = Result<PendingExport>;
    if (m_feedbackManifest) {
        if (const QString reason = readOnlyReason(); !reason.isEmpty())
            return R::failure(reason);
    }
    if (Status s = FileGuard::checkOutput(target); !s)
        return R::failure(s.error());
    const auto sequence = lastExportedSequence();
    const auto previous = m_file->meta(kLastManifestKey);
    if (!sequence)
        return R::failure(sequence.error());
    if (!previous)
        return R::failure(previous.error());
    auto file = PendingFile::create(target);
    if (!file)
        return R::failure(file.error());
    {
        Transaction t(*m_file);
        Status s = m_file->setMeta(kSequenceKey, QString::number(sequence.value() + 1));
        if (s)
            s = m_file->audit(QStringLiteral("export-started"), target, QString(), QString::number(sequence.value()),
                              QString::number(sequence.value() + 1));
        if (s)
            s = t.commit();
        if (!s)
            return R::failure(s.error());
    }
    PendingExport pending;
    pending.file = std::move(file.value());
    ExportJob& job = pending.job;
    job.data = submissionData().toJson();
    package::Manifest& m = job.manifest;
    m.unitCode = m_unit.code;
    m.unitName = m_unit.name;
    m.year = year();
    m.setId = m_set->id;
    m.setVersion = m_set->version;
    m.setSha256 = m_set->sha256;
    m.sequence = sequence.value() + 1;
    m.previousManifestSha256 = previous.value();
    if (m_feedbackManifest) {
        m.answersFeedback = m_feedbackManifest->sequence;
        m.answersFeedbackSha256 = m_feedbackSha256;
    }
    for (const EvidenceDocument& d : m_documents) {
        m.evidence.append({d.sha256, d.size, d.mediaType, d.displayName, d.items});
        job.files.append({d.sha256, d.size, m_store.pathFor(d.sha256), d.displayName});
    }
    m.selfTotal = m_evaluation.selfTotal();
    m.selfPossible = m_evaluation.selfPossible();
    m.bonus = m_evaluation.bonus;
    m.penalty = m_evaluation.penalty;
    return pending;
}

Status UnitAssessment::finishExport(PendingExport& pending, const ExportSummary& summary)
{
    const auto sequence = lastExportedSequence();
    const auto previous = m_file->meta(kLastManifestKey);
    if (!sequence)
        return Status::failure(sequence.error());
    if (!previous)
        return Status::failure(previous.error());
    if (summary.sequence != sequence.value() || summary.sequence != pending.job.manifest.sequence)
        return Status::failure(tr("another export started meanwhile; export again"));
    const QString target = pending.file->target();
    {
        Transaction t(*m_file);
        if (Status s = m_file->setMeta(kLastManifestKey, summary.manifestSha256); !s)
            return s;
        if (Status s =
                m_file->audit(QStringLiteral("export"), target, QString(), previous.value(), summary.manifestSha256);
            !s)
            return s;
        if (Status s = t.commit(); !s)
            return s;
    }
    if (Status s = pending.file->commit(); !s)
        return Status::failure(tr("version %1 was signed but could not be put at %2 (%3); export again, it will "
                                  "be version %4")
                                   .arg(summary.sequence)
                                   .arg(QDir::toNativeSeparators(target), s.error())
                                   .arg(summary.sequence + 1));
    return {};
}

Result<ExportSummary> UnitAssessment::exportPackage(const SigningKey& key, const QString& target,
                                                    const std::function<void(qint64, qint64)>& progress,
                                                    const std::atomic_bool* cancel)
{
    using R = Result<ExportSummary>;
    auto pending = beginExport(target);
    if (!pending)
        return R::failure(pending.error());
    auto summary = SubmissionWriter::write(pending.value().job, key, *pending.value().file, progress, cancel);
    if (!summary)
        return summary;
    if (Status s = finishExport(pending.value(), summary.value()); !s)
        return R::failure(s.error());
    return summary;
}

ChangeBatch UnitAssessment::beginBatch()
{
    return ChangeBatch(std::make_unique<Transaction>(*m_file));
}

} // namespace parindex
