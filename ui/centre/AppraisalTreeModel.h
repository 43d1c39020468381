#pragma once

#include "core/centre/Appraisal.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>
#include <memory>

namespace parindex::ui {

// One unit's year in appraisal as the criteria tree: per item the unit's own points, round 1,
// round 2 and the final points, with flags — changed since the unit's previous version, an
// explanation or evidence requested, answered in the unit's response. A group row shows the
// unit's and the final points of its items, and how many of them each round has appraised.
class AppraisalTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        MaxColumn,
        SelfColumn,
        Round1Column,
        Round2Column,
        FinalColumn,
        FlagsColumn,
        ColumnCount
    };
    static constexpr int CodeRole = Qt::UserRole + 1;
    static constexpr int IsLeafRole = Qt::UserRole + 2;
    static constexpr int AppraisableRole = Qt::UserRole + 3;  // a leaf the working group appraises
    static constexpr int NotAppraisedRole = Qt::UserRole + 4; // not yet in the current round
    static constexpr int DiffersRole = Qt::UserRole + 5;
    static constexpr int RequestedRole = Qt::UserRole + 6;
    static constexpr int AnsweredRole = Qt::UserRole + 7;
    static constexpr int ChangedRole = Qt::UserRole + 8;

    explicit AppraisalTreeModel(QObject* parent = nullptr);

    // The same unit and set again keeps the rows (and the view's selection and expansion).
    void setAppraisal(std::shared_ptr<const UnitAppraisal> appraisal);
    const UnitAppraisal* appraisal() const { return m_appraisal.get(); }
    std::shared_ptr<const UnitAppraisal> appraisalPtr() const { return m_appraisal; }
    const AppraisalItem* item(const QString& code) const;
    QModelIndex indexForCode(const QString& code) const;
    // The round whose progress the tree shows: the one being edited, else the last with data.
    int currentRound() const;
    // Items the current round has not appraised yet.
    int notAppraisedCount() const;

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
        int section = 0;    // 1 for the bonus group row, 2 for the penalty group row
        int leaves = 0;     // appraisable leaves below
        int round1Done = 0; // of those, appraised in round 1
        int round2Done = 0;
    };
    int add(const CriteriaNode* node, const QString& code, const QString& title, int parent);
    void addTree(const CriteriaNode& node, int parent);
    void build();
    void count(int id);
    bool notAppraised(const AppraisalItem& item) const;
    QVariant display(const Entry& e, int column) const;
    QString flags(const AppraisalItem& item) const;
    QString flagsTip(const AppraisalItem& item) const;

    std::shared_ptr<const UnitAppraisal> m_appraisal;
    QString m_setSha256;
    QList<Entry> m_entries; // 0 is the invisible root
    QHash<QString, int> m_byCode;
    QHash<QString, int> m_items; // code → index in m_appraisal->items
};

// Filters the appraisal tree: all, not yet appraised, differs from the self-score, changed by the
// unit, requested, answered; and by code or words of the title. A group stays while any item below
// it matches. Not dynamic: see refilter().
class AppraisalFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Mode
    {
        All,
        NotAppraised,
        Differs,
        Changed,
        Requested,
        Answered
    };

    explicit AppraisalFilterProxy(QObject* parent = nullptr);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setSearch(const QString& text);
    // Applies the filter to the rows as they are now.
    void refilter();

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    Mode m_mode = Mode::All;
    QString m_search;
};

} // namespace parindex::ui
