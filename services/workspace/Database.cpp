// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/workspace/Database.h"

#include "services/workspace/Statement.h"

#include <QFile>

#include <sqlite3.h>

namespace valuator {

namespace {

QByteArray nativePath(const QString& path)
{
#ifdef Q_OS_WIN
    return path.toUtf8(); // SQLite's Windows VFS expects UTF-8 and converts to UTF-16 itself
#else
    return QFile::encodeName(path); // POSIX: the bytes open() expects
#endif
}

} // namespace

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::~Database()
{
    // close_v2 defers the close until any Statement still alive is finalized.
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX; // one connection per thread: no need for SQLite's connection mutex
    switch (mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(nativePath(path).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = toError(db, rc, QStringLiteral("open '%1'").arg(path));
        sqlite3_close_v2(db); // a handle is returned even on failure (unless out of memory)
        return fail(std::move(error));
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    return std::unique_ptr<Database>(new Database(db, path));
}

Status Database::exec(const QString& sql)
{
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(toError(m_db, rc, QStringLiteral("exec '%1'").arg(sql.left(200))));
    return {};
}

Result<Statement> Database::prepare(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, &tail);
    if (rc != SQLITE_OK)
        return fail(toError(m_db, rc, QStringLiteral("prepare '%1'").arg(sql.left(200))));
    Statement statement(m_db, stmt);
    // Only the first statement is compiled; silently dropping the rest would hide a programming error.
    const QByteArray rest = QByteArray(tail).trimmed();
    if (!stmt || (!rest.isEmpty() && rest != ";")) {
        return fail(ErrorCode::Database, tr("Internal error: invalid database query."),
            QStringLiteral("prepare expects exactly one statement: '%1'").arg(sql.left(200)));
    }
    return statement;
}

Result<Statement> Database::queryRow(const QString& sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return fail(stmt.error());
    auto step = stmt->step();
    if (!step)
        return fail(step.error());
    if (*step != Statement::Step::Row)
        return fail(ErrorCode::NotFound, tr("The workspace has no such value."), QStringLiteral("no row: ") + sql);
    return std::move(*stmt);
}

Result<qint64> Database::queryInt64(const QString& sql)
{
    return queryRow(sql).map([](const Statement& row) { return row.columnInt64(0); });
}

Result<QString> Database::queryText(const QString& sql)
{
    return queryRow(sql).map([](const Statement& row) { return row.columnText(0); });
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

Error Database::toError(sqlite3* db, int rc, const QString& context)
{
    QString user;
    switch (rc & 0xff) { // primary code; the extended code stays in detail
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        user = tr("The workspace is busy: another window or program is writing to it. Try again in a moment.");
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        user = tr("The workspace cannot be written to (the file or its folder is read-only).");
        break;
    case SQLITE_FULL:
        user = tr("The disk is full: the workspace could not be saved.");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        user = tr("The workspace file is damaged or is not a database.");
        break;
    case SQLITE_CANTOPEN:
        user = tr("The workspace file could not be opened.");
        break;
    case SQLITE_IOERR:
        user = tr("Reading or writing the workspace file failed.");
        break;
    case SQLITE_CONSTRAINT:
        user = tr("The change was rejected by a rule of the workspace.");
        break;
    default:
        user = tr("The workspace database reported an error.");
        break;
    }
    const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromLatin1(sqlite3_errstr(rc));
    const QString detail = QStringLiteral("%1: SQLite error %2 (%3): %4")
                               .arg(context, QString::number(rc), QString::fromLatin1(sqlite3_errstr(rc)), message);
    return Error {ErrorCode::Database, user, detail};
}

} // namespace valuator
