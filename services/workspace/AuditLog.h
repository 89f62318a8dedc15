// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace valuator {

class Database;

/// What a caller records: who did what to which object, with free-form details.
struct AuditEntry {
    QString actor; ///< acting user, required
    QString action; ///< dotted verb, required: "workspace.create", "dataset.import", ...
    QString target; ///< affected object (e.g. "dataset:12"); empty is stored as NULL
    QJsonObject details; ///< stored as canonical JSON (compact, keys sorted)
};

/// One stored audit row.
struct AuditRecord {
    qint64 id = 0;
    QString timestamp; ///< UTC, ISO 8601 with milliseconds: "2024-05-01T09:30:00.123Z"
    QString actor;
    QString action;
    QString target; ///< null when the row has no target
    QString detailsJson; ///< exactly as stored (what the hash covers)
    QJsonObject details;
    QString prevHash;
    QString hash;
};

/// Result of AuditLog::verify(). `ok` is false at the first broken link; later rows are not examined.
struct AuditVerification {
    enum class Problem {
        None,
        ContentChanged, ///< the row's hash does not match its content (row edited, or hash replaced)
        PrevHashMismatch, ///< the row's prev_hash is not the previous row's hash (rows reordered or re-chained)
        IdGap, ///< ids are not consecutive from 1 (rows deleted)
    };
    bool ok = true;
    qint64 rowsChecked = 0; ///< rows found intact before the first broken one (all rows when ok)
    qint64 firstBrokenId = -1; ///< id of the first row that fails, -1 when ok
    Problem problem = Problem::None;
    QString reason; ///< translated explanation naming the broken link; empty when ok
};

/// The append-only, hash-chained audit log of a workspace (table `audit_log`, schema v1).
///
/// Append-only: SQLite triggers abort any UPDATE or DELETE. Tamper-evident: each row stores
///   hash = lowercase hex SHA-256( prev_hash + canonicalContent(row) )
/// with prev_hash = the previous row's hash, or 64 '0' for the first row. canonicalContent() is the UTF-8
/// compact JSON object with keys in sorted order
///   {"action":…,"actor":…,"details":"<details text exactly as stored>","id":<int>,"target":…|null,"ts":…}
/// Details enter as the stored string (not re-serialised), so the hash covers the exact stored bytes and
/// does not depend on how a future Qt formats JSON numbers. Ids run 1, 2, 3, ... without gaps.
/// A chain cannot reveal removal of its newest rows (truncation); anchor the head hash elsewhere for that.
///
/// All functions run on the calling thread's connection and may block up to the busy timeout.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    /// Appends one row and returns its id. Inside the caller's open transaction when there is one (so e.g. an
    /// import and its audit row commit together; use Transaction, i.e. BEGIN IMMEDIATE, so no other writer can
    /// slip in between reading the chain head and inserting), otherwise in a transaction of its own.
    static Result<qint64> append(Database& db, const AuditEntry& entry);
    /// Rows newest first (descending id), skipping `offset` rows, at most `limit` rows.
    static Result<QList<AuditRecord>> list(Database& db, qint64 offset, qint64 limit);
    static Result<qint64> count(Database& db);
    /// Walks the whole chain oldest first and reports the first broken link.
    static Result<AuditVerification> verify(Database& db);

    /// The hash chain's documented serialisation of a row (see the class comment). `detailsJson` and the
    /// other fields are taken from `record`; prevHash and hash are not part of it.
    static QByteArray canonicalContent(const AuditRecord& record);
    static QString computeHash(const QString& prevHash, const AuditRecord& record);
    /// prev_hash of the first row: 64 '0'.
    static QString genesisHash();

private:
    static Result<qint64> appendInTransaction(Database& db, const AuditEntry& entry);
};

} // namespace valuator
