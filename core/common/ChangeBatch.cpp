#include "core/common/ChangeBatch.h"

#include "core/store/DataFile.h"

namespace parindex {

ChangeBatch::ChangeBatch(std::unique_ptr<Transaction> transaction) : m_transaction(std::move(transaction)) {}
ChangeBatch::ChangeBatch(ChangeBatch&&) noexcept = default;
ChangeBatch& ChangeBatch::operator=(ChangeBatch&&) noexcept = default;
ChangeBatch::~ChangeBatch() = default;

bool ChangeBatch::started() const
{
    return m_transaction && m_transaction->started();
}

Status ChangeBatch::commit()
{
    if (!m_transaction)
        return Status::failure(QCoreApplication::translate("DataFile", "no transaction is open: %1").arg(QString()));
    return m_transaction->commit();
}

} // namespace parindex
