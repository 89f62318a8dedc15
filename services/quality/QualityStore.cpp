// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/quality/QualityStore.h"

#include "services/datasets/DatasetWriter.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Database.h"
#include "services/workspace/Statement.h"
#include "services/workspace/Transaction.h"

#include <QDateTime>
#include <QJsonDocument>

namespace valuator {
namespace {

constexpr int64_t kChunkRows = 65536;

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Rows [begin, end) of every column of `table`, as fresh chunk columns.
std::vector<Column> slice(const Table& table, int64_t begin, int64_t end)
{
    std::vector<Column> out;
    out.reserve(size_t(table.columnCount()));
    for (const Column& c : table.columns()) {
        Column part(c.name(), c.type());
        part.reserve(end - begin);
        for (int64_t r = begin; r < end; ++r)
            part.appendFrom(c, r);
        out.push_back(std::move(part));
    }
    return out;
}

} // namespace

Result<std::pair<qint64, QString>> QualityStore::insertQualityReport(Database& db, const QualityRun& run,
    const DataContract& contract, const QString& contractSha256, const QDate& referenceDate)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto insert = db.prepare(
        QStringLiteral("INSERT INTO quality_reports (version_id, created_at, created_by, reference_date, contract_id, "
                       "contract_version, contract_sha256, checks_status, contract_gate, gate, report) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    if (!insert)
        return fail(insert.error());
    const QString createdAt = nowUtc();
    QualityRun stored = run;
    stored.createdAt = createdAt;
    Statement& s = *insert;
    Status status = s.bindInt64(1, run.version.id)
                        .and_then([&] { return s.bindText(2, createdAt); })
                        .and_then([&] { return s.bindText(3, run.createdBy); })
                        .and_then([&] { return s.bindText(4, referenceDate.toString(Qt::ISODate)); })
                        .and_then([&] { return s.bindText(5, contract.id); })
                        .and_then([&] { return s.bindText(6, contract.version); })
                        .and_then([&] { return s.bindText(7, contractSha256); })
                        .and_then([&] { return s.bindText(8, checkStatusName(run.report.status())); })
                        .and_then([&] { return s.bindText(9, ruleStatusName(run.contract.gate)); })
                        .and_then([&] { return s.bindText(10, qualityGateName(run.gate)); })
                        .and_then([&] { return s.bindText(11, compact(stored.toJson())); })
                        .and_then([&] { return s.run(); });
    if (!status)
        return fail(status.error());
    const qint64 id = db.lastInsertRowId();
    AuditEntry entry {run.createdBy, QStringLiteral("quality.profile"),
        QStringLiteral("dataset:%1").arg(run.version.refString()),
        QJsonObject {{QStringLiteral("report_id"), id}, {QStringLiteral("gate"), qualityGateName(run.gate)},
            {QStringLiteral("checks_status"), checkStatusName(run.report.status())},
            {QStringLiteral("contract"), contract.id}, {QStringLiteral("contract_version"), contract.version},
            {QStringLiteral("contract_sha256"), contractSha256},
            {QStringLiteral("contract_gate"), ruleStatusName(run.contract.gate)}}};
    if (auto audited = AuditLog::append(db, entry); !audited)
        return fail(audited.error());
    if (Status committed = tx->commit(); !committed)
        return fail(committed.error());
    return std::pair {id, createdAt};
}

Result<qint64> QualityStore::insertDriftReport(Database& db, const DriftRun& run, const QString& actor)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto insert = db.prepare(QStringLiteral("INSERT INTO drift_reports (reference_version_id, current_version_id, "
                                            "created_at, created_by, status, report) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!insert)
        return fail(insert.error());
    Statement& s = *insert;
    const QString status = driftStatusName(run.report.overall);
    Status done = s.bindInt64(1, run.reference.id)
                      .and_then([&] { return s.bindInt64(2, run.current.id); })
                      .and_then([&] { return s.bindText(3, nowUtc()); })
                      .and_then([&] { return s.bindText(4, actor); })
                      .and_then([&] { return s.bindText(5, status); })
                      .and_then([&] { return s.bindText(6, compact(run.report.toJson())); })
                      .and_then([&] { return s.run(); });
    if (!done)
        return fail(done.error());
    const qint64 id = db.lastInsertRowId();
    AuditEntry entry {actor, QStringLiteral("quality.drift"), QStringLiteral("dataset:%1").arg(run.current.refString()),
        QJsonObject {{QStringLiteral("report_id"), id}, {QStringLiteral("reference"), run.reference.refString()},
            {QStringLiteral("status"), status}}};
    if (auto audited = AuditLog::append(db, entry); !audited)
        return fail(audited.error());
    if (Status committed = tx->commit(); !committed)
        return fail(committed.error());
    return id;
}

Result<StoredQualityReport> QualityStore::latestQualityReport(Database& db, qint64 versionId)
{
    auto query = db.prepare(QStringLiteral("SELECT id, gate, created_at, created_by, report FROM quality_reports "
                                           "WHERE version_id = ?1 ORDER BY id DESC LIMIT 1"));
    if (!query)
        return fail(query.error());
    if (Status bound = query->bindInt64(1, versionId); !bound)
        return fail(bound.error());
    auto step = query->step();
    if (!step)
        return fail(step.error());
    if (*step == Statement::Step::Done)
        return fail(ErrorCode::NotFound, tr("This dataset version has no quality report yet: profile it first."));
    StoredQualityReport r;
    r.id = query->columnInt64(0);
    r.versionId = versionId;
    r.gate = qualityGateFromName(query->columnText(1)).value_or(QualityGate::Fail);
    r.createdAt = query->columnText(2);
    r.createdBy = query->columnText(3);
    r.report = QJsonDocument::fromJson(query->columnText(4).toUtf8()).object();
    return r;
}

Result<DatasetVersionInfo> QualityStore::writeCleanedVersion(Database& db, const DatasetVersionInfo& source,
    const Table& cleaned, const CleaningPlan& plan, const QJsonObject& stepsReport, const QString& actor,
    const ProgressFn& progress)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    NewVersion spec;
    spec.datasetName = source.datasetName;
    spec.kind = VersionKind::Clean;
    spec.parentId = source.id;
    spec.actor = actor;
    for (const Column& c : cleaned.columns()) {
        ColumnInfo info {c.name(), QString(), c.type(), QString()};
        for (const ColumnInfo& parent : source.columns)
            if (parent.name == c.name()) {
                info.field = parent.field;
                info.source = parent.source;
            }
        spec.columns.append(info);
    }
    spec.sourceName = source.sourceName;
    spec.sourceSha256 = source.sourceSha256;
    spec.sourceBytes = source.sourceBytes;
    spec.dialect = source.dialect;
    spec.mapping = source.mapping;
    auto writer = DatasetWriter::begin(db, spec);
    if (!writer)
        return fail(writer.error());
    const int64_t rows = cleaned.rowCount();
    for (int64_t begin = 0; begin < rows; begin += kChunkRows) {
        if (Status added = writer->addChunk(slice(cleaned, begin, std::min(rows, begin + kChunkRows))); !added)
            return fail(added.error());
        if (!reportProgress(progress, std::min(rows, begin + kChunkRows), rows))
            return fail(Error::cancelled());
    }
    QJsonObject report = stepsReport;
    report.insert(QStringLiteral("cleaning_plan"), plan.toJson());
    report.insert(QStringLiteral("parent"), source.refString());
    auto version = writer->finish(report);
    if (!version)
        return fail(version.error());
    if (Status committed = tx->commit(); !committed)
        return fail(committed.error());
    return version;
}

} // namespace valuator
