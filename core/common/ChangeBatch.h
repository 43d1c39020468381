#pragma once

#include "core/common/Result.h"

#include <memory>

namespace parindex {

class Transaction;

// Several changes made through a service, saved together or not at all: until commit() they
// are one open transaction, and a batch dropped without commit() undoes them. Services hand
// these out (beginBatch); the database behind them stays private to core.
class ChangeBatch
{
public:
    ChangeBatch(ChangeBatch&&) noexcept;
    ChangeBatch& operator=(ChangeBatch&&) noexcept;
    ~ChangeBatch();

    bool started() const;
    Status commit();

private:
    friend class UnitAssessment;
    friend class Centre;
    explicit ChangeBatch(std::unique_ptr<Transaction> transaction);
    std::unique_ptr<Transaction> m_transaction;
};

} // namespace parindex
