#include "ui/unit/AssessmentFilterProxy.h"

#include "core/common/Text.h"
#include "ui/unit/AssessmentTreeModel.h"

namespace parindex::ui {

AssessmentFilterProxy::AssessmentFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void AssessmentFilterProxy::setMode(Mode mode)
{
    m_mode = mode;
    invalidateRowsFilter();
}

void AssessmentFilterProxy::setSearch(const QString& text)
{
    m_search = searchKey(text);
    invalidateRowsFilter();
}

bool AssessmentFilterProxy::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    if (!index.data(AssessmentTreeModel::IsLeafRole).toBool())
        return m_mode == Mode::All && m_search.isEmpty();
    const auto status = ItemStatus(index.data(AssessmentTreeModel::StatusRole).toInt());
    bool ok = true;
    switch (m_mode) {
    case Mode::All:
        break;
    case Mode::NotScored:
        ok = status == ItemStatus::NotScored;
        break;
    case Mode::WithoutEvidence:
        ok = claimedWithoutEvidence(status);
        break;
    case Mode::WithProblems:
        ok = needsAttention(status);
        break;
    case Mode::Requested:
        ok = index.data(AssessmentTreeModel::RequestedRole).toBool();
        break;
    }
    if (ok && !m_search.isEmpty()) {
        const QString code = index.data(AssessmentTreeModel::CodeRole).toString();
        const QString title = sourceModel()->index(row, AssessmentTreeModel::TitleColumn, parent).data().toString();
        ok = code.startsWith(m_search) || searchKey(title).contains(m_search);
    }
    return ok;
}

} // namespace parindex::ui
