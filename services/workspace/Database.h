// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

struct sqlite3;

namespace valuator {

class Statement;
class Transaction;

/// The project's only RAII wrapper over an SQLite connection (`sqlite3*`).
///
/// One connection, not thread-safe: use it from one thread at a time (one connection per thread; see
/// Workspace::openConnection()). It may be created on one thread and handed to another before use.
/// Every connection has extended result codes and a busy timeout of kBusyTimeoutMs, so a writer on another
/// connection makes us wait up to that long before SQLITE_BUSY. sqlite3.h stays out of this header so
/// widgets/ and app/ never see it.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode {
        ReadOnly, ///< the file must exist; no writes possible
        ReadWrite, ///< the file must exist
        Create, ///< read-write, creating the file when missing (with SQLite's default permissions)
    };

    static constexpr int kBusyTimeoutMs = 5000;

    /// Opens `path`. Note SQLite does not read the file here: a non-database file fails on the first query.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }

    /// Runs one or more `;`-separated statements that return no rows (DDL, pragmas, simple writes).
    Status exec(const QString& sql);
    /// Compiles exactly one statement. The Statement must not outlive this Database.
    Result<Statement> prepare(const QString& sql);
    /// First column of the first row of `sql` (for counts and pragmas); NotFound when there is no row.
    Result<qint64> queryInt64(const QString& sql);
    Result<QString> queryText(const QString& sql);

    /// True while a transaction is open on this connection (sqlite3_get_autocommit() == 0).
    bool inTransaction() const;
    /// True when the connection cannot write (opened ReadOnly, or the file is write-protected).
    bool isReadOnly() const;
    qint64 lastInsertRowId() const;
    /// Rows changed by the most recent INSERT/UPDATE/DELETE on this connection.
    qint64 changes() const;

    /// Version of the SQLite library in use (sqlite3_libversion()), e.g. "3.40.1".
    static QString libraryVersion();

private:
    friend class Statement;
    friend class Transaction;

    Database(sqlite3* db, QString path);
    /// Prepares `sql` and steps to its first row (NotFound when there is none).
    Result<Statement> queryRow(const QString& sql);
    /// The single conversion of an SQLite result code (+ sqlite3_errmsg of `db`, may be null) into an Error
    /// with ErrorCode::Database. `context` says what we were doing; it goes into `detail` only.
    static Error toError(sqlite3* db, int rc, const QString& context);

    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace valuator
