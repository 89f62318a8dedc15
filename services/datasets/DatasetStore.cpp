// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/datasets/DatasetStore.h"

#include "models/table/ColumnCodec.h"
#include "services/datasets/DatasetSql.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Database.h"
#include "services/workspace/Statement.h"
#include "services/workspace/Transaction.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace valuator {

namespace {

constexpr int kMaxNamesListed = 10;

/// "1–3, 5, 7–9" for sorted version numbers.
QString versionRanges(const QList<qint64>& versions)
{
    QStringList parts;
    for (qsizetype i = 0; i < versions.size();) {
        qsizetype j = i;
        while (j + 1 < versions.size() && versions.at(j + 1) == versions.at(j) + 1)
            ++j;
        parts << (j == i ? QString::number(versions.at(i))
                         : QStringLiteral("%1–%2").arg(versions.at(i)).arg(versions.at(j)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

Result<QList<qint64>> versionNumbers(Database& db, qint64 datasetId)
{
    auto query
        = db.prepare(QStringLiteral("SELECT version FROM dataset_versions WHERE dataset_id = ?1 ORDER BY version"));
    if (!query)
        return fail(query.error());
    if (auto status = query->bindInt64(1, datasetId); !status)
        return fail(status.error());
    QList<qint64> numbers;
    auto status = query->forEachRow([&]() -> Status {
        numbers.append(query->columnInt64(0));
        return {};
    });
    if (!status)
        return fail(status.error());
    return numbers;
}

/// "0,1,4" for an SQL IN list of column positions.
QString positionList(const QList<int>& positions)
{
    QStringList parts;
    for (int p : positions)
        parts << QString::number(p);
    return parts.join(QLatin1Char(','));
}

} // namespace

Result<QList<DatasetSummary>> DatasetStore::listDatasets(Database& db)
{
    QList<DatasetSummary> datasets;
    QHash<qint64, qsizetype> datasetIndex;
    auto query = db.prepare(QStringLiteral("SELECT id, name, created_at, created_by FROM datasets ORDER BY name"));
    if (!query)
        return fail(query.error());
    auto status = query->forEachRow([&]() -> Status {
        datasetIndex.insert(query->columnInt64(0), datasets.size());
        datasets.append({query->columnInt64(0), query->columnText(1), query->columnText(2), query->columnText(3), {}});
        return {};
    });
    if (!status)
        return fail(status.error());

    // Versions and columns of all datasets at once; (dataset index, version index) per version id.
    QHash<qint64, std::pair<qsizetype, qsizetype>> versionIndex;
    query = db.prepare(datasetsql::kSelectVersion + QStringLiteral("ORDER BY v.dataset_id, v.version"));
    if (!query)
        return fail(query.error());
    status = query->forEachRow([&]() -> Status {
        auto version = datasetsql::readVersion(*query);
        if (!version)
            return fail(version.error());
        const qsizetype d = datasetIndex.value(version->datasetId, -1);
        if (d >= 0) {
            versionIndex.insert(version->id, {d, datasets[d].versions.size()});
            datasets[d].versions.append(std::move(*version));
        }
        return {};
    });
    if (!status)
        return fail(status.error());

    query = db.prepare(datasetsql::kSelectColumn + QStringLiteral("ORDER BY version_id, position"));
    if (!query)
        return fail(query.error());
    status = query->forEachRow([&]() -> Status {
        auto column = datasetsql::readColumn(*query);
        if (!column)
            return fail(column.error());
        const auto where = versionIndex.value(query->columnInt64(0), {-1, -1});
        if (where.first >= 0)
            datasets[where.first].versions[where.second].columns.append(std::move(*column));
        return {};
    });
    if (!status)
        return fail(status.error());
    return datasets;
}

Result<DatasetVersionInfo> DatasetStore::version(Database& db, qint64 versionId)
{
    auto query = db.prepare(datasetsql::kSelectVersion + QStringLiteral("WHERE v.id = ?1"));
    if (!query)
        return fail(query.error());
    auto step = query->bindInt64(1, versionId).and_then([&] { return query->step(); });
    if (!step)
        return fail(step.error());
    if (*step != Statement::Step::Row) {
        return fail(ErrorCode::NotFound, tr("The dataset version does not exist (any more)."),
            QStringLiteral("no dataset_versions row with id %1").arg(versionId));
    }
    auto info = datasetsql::readVersion(*query);
    if (!info)
        return info;
    if (auto status = datasetsql::loadColumns(db, *info); !status)
        return fail(status.error());
    return info;
}

Error DatasetStore::noSuchDataset(Database& db, const QString& name)
{
    const QString detail = QStringLiteral("no dataset named '%1'").arg(name);
    QStringList names;
    auto query
        = db.prepare(QStringLiteral("SELECT name FROM datasets ORDER BY name LIMIT %1").arg(kMaxNamesListed + 1));
    if (query) {
        (void)query->forEachRow([&]() -> Status {
            names << query->columnText(0);
            return {};
        });
    }
    if (names.isEmpty())
        return {ErrorCode::NotFound, tr("There is no dataset named '%1': the workspace has no datasets yet.").arg(name),
            detail};
    if (names.size() > kMaxNamesListed) {
        names.resize(kMaxNamesListed);
        names << QStringLiteral("…");
    }
    return {ErrorCode::NotFound,
        tr("There is no dataset named '%1'. Datasets in this workspace: %2.")
            .arg(name, names.join(QStringLiteral(", "))),
        detail};
}

Result<DatasetVersionInfo> DatasetStore::resolve(Database& db, const DatasetRef& ref)
{
    auto datasetId = datasetsql::findDatasetId(db, ref.name);
    if (!datasetId)
        return fail(datasetId.error());
    if (*datasetId == 0)
        return fail(noSuchDataset(db, ref.name));
    auto numbers = versionNumbers(db, *datasetId);
    if (!numbers)
        return fail(numbers.error());
    if (numbers->isEmpty()) {
        return fail(ErrorCode::NotFound, tr("Dataset '%1' has no versions.").arg(ref.name),
            QStringLiteral("dataset %1 without versions").arg(*datasetId));
    }
    const qint64 wanted = ref.isLatest() ? numbers->constLast() : ref.version;
    if (!numbers->contains(wanted)) {
        const QString message = numbers->size() == 1 ? tr("Dataset '%1' has only version %2; there is no version %3.")
                                                     : tr("Dataset '%1' has versions %2; there is no version %3.");
        return fail(ErrorCode::NotFound, message.arg(ref.name, versionRanges(*numbers)).arg(wanted),
            QStringLiteral("no version %1 of dataset %2").arg(wanted).arg(*datasetId));
    }
    auto query = db.prepare(QStringLiteral("SELECT id FROM dataset_versions WHERE dataset_id = %1 AND version = %2")
                                .arg(*datasetId)
                                .arg(wanted));
    if (!query)
        return fail(query.error());
    auto step = query->step();
    if (!step)
        return fail(step.error());
    return version(db, query->columnInt64(0));
}

Result<Table> DatasetStore::loadTable(
    Database& db, qint64 versionId, const QStringList& columns, const ProgressFn& progress)
{
    auto info = version(db, versionId);
    if (!info)
        return fail(info.error());
    QList<int> positions; // the columns to load, by position
    if (columns.isEmpty()) {
        for (int p = 0; p < int(info->columns.size()); ++p)
            positions << p;
    }
    for (const QString& name : columns) {
        const auto it = std::find_if(
            info->columns.cbegin(), info->columns.cend(), [&](const ColumnInfo& c) { return c.name == name; });
        if (it == info->columns.cend()) {
            return fail(ErrorCode::NotFound, tr("Dataset '%1' has no column '%2'.").arg(info->refString(), name),
                QStringLiteral("version %1 has no column '%2'").arg(versionId).arg(name));
        }
        if (const int p = int(it - info->columns.cbegin()); !positions.contains(p))
            positions << p;
    }
    auto total = db.queryInt64(QStringLiteral("SELECT count(*) FROM dataset_chunks WHERE version_id = %1 AND "
                                              "position IN (%2)")
                                   .arg(versionId)
                                   .arg(positionList(positions)));
    if (!total)
        return fail(total.error());
    auto query = db.prepare(QStringLiteral("SELECT chunk, row_count, data FROM dataset_chunks "
                                           "WHERE version_id = ?1 AND position = ?2 ORDER BY chunk"));
    if (!query)
        return fail(query.error());
    Table table;
    qint64 done = 0;
    for (const int position : positions) {
        const ColumnInfo& meta = info->columns.at(position);
        Column column(meta.name, meta.type);
        column.reserve(info->rowCount);
        auto status = query->reset()
                          .and_then([&] { return query->bindInt64(1, versionId); })
                          .and_then([&] { return query->bindInt64(2, position); })
                          .and_then([&] {
                              return query->forEachRow([&]() -> Status {
                                  if (auto decoded = decodeChunk(*query, column, *info); !decoded)
                                      return decoded;
                                  if (!reportProgress(progress, ++done, *total))
                                      return fail(Error::cancelled());
                                  return {};
                              });
                          });
        if (!status)
            return fail(status.error());
        if (column.size() != info->rowCount) {
            return fail(ErrorCode::Integrity, damagedMessage(*info),
                QStringLiteral("version %1 column '%2': %3 rows stored, %4 expected")
                    .arg(versionId)
                    .arg(meta.name)
                    .arg(column.size())
                    .arg(info->rowCount));
        }
        table.addColumn(std::move(column));
    }
    return table;
}

Status DatasetStore::decodeChunk(const Statement& row, Column& into, const DatasetVersionInfo& info)
{
    const qint64 chunk = row.columnInt64(0);
    const qint64 expected = row.columnInt64(1);
    const int64_t before = into.size();
    auto status = ColumnCodec::decodeAppend(row.columnBlob(2), into);
    if (!status) {
        const Error& cause = status.error();
        return fail(cause.code, damagedMessage(info),
            QStringLiteral("version %1 column '%2' chunk %3: %4 %5")
                .arg(info.id)
                .arg(into.name())
                .arg(chunk)
                .arg(cause.userMessage, cause.detail));
    }
    if (into.size() - before != expected) {
        return fail(ErrorCode::Integrity, damagedMessage(info),
            QStringLiteral("version %1 column '%2' chunk %3: %4 rows decoded, %5 recorded")
                .arg(info.id)
                .arg(into.name())
                .arg(chunk)
                .arg(into.size() - before)
                .arg(expected));
    }
    return {};
}

QString DatasetStore::damagedMessage(const DatasetVersionInfo& info)
{
    return tr("The stored data of dataset '%1' is damaged and cannot be read.").arg(info.refString());
}

Result<QList<RejectedRow>> DatasetStore::rejects(Database& db, qint64 versionId, qint64 offset, qint64 limit)
{
    auto query = db.prepare(QStringLiteral("SELECT line, column_name, raw, reason FROM import_rejects "
                                           "WHERE version_id = ?1 ORDER BY line, id LIMIT ?2 OFFSET ?3"));
    if (!query)
        return fail(query.error());
    auto status = query->bindInt64(1, versionId).and_then([&] { return query->bindInt64(2, limit); }).and_then([&] {
        return query->bindInt64(3, qMax<qint64>(0, offset));
    });
    if (!status)
        return fail(status.error());
    QList<RejectedRow> rows;
    status = query->forEachRow([&]() -> Status {
        rows.append({query->columnInt64(0), query->columnText(1), query->columnText(2), query->columnText(3)});
        return {};
    });
    if (!status)
        return fail(status.error());
    return rows;
}

Result<qint64> DatasetStore::rejectCount(Database& db, qint64 versionId)
{
    return db.queryInt64(QStringLiteral("SELECT count(*) FROM import_rejects WHERE version_id = %1").arg(versionId));
}

Status DatasetStore::deleteDataset(Database& db, const QString& name, const QString& actor)
{
    if (actor.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, tr("Internal error while deleting the dataset."),
            QStringLiteral("deleteDataset() without an actor"));
    }
    std::optional<Transaction> ownTransaction;
    if (!db.inTransaction()) {
        auto tx = Transaction::begin(db);
        if (!tx)
            return fail(tx.error());
        ownTransaction.emplace(std::move(*tx));
    }
    auto datasetId = datasetsql::findDatasetId(db, name);
    if (!datasetId)
        return fail(datasetId.error());
    if (*datasetId == 0)
        return fail(noSuchDataset(db, name));
    if (auto status = deleteInTransaction(db, *datasetId, name, actor); !status)
        return status;
    return ownTransaction ? ownTransaction->commit() : Status();
}

Status DatasetStore::deleteInTransaction(Database& db, qint64 datasetId, const QString& name, const QString& actor)
{
    auto counts = db.prepare(QStringLiteral("SELECT count(*), coalesce(max(version), 0), "
                                            "coalesce(sum(row_count), 0) FROM dataset_versions WHERE dataset_id = %1")
                                 .arg(datasetId));
    if (!counts)
        return fail(counts.error());
    if (auto step = counts->step(); !step)
        return fail(step.error());
    const QJsonObject details {{QStringLiteral("dataset"), name}, {QStringLiteral("versions"), counts->columnInt64(0)},
        {QStringLiteral("latest_version"), counts->columnInt64(1)},
        {QStringLiteral("rows_all_versions"), counts->columnInt64(2)}};
    // One statement for all versions: foreign keys are checked at its end, so versions whose parent is deleted
    // along with them pass; columns, chunks and rejects go by ON DELETE CASCADE.
    auto status
        = db.exec(QStringLiteral("DELETE FROM dataset_versions WHERE dataset_id = %1").arg(datasetId)).and_then([&] {
              return db.exec(QStringLiteral("DELETE FROM datasets WHERE id = %1").arg(datasetId));
          });
    if (!status) {
        if (status.error().detail.contains(QLatin1String("FOREIGN KEY constraint failed"))) {
            return fail(ErrorCode::Conflict,
                tr("Dataset '%1' cannot be deleted: other items in the workspace were made from it.").arg(name),
                status.error().detail);
        }
        return status;
    }
    const AuditEntry entry {actor, QStringLiteral("dataset.delete"), QStringLiteral("dataset:") + name, details};
    if (auto id = AuditLog::append(db, entry); !id)
        return fail(id.error());
    return {};
}

} // namespace valuator
