#include "UnitAssessment.h"

#include "common/Clock.h"
#include "common/Text.h"

#include <QFileInfo>
#include <QMimeDatabase>

namespace parindex {

namespace {
const QString kDeadlineKey = QStringLiteral("deadline");

QString sectionKey(ReportSection s)
{
    return s == ReportSection::Difficulties ? QStringLiteral("report/difficulties") : QStringLiteral("report/proposals");
}

} // namespace

UnitAssessment::UnitAssessment(std::shared_ptr<DataFile> file, Unit unit, AssessmentRef ref, CriteriaSetPtr set)
    : m_file(std::move(file)), m_unit(std::move(unit)), m_ref(std::move(ref)), m_set(std::move(set)),
      m_store(m_file->evidenceFolder())
{
    m_store.sweepTemporaries();
    reload();
}

Result<std::shared_ptr<UnitAssessment>> UnitAssessment::create(const QString& path, const UnitIdentity& identity,
                                                               int year, CriteriaSetPtr set)
{
    using R = Result<std::shared_ptr<UnitAssessment>>;
    if (!set)
        return R::failure(tr("choose a criteria set"));
    if (set->year != year)
        return R::failure(tr("criteria set %1 is for %2, not %3").arg(set->id).arg(set->year).arg(year));
    if (set->group != identity.group)
        return R::failure(tr("criteria set %1 is for the group %2, not %3")
                              .arg(set->id, UnitGroups::displayName(set->group), UnitGroups::displayName(identity.group)));
    auto created = DataFile::create(path, Role::Unit);
    if (!created)
        return R::failure(created.error());
    auto file = created.value();
    Transaction t(*file);
    auto unit = Units(*file).add(identity.code, identity.name, identity.group);
    if (!unit)
        return R::failure(unit.error());
    auto ref = Assessments(*file).createScored(unit->id, year, *set);
    if (!ref)
        return R::failure(ref.error());
    if (set->selfAssessmentDeadline.isValid()) {
        if (Status s = file->setMeta(kDeadlineKey, set->selfAssessmentDeadline.toUTC().toString(Qt::ISODate)); !s)
            return R::failure(s.error());
    }
    if (Status s = t.commit(); !s)
        return R::failure(s.error());
    return std::shared_ptr<UnitAssessment>(new UnitAssessment(file, unit.value(), ref.value(), set));
}

Result<std::shared_ptr<UnitAssessment>> UnitAssessment::open(const QString& path)
{
    using R = Result<std::shared_ptr<UnitAssessment>>;
    auto opened = DataFile::open(path);
    if (!opened)
        return R::failure(opened.error());
    auto file = opened.value();
    if (file->role() != Role::Unit)
        return R::failure(tr("%1 is a centre's data file, not a unit's").arg(QFileInfo(path).fileName()));
    const QList<Unit> units = Units(*file).all();
    if (units.size() != 1)
        return R::failure(tr("%1 does not hold exactly one unit").arg(QFileInfo(path).fileName()));
    Assessments assessments(*file);
    const QList<int> years = assessments.years();
    if (years.isEmpty())
        return R::failure(tr("%1 holds no assessment").arg(QFileInfo(path).fileName()));
    const auto ref = assessments.find(units.first().id, years.first());
    if (!ref || ref->historic)
        return R::failure(tr("%1 holds no scored assessment").arg(QFileInfo(path).fileName()));
    const CriteriaSetPtr set = assessments.storedSet(ref->setSha256);
    if (!set)
        return R::failure(tr("the criteria set stored in %1 cannot be read").arg(QFileInfo(path).fileName()));
    return std::shared_ptr<UnitAssessment>(new UnitAssessment(file, units.first(), *ref, set));
}

void UnitAssessment::reload()
{
    m_inputs = Assessments(*m_file).storedInputs(m_ref.id);
    m_evaluation = evaluate(*m_set, inputs());
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

Status UnitAssessment::refuseWhenLocked() const
{
    if (isLocked())
        return Status::failure(tr("the self-assessment closed on %1; it can no longer be changed")
                                   .arg(QLocale().toString(deadline()->toLocalTime(), QLocale::ShortFormat)));
    return {};
}

Status UnitAssessment::setInput(const QString& code, const ItemInput& input)
{
    if (Status s = refuseWhenLocked(); !s)
        return s;
    if (Status s = Assessments(*m_file).setInput(m_ref, *m_set, code, input); !s)
        return s;
    reload();
    emit itemChanged(code);
    return {};
}

Status UnitAssessment::setExplanation(const QString& code, const QString& text)
{
    if (Status s = refuseWhenLocked(); !s)
        return s;
    if (!m_set->find(code))
        return Status::failure(tr("the criteria set has no item %1").arg(code));
    if (Status s = Assessments(*m_file).setExplanation(m_ref, code, text); !s)
        return s;
    reload();
    emit itemChanged(code);
    return {};
}

QList<EvidenceDocument> UnitAssessment::evidence() const
{
    return EvidenceRecords(*m_file).forAssessment(m_ref.id);
}

QList<EvidenceDocument> UnitAssessment::evidenceFor(const QString& code) const
{
    QList<EvidenceDocument> out;
    for (const EvidenceDocument& d : evidence()) {
        if (d.items.contains(code))
            out.append(d);
    }
    return out;
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
    if (Status s = refuseWhenLocked(); !s)
        return s;
    for (const QString& code : metadata.items) {
        if (!m_set->find(code))
            return Status::failure(tr("the criteria set has no item %1").arg(code));
    }
    return {};
}

Result<StoredBlob> UnitAssessment::storeFile(const EvidenceStore& store, const QString& path,
                                             const std::function<void(qint64)>& progress, const std::atomic_bool* cancel)
{
    EvidenceStore copy(store.folder());
    return copy.addFile(path, progress, cancel);
}

Result<qint64> UnitAssessment::record(const StoredBlob& blob, const QString& path, const EvidenceDocument& metadata)
{
    using R = Result<qint64>;
    if (Status s = checkAttachable(metadata); !s)
        return R::failure(s.error());
    EvidenceRecords records(*m_file);
    for (const EvidenceDocument& existing : records.forAssessment(m_ref.id)) {
        if (existing.sha256 != blob.sha256)
            continue;
        Transaction t(*m_file);
        for (const QString& code : metadata.items) {
            if (Status s = records.link(existing.id, code); !s)
                return R::failure(s.error());
        }
        if (Status s = t.commit(); !s)
            return R::failure(s.error());
        emit evidenceChanged();
        return existing.id;
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
    if (id)
        emit evidenceChanged();
    return id;
}

Status UnitAssessment::changeEvidence(const std::function<Status(EvidenceRecords&)>& change)
{
    if (Status s = refuseWhenLocked(); !s)
        return s;
    EvidenceRecords records(*m_file);
    Status s = change(records);
    if (s)
        emit evidenceChanged();
    return s;
}

Status UnitAssessment::link(qint64 evidenceId, const QString& code)
{
    if (!m_set->find(code))
        return Status::failure(tr("the criteria set has no item %1").arg(code));
    return changeEvidence([&](EvidenceRecords& r) { return r.link(evidenceId, code); });
}

Status UnitAssessment::unlink(qint64 evidenceId, const QString& code)
{
    return changeEvidence([&](EvidenceRecords& r) { return r.unlink(evidenceId, code); });
}

Status UnitAssessment::updateEvidence(const EvidenceDocument& doc)
{
    return changeEvidence([&](EvidenceRecords& r) { return r.update(doc); });
}

Status UnitAssessment::removeEvidence(qint64 evidenceId)
{
    return changeEvidence([&](EvidenceRecords& r) { return r.remove(evidenceId); });
}

QString UnitAssessment::reportText(ReportSection section) const
{
    return m_file->meta(sectionKey(section));
}

Status UnitAssessment::setReportText(ReportSection section, const QString& text)
{
    if (Status s = refuseWhenLocked(); !s)
        return s;
    const QString clean = normalized(text);
    const QString old = reportText(section);
    Transaction t(*m_file);
    if (Status s = m_file->setMeta(sectionKey(section), clean); !s)
        return s;
    if (Status s = m_file->audit(QStringLiteral("report"), sectionKey(section), QString(), old, clean); !s)
        return s;
    if (Status s = t.commit(); !s)
        return s;
    emit reportTextChanged();
    return {};
}

std::optional<QDateTime> UnitAssessment::deadline() const
{
    const QString text = m_file->meta(kDeadlineKey);
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? std::optional(dt) : std::nullopt;
}

Status UnitAssessment::setDeadline(const std::optional<QDateTime>& when)
{
    const QString value = when ? when->toUTC().toString(Qt::ISODate) : QString::fromLatin1("");
    const QString old = m_file->meta(kDeadlineKey);
    Transaction t(*m_file);
    if (Status s = m_file->setMeta(kDeadlineKey, value); !s)
        return s;
    if (Status s = m_file->audit(QStringLiteral("deadline"), QString(), QString(), old, value); !s)
        return s;
    if (Status s = t.commit(); !s)
        return s;
    emit deadlineChanged();
    return {};
}

bool UnitAssessment::isLocked() const
{
    const auto d = deadline();
    return d && Clock::now() > *d;
}

} // namespace parindex
