// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/workspace/AuditLog.h"

#include "services/system/Sha256.h"
#include "services/workspace/Database.h"
#include "services/workspace/Statement.h"
#include "services/workspace/Transaction.h"

#include <QDateTime>
#include <QJsonDocument>

#include <utility>

namespace valuator {

namespace {

const QString kSelectColumns = QStringLiteral("SELECT id, ts, actor, action, target, details, prev_hash, hash "
                                              "FROM audit_log ");

AuditRecord readRecord(const Statement& row)
{
    AuditRecord r;
    r.id = row.columnInt64(0);
    r.timestamp = row.columnText(1);
    r.actor = row.columnText(2);
    r.action = row.columnText(3);
    r.target = row.columnText(4);
    r.detailsJson = row.columnText(5);
    r.details = QJsonDocument::fromJson(r.detailsJson.toUtf8()).object();
    r.prevHash = row.columnText(6);
    r.hash = row.columnText(7);
    return r;
}

Status bindRecord(Statement& insert, const AuditRecord& r)
{
    return insert.bindInt64(1, r.id)
        .and_then([&] { return insert.bindText(2, r.timestamp); })
        .and_then([&] { return insert.bindText(3, r.actor); })
        .and_then([&] { return insert.bindText(4, r.action); })
        .and_then([&] { return r.target.isNull() ? insert.bindNull(5) : insert.bindText(5, r.target); })
        .and_then([&] { return insert.bindText(6, r.detailsJson); })
        .and_then([&] { return insert.bindText(7, r.prevHash); })
        .and_then([&] { return insert.bindText(8, r.hash); });
}

/// Id and hash of the newest row, or {0, genesis hash} for an empty log.
Result<std::pair<qint64, QString>> chainHead(Database& db)
{
    auto head = db.prepare(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!head)
        return fail(head.error());
    auto step = head->step();
    if (!step)
        return fail(step.error());
    if (*step == Statement::Step::Done)
        return std::pair<qint64, QString>(0, AuditLog::genesisHash());
    return std::pair<qint64, QString>(head->columnInt64(0), head->columnText(1));
}

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditLog::canonicalContent(const AuditRecord& record)
{
    QJsonObject object; // QJsonObject keeps its keys sorted, which makes the serialisation canonical
    object.insert(QStringLiteral("id"), record.id);
    object.insert(QStringLiteral("ts"), record.timestamp);
    object.insert(QStringLiteral("actor"), record.actor);
    object.insert(QStringLiteral("action"), record.action);
    object.insert(QStringLiteral("target"), record.target.isNull() ? QJsonValue() : QJsonValue(record.target));
    object.insert(QStringLiteral("details"), record.detailsJson);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString AuditLog::computeHash(const QString& prevHash, const AuditRecord& record)
{
    Sha256 sha;
    sha.addData(prevHash.toUtf8());
    sha.addData(canonicalContent(record));
    return sha.hexResult();
}

Result<qint64> AuditLog::append(Database& db, const AuditEntry& entry)
{
    if (entry.actor.isEmpty() || entry.action.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, tr("An audit entry needs an actor and an action."),
            QStringLiteral("actor='%1' action='%2'").arg(entry.actor, entry.action));
    }
    if (db.inTransaction())
        return appendInTransaction(db, entry);
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto id = appendInTransaction(db, entry);
    if (!id)
        return id;
    if (auto status = tx->commit(); !status)
        return fail(status.error());
    return id;
}

Result<qint64> AuditLog::appendInTransaction(Database& db, const AuditEntry& entry)
{
    auto head = chainHead(db);
    if (!head)
        return fail(head.error());
    AuditRecord r;
    r.id = head->first + 1;
    r.prevHash = head->second;
    r.timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    r.actor = entry.actor;
    r.action = entry.action;
    r.target = entry.target.isEmpty() ? QString() : entry.target;
    r.detailsJson = QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
    r.hash = computeHash(r.prevHash, r);

    auto insert = db.prepare(QStringLiteral("INSERT INTO audit_log (id, ts, actor, action, target, details, "
                                            "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!insert)
        return fail(insert.error());
    if (auto status = bindRecord(*insert, r).and_then([&] { return insert->run(); }); !status)
        return fail(status.error());
    return r.id;
}

Result<QList<AuditRecord>> AuditLog::list(Database& db, qint64 offset, qint64 limit)
{
    auto query = db.prepare(kSelectColumns + QStringLiteral("ORDER BY id DESC LIMIT ?1 OFFSET ?2"));
    if (!query)
        return fail(query.error());
    if (auto status = query->bindInt64(1, limit).and_then([&] { return query->bindInt64(2, qMax<qint64>(0, offset)); });
        !status)
        return fail(status.error());
    QList<AuditRecord> records;
    for (;;) {
        auto step = query->step();
        if (!step)
            return fail(step.error());
        if (*step == Statement::Step::Done)
            return records;
        records.append(readRecord(*query));
    }
}

Result<qint64> AuditLog::count(Database& db)
{
    return db.queryInt64(QStringLiteral("SELECT count(*) FROM audit_log"));
}

Result<AuditVerification> AuditLog::verify(Database& db)
{
    auto query = db.prepare(kSelectColumns + QStringLiteral("ORDER BY id ASC"));
    if (!query)
        return fail(query.error());
    AuditVerification v;
    QString expectedPrev = genesisHash();
    qint64 previousId = 0;
    for (;;) {
        auto step = query->step();
        if (!step)
            return fail(step.error());
        if (*step == Statement::Step::Done)
            return v;
        const AuditRecord r = readRecord(*query);
        if (r.id != previousId + 1) {
            v.problem = AuditVerification::Problem::IdGap;
            v.reason = previousId == 0
                ? tr("The audit log starts at entry %1 instead of entry 1: earlier entries were deleted.").arg(r.id)
                : tr("Audit entry %1 follows entry %2: the entries in between were deleted.").arg(r.id).arg(previousId);
        } else if (r.prevHash != expectedPrev) {
            v.problem = AuditVerification::Problem::PrevHashMismatch;
            v.reason = previousId == 0
                ? tr("Audit entry 1 does not start the chain: its previous hash is not the initial value.")
                : tr("The link from audit entry %1 to entry %2 is broken: entry %2 does not carry the hash of entry "
                     "%1 (entries were reordered or re-chained).")
                      .arg(previousId)
                      .arg(r.id);
        } else if (computeHash(r.prevHash, r) != r.hash) {
            v.problem = AuditVerification::Problem::ContentChanged;
            v.reason = tr("Audit entry %1 was changed after it was written: its content no longer matches its hash.")
                           .arg(r.id);
        }
        if (v.problem != AuditVerification::Problem::None) {
            v.ok = false;
            v.firstBrokenId = r.id;
            return v;
        }
        expectedPrev = r.hash;
        previousId = r.id;
        ++v.rowsChecked;
    }
}

} // namespace valuator
