// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/workspace/Statement.h"

#include "services/workspace/Database.h"

#include <sqlite3.h>

#include <utility>

namespace valuator {

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt)
    : m_db(db)
    , m_stmt(stmt)
{
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt); // a no-op for nullptr
}

QString Statement::sqlText() const
{
    return m_stmt ? QString::fromUtf8(sqlite3_sql(m_stmt)).left(200) : QString();
}

Status Statement::checkBind(int rc, int index)
{
    if (rc != SQLITE_OK)
        return fail(Database::toError(m_db, rc, QStringLiteral("bind ?%1 of '%2'").arg(index).arg(sqlText())));
    return {};
}

Status Statement::bindInt64(int index, qint64 value)
{
    return checkBind(sqlite3_bind_int64(m_stmt, index, value), index);
}

Status Statement::bindDouble(int index, double value)
{
    return checkBind(sqlite3_bind_double(m_stmt, index, value), index);
}

Status Statement::bindText(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    // A null data pointer would bind NULL, so empty text gets an explicit "".
    const char* data = utf8.isEmpty() ? "" : utf8.constData();
    return checkBind(sqlite3_bind_text(m_stmt, index, data, int(utf8.size()), SQLITE_TRANSIENT), index);
}

Status Statement::bindBlob(int index, const QByteArray& value)
{
    if (value.isEmpty())
        return checkBind(sqlite3_bind_zeroblob(m_stmt, index, 0), index);
    return checkBind(
        sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT), index);
}

Status Statement::bindNull(int index)
{
    return checkBind(sqlite3_bind_null(m_stmt, index), index);
}

Result<Statement::Step> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    return fail(Database::toError(m_db, rc, QStringLiteral("step '%1'").arg(sqlText())));
}

Status Statement::run()
{
    auto result = step();
    if (!result)
        return fail(result.error());
    if (*result == Step::Row) {
        return fail(ErrorCode::Database, Database::tr("Internal error: invalid database query."),
            QStringLiteral("run() got a result row from '%1'").arg(sqlText()));
    }
    return {};
}

Status Statement::reset()
{
    const int rc = sqlite3_reset(m_stmt);
    if (rc != SQLITE_OK)
        return fail(Database::toError(m_db, rc, QStringLiteral("reset '%1'").arg(sqlText())));
    return {};
}

void Statement::clearBindings()
{
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    // Call _text before _bytes: the byte count refers to the UTF-8 form just produced.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    if (columnIsNull(column))
        return {};
    // A zero-length blob comes back as a null pointer: return an empty, non-null array for it.
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return size > 0 ? QByteArray(data, size) : QByteArray("");
}

} // namespace valuator
