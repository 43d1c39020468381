#include "core/centre/Centre.h"

#include "core/common/Text.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/evidence/EvidenceStore.h"
#include "core/files/SafeFile.h"
#include "core/importing/HistoricImport.h"
#include "core/importing/UnitList.h"
#include "core/keys/OwnKeys.h"
#include "core/store/AssessmentTable.h"
#include "core/store/DataFile.h"
#include "core/store/KeyTable.h"
#include "core/store/SubmissionTable.h"
#include "core/store/SurveyTable.h"
#include "core/store/UnitTable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace parindex {

Centre::Centre(std::shared_ptr<DataFile> file)
    : m_file(std::move(file)), m_appraisal(std::make_unique<Appraisal>(m_file)),
      m_survey(std::make_unique<Survey>(m_file, *m_appraisal, [this](int year) { return surveyUnits(year); }))
{
    connect(m_appraisal.get(), &Appraisal::appraisalChanged, this, &Centre::resultsChanged);
    connect(m_survey.get(), &Survey::surveyChanged, this, &Centre::resultsChanged);
    // Whatever an interrupted import left behind goes at start-up: the file's lock proves that no
    // other process imports into it now. A link named like the staging folder is removed, never
    // followed.
    removeTree(stagingFolder());
}

Centre::~Centre() = default;

Result<std::shared_ptr<Centre>> Centre::create(const QString& path)
{
    auto created = DataFile::create(path, Role::Centre);
    if (!created)
        return Result<std::shared_ptr<Centre>>::failure(created.error());
    return fromFile(created.value());
}

Result<std::shared_ptr<Centre>> Centre::open(const QString& path)
{
    auto opened = DataFile::open(path);
    if (!opened)
        return Result<std::shared_ptr<Centre>>::failure(opened.error());
    return fromFile(opened.value());
}

Result<std::shared_ptr<Centre>> Centre::fromFile(std::shared_ptr<DataFile> file)
{
    if (file->role() != Role::Centre)
        return Result<std::shared_ptr<Centre>>::failure(
            tr("%1 is a unit's data file; units are registered and ranked in the centre's file")
                .arg(QDir::toNativeSeparators(file->path())));
    return std::shared_ptr<Centre>(new Centre(std::move(file)));
}

QString Centre::path() const
{
    return m_file->path();
}

QString Centre::snapshotOf() const
{
    return m_file->snapshotOf();
}

QString Centre::evidenceFolder() const
{
    return m_file->evidenceFolder();
}

void Centre::setActor(const QString& actor)
{
    m_file->setActor(actor);
}

QString Centre::stagingFolder() const
{
    const QFileInfo fi(m_file->path());
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".staging");
}

ChangeBatch Centre::beginBatch()
{
    return ChangeBatch(std::make_unique<Transaction>(*m_file));
}

// ---- Units -------------------------------------------------------------------------------------

Result<QList<Unit>> Centre::units() const
{
    return UnitTable(*m_file).all();
}

Result<Unit> Centre::requireUnit(const QString& code) const
{
    const auto found = UnitTable(*m_file).byCode(code);
    if (!found)
        return Result<Unit>::failure(found.error());
    if (!found.value())
        return Result<Unit>::failure(tr("no unit has the code %1").arg(code));
    return *found.value();
}

Result<Unit> Centre::unit(const QString& code) const
{
    return requireUnit(code);
}

Result<std::optional<Unit>> Centre::findUnit(const QString& codeOrName) const
{
    using R = Result<std::optional<Unit>>;
    const auto byCode = UnitTable(*m_file).byCode(codeOrName);
    if (!byCode || byCode.value())
        return byCode;
    const auto all = units();
    if (!all)
        return R::failure(all.error());
    const QString key = matchKey(codeOrName);
    for (const Unit& u : all.value()) {
        if (matchKey(u.name) == key || matchKey(u.code) == key)
            return std::optional(u);
    }
    return std::optional<Unit>();
}

Result<Unit> Centre::addUnit(const UnitDraft& draft)
{
    auto added = UnitTable(*m_file).add(draft);
    if (added)
        emit unitsChanged();
    return added;
}

Result<Unit> Centre::updateUnit(const QString& code, const UnitDraft& draft)
{
    const auto old = requireUnit(code);
    if (!old)
        return old;
    auto updated = UnitTable(*m_file).update(old->id, draft);
    if (updated)
        emit unitsChanged();
    return updated;
}

Status Centre::removeUnit(const QString& code)
{
    const auto old = requireUnit(code);
    if (!old)
        return Status::failure(old.error());
    Status s = UnitTable(*m_file).remove(old->id);
    if (s)
        emit unitsChanged();
    return s;
}

Result<QString> Centre::unitReferences(const QString& code) const
{
    const auto u = requireUnit(code);
    if (!u)
        return Result<QString>::failure(u.error());
    return UnitTable(*m_file).references(u->id);
}

TableImportReport Centre::importUnits(const QByteArray& table)
{
    TableImportReport report;
    const QList<UnitListRow> rows = UnitList::parse(table, report.problems);
    // The readable rows are also checked against the registry, so that one reading lists every
    // problem of the table; nothing is kept unless all is well.
    QList<UnitDraft> drafts;
    QList<int> lines;
    for (const UnitListRow& row : rows) {
        if (row.readable) {
            drafts.append(row.unit);
            lines.append(row.line);
        }
    }
    Transaction t(*m_file);
    const QList<Result<Unit>> added = UnitTable(*m_file).addAll(drafts);
    QStringList registry;
    for (qsizetype i = 0; i < added.size(); ++i) {
        if (!added[i])
            registry.append(tr("line %1: %2").arg(lines[i]).arg(added[i].error()));
    }
    if (!registry.isEmpty()) {
        report.problems.append(registry);
        // In line order with the reading problems.
        auto lineOf = [](const QString& p) { return p.section(u' ', 1, 1).section(u':', 0, 0).toInt(); };
        std::stable_sort(report.problems.begin(), report.problems.end(),
                         [&](const QString& a, const QString& b) { return lineOf(a) < lineOf(b); });
    }
    if (report.problems.isEmpty()) {
        if (Status s = t.commit(); !s)
            report.problems.append(s.error());
    }
    if (!report.problems.isEmpty())
        return report;
    report.imported = int(rows.size());
    report.unitsCreated = report.imported;
    emit unitsChanged();
    return report;
}

// ---- Keys --------------------------------------------------------------------------------------

Result<QList<EnrolledKey>> Centre::keys(const QString& unitCode) const
{
    const auto u = requireUnit(unitCode);
    if (!u)
        return Result<QList<EnrolledKey>>::failure(u.error());
    return KeyTable(*m_file).forUnit(u->id);
}

Result<SigningKey> Centre::readPublicKey(const QByteArray& pem)
{
    // One key per file: a file holding two would enrol the first without a word.
    if (const qsizetype blocks = pem.count("-----BEGIN"); blocks > 1)
        return Result<SigningKey>::failure(
            tr("the file holds %1 keys; a unit sends one public key per file").arg(blocks));
    return SigningKey::fromPublicPem(pem);
}

Status Centre::enrolKey(const QString& unitCode, const SigningKey& publicKey, bool replace)
{
    const auto u = requireUnit(unitCode);
    if (!u)
        return Status::failure(u.error());
    Status s = KeyTable(*m_file).enrol(u->id, publicKey, replace);
    if (s)
        emit keysChanged(u->code);
    return s;
}

Result<int> Centre::revokeKeys(const QString& unitCode, const QString& keyId)
{
    const auto u = requireUnit(unitCode);
    if (!u)
        return Result<int>::failure(u.error());
    auto revoked = KeyTable(*m_file).revoke(u->id, keyId);
    if (revoked && revoked.value() > 0)
        emit keysChanged(u->code);
    return revoked;
}

// ---- The centre's key ----------------------------------------------------------------------------

Result<std::optional<OwnKeyInfo>> Centre::signingKey() const
{
    return OwnKeys(*m_file).current();
}

Result<QList<OwnKeyInfo>> Centre::keyHistory() const
{
    return OwnKeys(*m_file).history();
}

Result<OwnKeyInfo> Centre::createSigningKey(const QString& passphrase)
{
    return OwnKeys(*m_file).create(passphrase);
}

Result<SigningKey> Centre::unlockSigningKey(const QString& passphrase)
{
    return OwnKeys(*m_file).unlock(passphrase);
}

// ---- Inbox -------------------------------------------------------------------------------------

Result<QList<int>> Centre::inboxYears() const
{
    const auto submitted = SubmissionTable(*m_file).years();
    const auto assessed = AssessmentTable(*m_file).years();
    if (!submitted)
        return submitted;
    if (!assessed)
        return assessed;
    QList<int> years = submitted.value();
    for (int y : assessed.value()) {
        if (!years.contains(y))
            years.append(y);
    }
    std::sort(years.begin(), years.end(), std::greater<int>());
    return years;
}

Result<QList<InboxEntry>> Centre::inbox(int year) const
{
    using R = Result<QList<InboxEntry>>;
    const auto versions = SubmissionTable(*m_file).forYear(year);
    if (!versions)
        return R::failure(versions.error());
    QHash<qint64, QList<SubmissionVersion>> byUnit;
    for (const SubmissionVersion& v : versions.value())
        byUnit[v.unitId].append(v);
    const auto all = units();
    if (!all)
        return R::failure(all.error());
    QList<InboxEntry> out;
    for (const Unit& u : all.value()) {
        InboxEntry e;
        e.unit = u;
        e.versions = byUnit.value(u.id);
        e.status = e.versions.isEmpty()     ? InboxEntry::Status::NotReceived
                   : e.versions.size() == 1 ? InboxEntry::Status::Received
                                            : InboxEntry::Status::Resubmitted;
        out.append(e);
    }
    return out;
}

Result<package::SubmissionData> Centre::submittedData(qint64 submissionId) const
{
    const auto bytes = SubmissionTable(*m_file).data(submissionId);
    if (!bytes)
        return Result<package::SubmissionData>::failure(bytes.error());
    return package::SubmissionData::parse(bytes.value());
}

Status Centre::withdrawSubmission(qint64 submissionId, const QString& reason)
{
    const QString why = normalized(reason);
    if (why.isEmpty())
        return Status::failure(tr("say why the version is withdrawn"));
    SubmissionTable submissions(*m_file);
    const auto v = submissions.version(submissionId);
    if (!v)
        return Status::failure(v.error());
    if (!v.value())
        return Status::failure(tr("that version is not in the file"));
    const auto u = UnitTable(*m_file).byId(v.value()->unitId);
    if (!u)
        return Status::failure(u.error());
    // A version the working group has begun to appraise stays: withdrawing it would change the
    // basis of the appraisal (and of an approved year's results).
    if (u.value()) {
        const auto appraised = m_appraisal->unit(v.value()->year, u.value()->code);
        if (!appraised)
            return Status::failure(appraised.error());
        if (appraised->stage == AppraisalStage::Approved)
            return Status::failure(appraised->lockedReason);
        if (appraised->rounds.basisSequence > 0 || appraised->rounds.round1ClosedAt.isValid())
            return Status::failure(tr("the appraisal of %1's version %2 has begun; no version can be withdrawn now")
                                       .arg(u.value()->code)
                                       .arg(appraised->rounds.basisSequence));
    }
    Status s = submissions.withdraw(submissionId, u.value() ? u.value()->code : QString(), why);
    if (s)
        emit inboxChanged();
    return s;
}

// ---- Import ------------------------------------------------------------------------------------

Result<QHash<QString, CriteriaSetPtr>> Centre::setsByHash() const
{
    using R = Result<QHash<QString, CriteriaSetPtr>>;
    QHash<QString, CriteriaSetPtr> sets;
    for (const CriteriaSetPtr& s : CriteriaCatalog::shipped())
        sets.insert(s->sha256, s);
    const auto stored = AssessmentTable(*m_file).storedSets();
    if (!stored)
        return R::failure(stored.error());
    for (const CriteriaSetPtr& s : stored.value())
        sets.insert(s->sha256, s);
    return sets;
}

Result<SubmissionReader> Centre::reader(ImportLimits limits) const
{
    using R = Result<SubmissionReader>;
    TrustSnapshot trust;
    const auto keys = KeyTable(*m_file).allEnrolled();
    if (!keys)
        return R::failure(keys.error());
    trust.keys = keys.value();
    const auto all = units();
    if (!all)
        return R::failure(all.error());
    for (const Unit& u : all.value())
        trust.units.insert(u.id, u);
    const auto sets = setsByHash();
    if (!sets)
        return R::failure(sets.error());
    trust.sets = sets.value();
    const auto accepted = SubmissionTable(*m_file).acceptedAll();
    if (!accepted)
        return R::failure(accepted.error());
    trust.accepted = accepted.value();
    const auto withdrawn = SubmissionTable(*m_file).withdrawnManifests();
    if (!withdrawn)
        return R::failure(withdrawn.error());
    trust.withdrawn = withdrawn.value();
    return SubmissionReader(trust, stagingFolder(), limits);
}

ImportOutcome Centre::accept(const PackageVerdict& verdict)
{
    ImportOutcome outcome = verdict.outcome;
    auto reject = [&](const QString& rule, const QString& detail) {
        outcome.kind = ImportOutcome::Kind::Rejected;
        outcome.rule = rule;
        outcome.detail = detail;
        return outcome;
    };
    const StoredSubmission& s = verdict.submission;
    if (verdict.forkAlert) {
        // The rejection stands whatever happens here; the alert is kept for whoever investigates.
        SubmissionTable(*m_file).recordAlert(s.unitId, s.year, s.setSha256, s.sequence, s.manifestSha256,
                                             QStringLiteral("two different packages with one sequence number"));
        return outcome;
    }
    if (!verdict.verified())
        return outcome;

    Transaction t(*m_file);
    if (!t.started())
        return reject(SubmissionReader::tr("storage"), tr("the centre's file is busy; try again"));
    // What was read before may have changed meanwhile: the key and the version in force again.
    const auto keys = KeyTable(*m_file).forUnit(s.unitId);
    if (!keys)
        return reject(SubmissionReader::tr("storage"), keys.error());
    const bool inForce = std::any_of(keys->cbegin(), keys->cend(),
                                     [&](const EnrolledKey& k) { return k.keyId == s.signerKeyId && k.active(); });
    if (!inForce)
        return reject(SubmissionReader::tr("revoked key"), SubmissionReader::tr("signed with a key that was revoked"));
    const auto accepted = SubmissionTable(*m_file).accepted(s.unitId, s.year, s.setSha256);
    if (!accepted)
        return reject(SubmissionReader::tr("storage"), accepted.error());
    switch (freshness(s.sequence, s.manifestSha256, accepted.value())) {
    case Freshness::Older:
        return reject(SubmissionReader::tr("older version"),
                      SubmissionReader::tr("older than the accepted version %1").arg(accepted.value()->sequence));
    case Freshness::Same:
        outcome.kind = ImportOutcome::Kind::AlreadyImported;
        return outcome;
    case Freshness::Fork:
        if (SubmissionTable(*m_file).recordAlert(s.unitId, s.year, s.setSha256, s.sequence, s.manifestSha256,
                                                 QStringLiteral("two different packages with one sequence number")))
            t.commit();
        return reject(
            SubmissionReader::tr("fork"),
            SubmissionReader::tr("another package was accepted as version %1").arg(accepted.value()->sequence));
    case Freshness::Newer:
        break;
    }
    const auto withdrawn = SubmissionTable(*m_file).withdrawnManifests();
    if (!withdrawn)
        return reject(SubmissionReader::tr("storage"), withdrawn.error());
    if (withdrawn->contains(s.manifestSha256))
        return reject(SubmissionReader::tr("withdrawn"),
                      SubmissionReader::tr("this package was withdrawn by the centre"));
    // The appraisal's stage and deadlines: a response only while it is awaited, nothing after
    // the approval.
    const auto signer = UnitTable(*m_file).byId(s.unitId);
    if (!signer || !signer.value())
        return reject(SubmissionReader::tr("storage"), signer ? tr("the unit is not registered") : signer.error());
    if (const auto refused = m_appraisal->refusal(*signer.value(), verdict.manifest, s.data))
        return reject(refused->first, refused->second);
    StoredSubmission stored = s;
    stored.answersFeedback = verdict.manifest.answersFeedback;
    // Evidence into the content-addressed store (a file already there is the same file), then
    // the rows; a file moved in for a package whose rows then fail is an unreferenced copy.
    EvidenceStore store(m_file->evidenceFolder());
    if (!QDir().mkpath(store.folder()))
        return reject(SubmissionReader::tr("storage"), store.folder());
    for (const auto& [sha, size] : s.evidence) {
        Q_UNUSED(size)
        // A stored copy that no longer matches its name is replaced by the package's good bytes.
        if (store.verify(sha) == EvidenceStore::Integrity::Intact)
            continue;
        if (Status moved = store.putInPlace(verdict.staged->pathFor(sha), sha); !moved)
            return reject(SubmissionReader::tr("storage"), moved.error());
    }
    const auto id = SubmissionTable(*m_file).insert(stored, outcome.unitCode,
                                                    accepted.value() ? accepted.value()->manifestSha256 : QString());
    if (!id)
        return reject(SubmissionReader::tr("storage"), id.error());
    if (Status st = t.commit(); !st)
        return reject(SubmissionReader::tr("storage"), st.error());
    emit inboxChanged();
    return outcome;
}

ImportOutcome Centre::importPackage(const QString& path, const std::atomic_bool* cancel)
{
    auto r = reader();
    if (!r) {
        ImportOutcome o;
        o.rule = SubmissionReader::tr("storage");
        o.detail = r.error();
        return o;
    }
    return accept(r->verify(path, cancel));
}

// ---- Criteria sets -----------------------------------------------------------------------------

Status Centre::importSets(const QList<CriteriaSetPtr>& sets)
{
    Transaction t(*m_file);
    for (const CriteriaSetPtr& set : sets) {
        if (Status s = AssessmentTable(*m_file).storeSet(*set); !s)
            return s;
    }
    return t.commit();
}

Result<QList<CriteriaSetPtr>> Centre::knownSets() const
{
    const auto sets = setsByHash();
    if (!sets)
        return Result<QList<CriteriaSetPtr>>::failure(sets.error());
    QList<CriteriaSetPtr> out = sets->values();
    std::sort(out.begin(), out.end(), [](const CriteriaSetPtr& a, const CriteriaSetPtr& b) {
        return std::tie(a->year, a->id, a->version) < std::tie(b->year, b->id, b->version);
    });
    return out;
}

// ---- Results -----------------------------------------------------------------------------------

Result<QList<int>> Centre::resultYears() const
{
    auto years = AssessmentTable(*m_file).years();
    const auto submitted = SubmissionTable(*m_file).years();
    if (!years)
        return years;
    if (!submitted)
        return submitted;
    for (int y : submitted.value()) {
        if (!years.value().contains(y))
            years.value().append(y);
    }
    std::sort(years.value().begin(), years.value().end(), std::greater<int>());
    return years;
}

Result<YearResults> Centre::results(int year, std::optional<UnitGroup> onlyGroup) const
{
    auto current = resultsOf(year, onlyGroup);
    if (!current)
        return current;
    const auto previous = resultsOf(year - 1, std::nullopt);
    if (!previous)
        return Result<YearResults>::failure(previous.error());
    const auto mappings = unitMappings(year);
    if (!mappings)
        return Result<YearResults>::failure(mappings.error());
    current.value().compareWith(previous.value(), mappings.value());
    return current;
}

Result<CriteriaSetPtr> Centre::yearSet(int year, const Unit& unit) const
{
    using R = Result<CriteriaSetPtr>;
    const auto appraisal = m_appraisal->unit(year, unit.code);
    if (appraisal && appraisal->set)
        return appraisal->set;
    const auto plan = m_appraisal->plan(year);
    if (!plan)
        return R::failure(plan.error());
    if (const auto sha = plan->sets.constFind(unit.group); sha != plan->sets.cend()) {
        const auto sets = setsByHash();
        if (!sets)
            return R::failure(sets.error());
        if (CriteriaSetPtr set = sets->value(*sha))
            return set;
    }
    return CriteriaCatalog::shippedFor(year, unit.group);
}

Result<QList<SurveyUnit>> Centre::surveyUnits(int year) const
{
    using R = Result<QList<SurveyUnit>>;
    const auto all = units();
    if (!all)
        return R::failure(all.error());
    const auto plan = m_appraisal->plan(year);
    if (!plan)
        return R::failure(plan.error());
    const auto sets = setsByHash();
    if (!sets)
        return R::failure(sets.error());
    const auto received = m_appraisal->receivedUnits(year);
    if (!received)
        return R::failure(received.error());
    QHash<QString, CriteriaSetPtr> submitted; // the set each unit is scored on this year
    QHash<qint64, QString> codeOf;
    for (const Unit& u : all.value())
        codeOf.insert(u.id, u.code);
    AssessmentTable assessments(*m_file);
    const auto refs = assessments.forYear(year);
    if (!refs)
        return R::failure(refs.error());
    for (const AssessmentRef& a : refs.value()) {
        if (a.historic)
            continue;
        const auto set = assessments.storedSet(a.setSha256);
        if (!set)
            return R::failure(set.error());
        submitted.insert(codeOf.value(a.unitId), set.value());
    }
    for (const UnitAppraisal& a : received.value())
        submitted.insert(a.unit.code, a.set);
    QList<SurveyUnit> out;
    for (const Unit& u : all.value()) {
        if (!UnitGroups::notAssessedIn(u.group, year).isEmpty())
            continue;
        CriteriaSetPtr set = submitted.value(u.code);
        if (!set)
            set = sets->value(plan->sets.value(u.group));
        if (!set)
            set = CriteriaCatalog::shippedFor(year, u.group);
        out.append({u.code, u.name, set});
    }
    return out;
}

Result<ReportContext> Centre::reportContext(int year) const
{
    using R = Result<ReportContext>;
    ReportContext c;
    const auto approval = m_appraisal->approval(year);
    if (!approval)
        return R::failure(approval.error());
    c.approval = approval.value();
    const auto versions = m_survey->versions(year);
    if (!versions)
        return R::failure(versions.error());
    c.surveyVersion = versions->isEmpty() ? 0 : versions->first().version;
    const auto units = surveyUnits(year);
    if (!units)
        return R::failure(units.error());
    for (const SurveyUnit& u : units.value()) {
        if (u.set) {
            c.issuer = u.set->issuer;
            break;
        }
    }
    return c;
}

Result<QHash<QString, QString>> Centre::appraisalComments(int year, const QString& unitCode) const
{
    QHash<QString, QString> out;
    const auto stage = m_appraisal->stage(year, unitCode);
    if (!stage)
        return Result<QHash<QString, QString>>::failure(stage.error());
    if (stage.value() == AppraisalStage::NotReceived)
        return out;
    const auto unit = m_appraisal->unit(year, unitCode);
    if (!unit)
        return Result<QHash<QString, QString>>::failure(unit.error());
    for (const AppraisalItem& item : unit->items) {
        if (const QString c = item.comment(); !c.isEmpty())
            out.insert(item.node->code, c);
    }
    return out;
}

Result<QList<UnitMapping>> Centre::unitMappings(int year) const
{
    return SurveyTable(*m_file).mappings(year);
}

Status Centre::mapUnits(int year, const QStringList& oldCodes, const QString& newCode)
{
    const auto target = findUnit(newCode);
    if (!target)
        return Status::failure(target.error());
    if (!target.value())
        return Status::failure(tr("no unit is named or coded \"%1\"").arg(newCode));
    const Unit newUnit = *target.value();
    if (const QString why = UnitGroups::notAssessedIn(newUnit.group, year); !why.isEmpty())
        return Status::failure(tr("%1 cannot be a unit of %2: %3").arg(newUnit.code).arg(year).arg(why));
    if (oldCodes.isEmpty())
        return Status::failure(
            tr("name at least one unit of %1 that %2 was formed from").arg(year - 1).arg(newUnit.code));
    QList<std::pair<qint64, QString>> old;
    for (const QString& code : oldCodes) {
        const auto found = findUnit(code);
        if (!found)
            return Status::failure(found.error());
        if (!found.value())
            return Status::failure(tr("no unit is named or coded \"%1\"").arg(code));
        if (found.value()->id == newUnit.id && oldCodes.size() == 1)
            return Status::failure(
                tr("%1 is compared with its own results of %2 without a mapping").arg(newUnit.code).arg(year - 1));
        old.append({found.value()->id, found.value()->code});
    }
    const Status s = SurveyTable(*m_file).map(year, old, newUnit.id, newUnit.code);
    if (s)
        emit resultsChanged();
    return s;
}

Result<YearResults> Centre::resultsOf(int year, std::optional<UnitGroup> onlyGroup) const
{
    using R = Result<YearResults>;
    AssessmentTable assessments(*m_file);
    const auto all = units();
    if (!all)
        return R::failure(all.error());
    QHash<qint64, Unit> unitsById;
    for (const Unit& u : all.value())
        unitsById.insert(u.id, u);
    const auto refs = assessments.forYear(year);
    if (!refs)
        return R::failure(refs.error());
    const auto survey = m_survey->inputs(year);
    if (!survey)
        return R::failure(survey.error());
    QList<UnitYearData> data;
    // Units that sent their self-assessment are ranked on the appraised points (round 2 where
    // given, else round 1, else — while the appraisal runs — their own) and the survey's points;
    // final once approved.
    const auto received = m_appraisal->receivedUnits(year);
    if (!received)
        return R::failure(received.error());
    QSet<qint64> appraised;
    QHash<UnitGroup, CriteriaSetPtr> ownSets; // the sets the centre itself ran the year on
    for (const UnitAppraisal& a : received.value()) {
        if (!a.set)
            continue;
        ownSets.insert(a.unit.group, a.set);
        if (onlyGroup && a.unit.group != *onlyGroup)
            continue;
        UnitYearData d;
        d.unit = a.unit;
        d.set = a.set;
        d.inputs = a.finalInputs();
        const ItemInputs surveyInputs = survey->value(a.unit.code);
        for (auto it = surveyInputs.cbegin(); it != surveyInputs.cend(); ++it)
            d.inputs->insert(it.key(), it.value());
        if (a.stage != AppraisalStage::Approved)
            d.provisional = a.stage;
        d.selfEvaluation = a.selfEvaluation;
        data.append(d);
        appraised.insert(a.unit.id);
    }
    for (const AssessmentRef& a : refs.value()) {
        if (appraised.contains(a.unitId))
            continue;
        UnitYearData d;
        d.unit = unitsById.value(a.unitId);
        if (onlyGroup && d.unit.group != *onlyGroup)
            continue;
        if (a.historic) {
            const auto h = assessments.historic(a.id);
            if (!h)
                return R::failure(h.error());
            if (!h.value())
                continue;
            d.historic = h.value();
        } else {
            const auto set = assessments.storedSet(a.setSha256);
            if (!set)
                return R::failure(set.error());
            if (!set.value())
                return R::failure(tr("the criteria set of %1 for %2 cannot be read").arg(d.unit.code).arg(year));
            d.set = set.value();
            auto inputs = assessments.inputs(a.id);
            if (!inputs)
                return R::failure(inputs.error());
            d.inputs = std::move(inputs.value());
            const ItemInputs surveyInputs = survey->value(d.unit.code);
            for (auto it = surveyInputs.cbegin(); it != surveyInputs.cend(); ++it)
                d.inputs->insert(it.key(), it.value());
            ownSets.insert(d.unit.group, d.set);
        }
        data.append(d);
    }
    for (UnitYearData& d : data) {
        // Bands of results imported come from the table itself, or from a set this centre ran
        // the year on: never from another issuer's set.
        if (d.historic)
            d.set = ownSets.value(d.unit.group);
        else if (d.set && !d.set->surveyLeaves().isEmpty() && !survey->contains(d.unit.code))
            d.awaitingSurvey = true;
    }
    return YearResults::build(year, data);
}

TableImportReport Centre::importHistoricResults(int year, const QByteArray& table)
{
    TableImportReport report;
    const QList<HistoricRow> rows = HistoricImport::parse(table, year, report.problems);
    if (!report.problems.isEmpty())
        return report;
    auto fail = [&](const QString& problem) {
        report.problems.append(problem);
        report.imported = 0;
        report.unitsCreated = 0;
        return report;
    };
    // The registry and the year's assessments are read once: the import is linear in its rows.
    const auto registered = units();
    if (!registered)
        return fail(registered.error());
    QHash<QString, Unit> byCode;
    QHash<QString, Unit> byKey; // a unit by its name's or its code's match key
    for (const Unit& u : registered.value()) {
        byCode.insert(u.code, u);
        byKey.insert(matchKey(u.code), u);
        byKey.insert(matchKey(u.name), u);
    }
    const auto assessed = AssessmentTable(*m_file).forYear(year);
    if (!assessed)
        return fail(assessed.error());
    QHash<qint64, AssessmentRef> assessmentOf;
    for (const AssessmentRef& a : assessed.value())
        assessmentOf.insert(a.unitId, a);

    // Every row against the registry and the other rows, before anything is written: a unit
    // named twice (by its code on one line, its name on another) is refused naming both lines.
    QList<std::optional<Unit>> targets;
    targets.reserve(rows.size());
    QHash<qint64, int> lineOfUnit;
    QHash<QString, int> lineOfNewCode;
    for (const HistoricRow& row : rows) {
        std::optional<Unit> found;
        if (const auto c = byCode.constFind(row.unit); c != byCode.cend())
            found = *c;
        else if (const auto k = byKey.constFind(matchKey(row.unit)); k != byKey.cend())
            found = *k;
        targets.append(found);
        if (found) {
            if (const auto first = lineOfUnit.constFind(found->id); first != lineOfUnit.cend())
                report.problems.append(
                    row.where + QStringLiteral(": ") +
                    tr("%1 (%2) already has its results on line %3").arg(found->name, found->code).arg(*first));
            lineOfUnit.insert(found->id, row.line);
            const auto a = assessmentOf.constFind(found->id);
            if (found->group != row.group)
                report.problems.append(
                    row.where + QStringLiteral(": ") +
                    tr("unit %1 is in group %2, not %3")
                        .arg(found->code, UnitGroups::code(found->group), UnitGroups::code(row.group)));
            else if (a != assessmentOf.cend() && !a->historic)
                report.problems.append(row.where + QStringLiteral(": ") +
                                       tr("unit %1 already has a scored assessment for %2").arg(found->code).arg(year));
            continue;
        }
        const QString code = codeFromName(row.unit);
        if (byCode.contains(code))
            report.problems.append(
                row.where + QStringLiteral(": ") +
                tr("no unit is named \"%1\", and its code %2 belongs to another unit").arg(row.unit, code));
        else if (const auto first = lineOfNewCode.constFind(code); first != lineOfNewCode.cend())
            report.problems.append(row.where + QStringLiteral(": ") +
                                   tr("\"%1\" would be registered with the code %2, like the unit on line %3")
                                       .arg(row.unit, code)
                                       .arg(*first));
        lineOfNewCode.insert(code, row.line);
    }
    if (!report.problems.isEmpty())
        return report;

    Transaction t(*m_file);
    UnitTable unitTable(*m_file);
    QList<UnitDraft> newUnits;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!targets[i])
            newUnits.append({QString(), rows[i].unit, rows[i].group, true});
    }
    const QList<Result<Unit>> added = unitTable.addAll(newUnits);
    AssessmentTable assessments(*m_file);
    qsizetype next = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const HistoricRow& row = rows[i];
        std::optional<Unit> unit = targets[i];
        if (!unit) {
            const Result<Unit>& created = added[next++];
            if (!created)
                return fail(row.where + QStringLiteral(": ") + created.error());
            unit = created.value();
            ++report.unitsCreated;
        }
        if (Status s = assessments.setHistoric(unit->id, unit->code, year, row.figures); !s)
            return fail(row.where + QStringLiteral(": ") + s.error());
        ++report.imported;
    }
    if (Status s = t.commit(); !s)
        return fail(s.error());
    if (report.unitsCreated > 0)
        emit unitsChanged();
    emit resultsChanged();
    return report;
}

Status Centre::recordScores(const QString& unitCode, int year, const CriteriaSetPtr& set, const ItemInputs& inputs)
{
    if (!set)
        return Status::failure(tr("choose a criteria set"));
    const auto u = requireUnit(unitCode);
    if (!u)
        return Status::failure(u.error());
    if (set->group != u->group)
        return Status::failure(
            tr("criteria set %1 is for the group %2, not %3")
                .arg(set->id, UnitGroups::displayName(set->group), UnitGroups::displayName(u->group)));
    if (const QString why = UnitGroups::notAssessedIn(u->group, year); !why.isEmpty())
        return Status::failure(why);
    AssessmentTable assessments(*m_file);
    Transaction t(*m_file);
    const auto existing = assessments.find(u->id, year);
    if (!existing)
        return Status::failure(existing.error());
    AssessmentRef ref;
    if (existing.value()) {
        if (existing.value()->historic || existing.value()->setSha256 != set->sha256)
            return Status::failure(tr("%1 already has results for %2 on another basis").arg(u->name).arg(year));
        ref = *existing.value();
    } else {
        const auto created = assessments.createScored(u->id, year, *set);
        if (!created)
            return Status::failure(created.error());
        ref = created.value();
    }
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
        if (Status s = assessments.setInput(ref, *set, it.key(), it.value()); !s)
            return s;
    }
    if (Status s = t.commit(); !s)
        return s;
    emit resultsChanged();
    return {};
}

} // namespace parindex
