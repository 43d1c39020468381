#pragma once

#include <QSortFilterProxyModel>

namespace parindex::ui {

// Filters the assessment tree to the items a user is looking for; a group stays while any item
// below it matches.
class AssessmentFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Mode
    {
        All,
        NotScored,
        WithoutEvidence,
        WithProblems,
        Requested // Sở Nội vụ asks for an explanation or evidence
    };

    explicit AssessmentFilterProxy(QObject* parent = nullptr);
    void setMode(Mode mode);
    void setSearch(const QString& text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    Mode m_mode = Mode::All;
    QString m_search;
};

} // namespace parindex::ui
