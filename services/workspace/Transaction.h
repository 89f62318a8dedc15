// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

namespace valuator {

class Database;

/// RAII write transaction: `BEGIN IMMEDIATE` on begin(), `ROLLBACK` in the destructor unless commit()
/// succeeded. IMMEDIATE takes the write lock up front, so a concurrent writer makes begin() wait (busy
/// timeout) instead of failing later at the first write or at COMMIT. Transactions do not nest: begin()
/// fails while the connection already has one open (check Database::inTransaction()).
class Transaction {
public:
    static Result<Transaction> begin(Database& db);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    /// Commits. On failure the transaction stays open and is rolled back by rollback() or the destructor.
    Status commit();
    Status rollback();
    /// True until commit() or rollback() succeeded.
    bool isActive() const { return m_db != nullptr; }

private:
    explicit Transaction(Database* db)
        : m_db(db)
    {
    }

    Database* m_db = nullptr;
};

} // namespace valuator
