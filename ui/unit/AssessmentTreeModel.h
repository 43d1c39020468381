#pragma once

#include "core/unit/UnitAssessment.h"

#include <QAbstractItemModel>

namespace parindex::ui {

// The criteria set as a tree (area → criterion → sub-criterion, then bonus and penalty) with the
// unit's points and each item's status, and once Sở Nội vụ's feedback is in, its appraised points
// and comment beside them, the requested items highlighted. Relays UnitAssessment's change
// signals as dataChanged for the changed item and its ancestors only.
class AssessmentTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        MaxColumn,
        PointsColumn,
        StatusColumn,
        Round1Column,  // Sở Nội vụ's round-1 points (after its feedback)
        Round2Column,  // round 2, the final points
        CommentColumn, // the appraisal's latest comment
        ColumnCount
    };
    static constexpr int CodeRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2;
    static constexpr int IsLeafRole = Qt::UserRole + 3;
    static constexpr int RequestedRole = Qt::UserRole + 4; // Sở Nội vụ asks for an explanation or evidence

    explicit AssessmentTreeModel(std::shared_ptr<UnitAssessment> assessment, QObject* parent = nullptr);

    QModelIndex indexForCode(const QString& code) const;
    // The unit's rule for where an item stands (core/unit/ItemStatus.h), not one of its own.
    ItemStatus statusOf(const QString& code) const { return m_assessment->status(code); }
    static QString statusText(ItemStatus s);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        const CriteriaNode* node = nullptr; // null for the root and the bonus/penalty groups
        QString code;
        QString title;
        int parent = -1;
        int row = 0;
        QList<int> children;
        int selfLeaves = 0;   // leaves below scored by the unit
        int surveyLeaves = 0; // leaves below scored by the survey
        int section = 0;      // 1 for the bonus group row, 2 for the penalty group row
    };
    int add(const CriteriaNode* node, const QString& code, const QString& title, int parent);
    void addTree(const CriteriaNode& node, int parent);
    void countLeaves(int id);
    void itemChanged(const QString& code);
    void evidenceChanged();
    void feedbackChanged();
    QVariant display(const Entry& e, int column) const;
    QVariant appraised(const Entry& e, int column) const;

    std::shared_ptr<UnitAssessment> m_assessment;
    QList<Entry> m_entries; // 0 is the invisible root
    QHash<QString, int> m_byCode;
};

} // namespace parindex::ui
