// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/datasets/DatasetSql.h"

#include "services/datasets/DatasetStore.h"
#include "services/workspace/Database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace valuator::datasetsql {

const QString kSelectVersion = QStringLiteral(
    "SELECT v.id, v.dataset_id, d.name, v.version, v.parent_id, v.kind, v.row_count, v.content_sha256, "
    "v.source_name, v.source_sha256, v.source_bytes, v.dialect, v.mapping, v.report, v.created_at, v.created_by "
    "FROM dataset_versions v JOIN datasets d ON d.id = v.dataset_id ");

const QString kSelectColumn
    = QStringLiteral("SELECT version_id, position, name, field, type, source FROM dataset_columns ");

Result<DatasetVersionInfo> readVersion(const Statement& row)
{
    DatasetVersionInfo v;
    v.id = row.columnInt64(0);
    v.datasetId = row.columnInt64(1);
    v.datasetName = row.columnText(2);
    v.version = row.columnInt64(3);
    v.parentId = row.columnIsNull(4) ? 0 : row.columnInt64(4);
    const QString kind = row.columnText(5);
    const auto parsedKind = versionKindFromName(kind);
    if (!parsedKind) {
        return fail(ErrorCode::Integrity, DatasetStore::tr("The workspace holds a dataset version of unknown kind."),
            QStringLiteral("dataset_versions %1: kind '%2'").arg(v.id).arg(kind));
    }
    v.kind = *parsedKind;
    v.rowCount = row.columnInt64(6);
    v.contentSha256 = row.columnText(7);
    v.sourceName = row.columnText(8);
    v.sourceSha256 = row.columnText(9);
    v.sourceBytes = row.columnIsNull(10) ? -1 : row.columnInt64(10);
    v.dialect = parseJson(row.columnText(11));
    v.mapping = parseJson(row.columnText(12));
    v.report = parseJson(row.columnText(13));
    v.createdAt = row.columnText(14);
    v.createdBy = row.columnText(15);
    return v;
}

Result<ColumnInfo> readColumn(const Statement& row)
{
    ColumnInfo c;
    c.name = row.columnText(2);
    c.field = row.columnText(3);
    const QString type = row.columnText(4);
    const auto parsedType = columnTypeFromName(type);
    if (!parsedType) {
        return fail(ErrorCode::Integrity, DatasetStore::tr("The workspace holds a dataset column of unknown type."),
            QStringLiteral("dataset_columns %1/%2: type '%3'")
                .arg(row.columnInt64(0))
                .arg(row.columnInt64(1))
                .arg(type));
    }
    c.type = *parsedType;
    c.source = row.columnText(5);
    return c;
}

Status loadColumns(Database& db, DatasetVersionInfo& info)
{
    auto query = db.prepare(kSelectColumn + QStringLiteral("WHERE version_id = ?1 ORDER BY position"));
    if (!query)
        return fail(query.error());
    if (auto status = query->bindInt64(1, info.id); !status)
        return status;
    info.columns.clear();
    return query->forEachRow([&]() -> Status {
        auto column = readColumn(*query);
        if (!column)
            return fail(column.error());
        info.columns.append(*column);
        return {};
    });
}

/// id of the dataset named `name`, 0 when there is none.
Result<qint64> findDatasetId(Database& db, const QString& name)
{
    auto query = db.prepare(QStringLiteral("SELECT id FROM datasets WHERE name = ?1"));
    if (!query)
        return fail(query.error());
    if (auto status = query->bindText(1, name); !status)
        return fail(status.error());
    auto step = query->step();
    if (!step)
        return fail(step.error());
    return *step == Statement::Step::Row ? query->columnInt64(0) : 0;
}

Result<qint64> insertDataset(Database& db, const QString& name, const QString& actor)
{
    auto insert = db.prepare(QStringLiteral("INSERT INTO datasets (name, created_at, created_by) VALUES (?1, ?2, ?3)"));
    if (!insert)
        return fail(insert.error());
    auto status = insert->bindText(1, name)
                      .and_then([&] { return insert->bindText(2, datasetsql::nowUtc()); })
                      .and_then([&] { return insert->bindText(3, actor); })
                      .and_then([&] { return insert->run(); });
    if (!status)
        return fail(status.error());
    return db.lastInsertRowId();
}

QString jsonText(const QJsonObject& object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

Status bindTextOrNull(Statement& statement, int index, const QString& text)
{
    return text.isEmpty() ? statement.bindNull(index) : statement.bindText(index, text);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace valuator::datasetsql
