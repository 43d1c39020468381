#pragma once

#include "core/criteria/CriteriaSet.h"
#include "core/records/Assessment.h"
#include "core/scoring/Evaluation.h"
#include "core/store/DataFile.h"

#include <QHash>
#include <optional>

namespace parindex {

// Assessments (one per unit and year), their item inputs, historic figures and the criteria
// sets they were scored on.
class AssessmentTable
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentTable)

public:
    explicit AssessmentTable(DataFile& file) : m_file(file) {}

    // Keeps a copy of the set in the data file so that the file stays readable on its own.
    Status storeSet(const CriteriaSet& set);
    // A set stored in this file (by content hash); cached per process. Null when absent.
    Result<CriteriaSetPtr> storedSet(const QString& sha256) const;
    Result<QList<CriteriaSetPtr>> storedSets() const;

    Result<std::optional<AssessmentRef>> find(qint64 unitId, int year) const;
    Result<QList<AssessmentRef>> forYear(int year) const;
    Result<QList<int>> years() const;

    Result<AssessmentRef> createScored(qint64 unitId, int year, const CriteriaSet& set);

    Result<QHash<QString, StoredInput>> storedInputs(qint64 assessmentId) const;
    Result<ItemInputs> inputs(qint64 assessmentId) const;
    // Sets one item's input after checking it against the item's rule; audited. An input
    // that breaks the rule is refused with the reason and nothing changes.
    Status setInput(const AssessmentRef& a, const CriteriaSet& set, const QString& itemCode, const ItemInput& input);
    Status setExplanation(const AssessmentRef& a, const QString& itemCode, const QString& text);

    Result<std::optional<HistoricFigures>> historic(qint64 assessmentId) const;
    // Creates or replaces a unit's historic figures for a year; audited.
    Status setHistoric(qint64 unitId, const QString& unitCode, int year, const HistoricFigures& f);

private:
    Result<StoredInput> storedInput(qint64 assessmentId, const QString& itemCode) const;
    DataFile& m_file;
};

} // namespace parindex
