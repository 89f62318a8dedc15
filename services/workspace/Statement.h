// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace valuator {

/// RAII wrapper over a prepared statement (`sqlite3_stmt*`), made by Database::prepare(). Move-only;
/// finalized in the destructor. Same thread rules as its Database, which must outlive it.
///
/// Bind indexes are 1-based (SQLite's `?1`); column indexes are 0-based. Text is UTF-8 in the database.
class Statement {
public:
    enum class Step {
        Row, ///< a result row is available through the column getters
        Done, ///< the statement has finished; reset() to run it again
    };

    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Status bindInt64(int index, qint64 value);
    Status bindDouble(int index, double value);
    /// Binds text; a null or empty QString binds '' (use bindNull() for NULL).
    Status bindText(int index, const QString& value);
    /// Binds a blob; an empty QByteArray binds a zero-length blob, not NULL.
    Status bindBlob(int index, const QByteArray& value);
    Status bindNull(int index);

    /// Advances to the next row. On error the statement must be reset() before it is run again.
    Result<Step> step();
    /// Steps once and expects Done (for INSERT/UPDATE/DELETE); a returned row is an error.
    Status run();
    /// Steps to the end, calling `onRow()` (returning Status) for each row; stops at the first error.
    template <class F> Status forEachRow(F onRow)
    {
        for (;;) {
            auto next = step();
            if (!next)
                return fail(next.error());
            if (*next == Step::Done)
                return {};
            if (auto status = onRow(); !status)
                return status;
        }
    }
    /// Rewinds to run again; bindings are kept (see clearBindings()).
    Status reset();
    void clearBindings();

    int columnCount() const;
    QString columnName(int column) const;
    bool columnIsNull(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    /// NULL reads as a null QString.
    QString columnText(int column) const;
    /// NULL reads as a null QByteArray.
    QByteArray columnBlob(int column) const;

private:
    friend class Database;
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    Status checkBind(int rc, int index);
    QString sqlText() const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace valuator
