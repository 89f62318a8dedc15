// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/workspace/Transaction.h"

#include "services/system/ServicesLog.h"
#include "services/workspace/Database.h"

#include <utility>

namespace valuator {

Result<Transaction> Transaction::begin(Database& db)
{
    if (auto status = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !status)
        return fail(status.error());
    return Transaction(&db);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

Transaction::~Transaction()
{
    if (!m_db)
        return;
    if (auto status = rollback(); !status)
        qCWarning(lcWorkspace) << "rollback failed:" << status.error().detail;
}

Status Transaction::commit()
{
    if (!m_db) {
        return fail(ErrorCode::Database, Database::tr("Internal error: invalid database query."),
            QStringLiteral("commit() on a finished transaction"));
    }
    if (auto status = m_db->exec(QStringLiteral("COMMIT")); !status)
        return status;
    m_db = nullptr;
    return {};
}

Status Transaction::rollback()
{
    if (!m_db)
        return {};
    // Some errors (e.g. SQLITE_FULL) make SQLite roll back on its own; ROLLBACK would then fail.
    if (m_db->inTransaction()) {
        if (auto status = m_db->exec(QStringLiteral("ROLLBACK")); !status)
            return status;
    }
    m_db = nullptr;
    return {};
}

} // namespace valuator
