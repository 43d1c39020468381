#pragma once

#include "core/centre/Appraisal.h"
#include "core/centre/Inbox.h"
#include "core/centre/Survey.h"
#include "core/common/ChangeBatch.h"
#include "core/criteria/CriteriaSet.h"
#include "core/crypto/SigningKey.h"
#include "core/package/PackageFormat.h"
#include "core/package/SubmissionReader.h"
#include "core/records/KeyRecords.h"
#include "core/records/Unit.h"
#include "core/reports/ResultsReport.h"
#include "core/results/YearResults.h"

#include <QObject>
#include <memory>
#include <optional>

namespace parindex {

class DataFile;

struct TableImportReport
{
    QStringList problems; // every problem with its line; nothing was imported when not empty
    int imported = 0;
    int unitsCreated = 0;
    bool ok() const { return problems.isEmpty(); }
};

// The centre's service (Sở Nội vụ): the registry of units and their keys, the inbox and the
// import of signed packages, the criteria sets it knows, and the year's results. The GUI and the
// command line both work through it; every change is checked, saved in one transaction,
// audited and announced.
class Centre : public QObject
{
    Q_OBJECT

public:
    static Result<std::shared_ptr<Centre>> create(const QString& path);
    static Result<std::shared_ptr<Centre>> open(const QString& path);
    // A centre file already opened (see DataFiles::open).
    static Result<std::shared_ptr<Centre>> fromFile(std::shared_ptr<DataFile> file);
    ~Centre() override;

    QString path() const;
    // A read-only copy of a centre file open elsewhere (see DataFiles::openSnapshot): the file it
    // copies; empty for the file itself.
    QString snapshotOf() const;
    // Where received evidence files are kept, by content hash.
    QString evidenceFolder() const;
    void setActor(const QString& actor);

    // Units
    Result<QList<Unit>> units() const;
    Result<Unit> unit(const QString& code) const;
    // By code, or by name in any Unicode form and case.
    Result<std::optional<Unit>> findUnit(const QString& codeOrName) const;
    Result<Unit> addUnit(const UnitDraft& draft);
    Result<Unit> updateUnit(const QString& code, const UnitDraft& draft);
    // Only a unit the file holds nothing for (no assessment, key or package) can be removed.
    Status removeUnit(const QString& code);
    // What the file holds for a unit, in words; empty when nothing.
    Result<QString> unitReferences(const QString& code) const;
    // Registers every unit of a list (UnitList format), all or none.
    TableImportReport importUnits(const QByteArray& table);

    // Keys
    Result<QList<EnrolledKey>> keys(const QString& unitCode) const;
    // Reads a public key (PEM) as sent by a unit, without enrolling it.
    static Result<SigningKey> readPublicKey(const QByteArray& pem);
    // While the unit has a key in force, a new key is refused unless `replace` (which revokes the
    // old one in the same step): a unit signs with one key at a time.
    Status enrolKey(const QString& unitCode, const SigningKey& publicKey, bool replace = false);
    // Revokes one key of the unit, or all of them when keyId is empty; returns how many.
    Result<int> revokeKeys(const QString& unitCode, const QString& keyId = QString());

    // The centre's own signing key (feedback packages): the one in use and every one it used.
    Result<std::optional<OwnKeyInfo>> signingKey() const;
    Result<QList<OwnKeyInfo>> keyHistory() const;
    Result<OwnKeyInfo> createSigningKey(const QString& passphrase);
    Result<SigningKey> unlockSigningKey(const QString& passphrase);

    // The appraisal of the years' submissions (two rounds, feedback, approval).
    Appraisal& appraisal() { return *m_appraisal; }
    const Appraisal& appraisal() const { return *m_appraisal; }
    // The sociological survey's points.
    Survey& survey() { return *m_survey; }
    const Survey& survey() const { return *m_survey; }

    // Inbox
    Result<QList<int>> inboxYears() const;
    Result<QList<InboxEntry>> inbox(int year) const;
    // The data a unit submitted in one version, as signed.
    Result<package::SubmissionData> submittedData(qint64 submissionId) const;
    // Takes back a version accepted by mistake (e.g. a package numbered far ahead): it is kept
    // with the reason, the previous version is in force again, and the same package is refused
    // from then on. The reason is required. Audited.
    Status withdrawSubmission(qint64 submissionId, const QString& reason);

    // Importing packages. The reading (the slow part) touches no database and may run on a
    // worker thread: reader() gathers what it trusts here; accept() stores a verified package,
    // checking its freshness and key again in the same transaction.
    Result<SubmissionReader> reader(ImportLimits limits = {}) const;
    ImportOutcome accept(const PackageVerdict& verdict);
    // Both steps for one file, on this thread.
    ImportOutcome importPackage(const QString& path, const std::atomic_bool* cancel = nullptr);
    QString stagingFolder() const;

    // Criteria sets the centre knows beyond the shipped ones: all stored, or none.
    Status importSets(const QList<CriteriaSetPtr>& sets);
    Result<QList<CriteriaSetPtr>> knownSets() const;

    // Results
    Result<QList<int>> resultYears() const;
    Result<YearResults> results(int year, std::optional<UnitGroup> onlyGroup = std::nullopt) const;
    // The criteria set a unit's year is scored on: the set of its submission, else the year's
    // plan for its group, else the shipped set of that year and group; null when none.
    Result<CriteriaSetPtr> yearSet(int year, const Unit& unit) const;
    // Units of `year` formed from last year's units: the comparison with last year goes through
    // them. Mapping an old unit again moves it. Audited.
    Result<QList<UnitMapping>> unitMappings(int year) const;
    Status mapUnits(int year, const QStringList& oldCodes, const QString& newCode);
    // What the year's reports say beyond the figures: the issuer of its sets, the council's
    // approval, the survey version in force.
    Result<ReportContext> reportContext(int year) const;
    // The appraisers' comments on a unit's items (the latest round that has one), by item code.
    Result<QHash<QString, QString>> appraisalComments(int year, const QString& unitCode) const;
    // Final results of a year scored elsewhere; all or none; units absent are registered.
    TableImportReport importHistoricResults(int year, const QByteArray& table);
    // The scores the centre holds for a unit's year (the basis of its results), in one step.
    Status recordScores(const QString& unitCode, int year, const CriteriaSetPtr& set, const ItemInputs& inputs);

    ChangeBatch beginBatch();

signals:
    void unitsChanged();
    void keysChanged(const QString& unitCode);
    void inboxChanged();
    void resultsChanged();

private:
    explicit Centre(std::shared_ptr<DataFile> file);
    Result<Unit> requireUnit(const QString& code) const;
    Result<QHash<QString, CriteriaSetPtr>> setsByHash() const;
    Result<QList<SurveyUnit>> surveyUnits(int year) const;
    // The year's results without the comparison with the year before.
    Result<YearResults> resultsOf(int year, std::optional<UnitGroup> onlyGroup) const;

    std::shared_ptr<DataFile> m_file;
    std::unique_ptr<Appraisal> m_appraisal;
    std::unique_ptr<Survey> m_survey;
};

} // namespace parindex
