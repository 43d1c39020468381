#pragma once

#include "DataFile.h"
#include "criteria/CriteriaSet.h"
#include "scoring/Evaluation.h"

#include <QHash>

#include <optional>

namespace parindex {

// Final figures of a year scored elsewhere (imported historic results).
struct HistoricFigures
{
    Points appraised;
    Points survey;
    Points bonus;
    Points penalty;
    Points max = Points::whole(100);

    Points total() const { return max_(Points(), appraised + survey + bonus - penalty); }

private:
    static Points max_(Points a, Points b) { return a < b ? b : a; }
};

struct AssessmentRef
{
    qint64 id = 0;
    qint64 unitId = 0;
    int year = 0;
    bool historic = false;
    QString setSha256;
};

struct StoredInput
{
    ItemInput input;
    QString explanation;
};

// Assessments (one per unit and year), their item inputs and historic figures.
class Assessments
{
    Q_DECLARE_TR_FUNCTIONS(Assessments)

public:
    explicit Assessments(DataFile& file) : m_file(file) {}

    // Keeps a copy of the set in the data file so that the file stays readable on its own.
    Status storeSet(const CriteriaSet& set);
    // A set stored in this file (by content hash); cached per process.
    CriteriaSetPtr storedSet(const QString& sha256) const;

    std::optional<AssessmentRef> find(qint64 unitId, int year) const;
    QList<AssessmentRef> forYear(int year) const;
    QList<int> years() const;

    Result<AssessmentRef> createScored(qint64 unitId, int year, const CriteriaSet& set);

    QHash<QString, StoredInput> storedInputs(qint64 assessmentId) const;
    ItemInputs inputs(qint64 assessmentId) const;
    // Sets one item's input after checking it against the item's rule; audited. An input
    // that breaks the rule is refused with the reason and nothing changes.
    Status setInput(const AssessmentRef& a, const CriteriaSet& set, const QString& itemCode, const ItemInput& input);
    Status setExplanation(const AssessmentRef& a, const QString& itemCode, const QString& text);

    std::optional<HistoricFigures> historic(qint64 assessmentId) const;
    // Creates or replaces a unit's historic figures for a year; audited.
    Status setHistoric(qint64 unitId, const QString& unitCode, int year, const HistoricFigures& f);

private:
    DataFile& m_file;
};

} // namespace parindex
