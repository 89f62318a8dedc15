// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/datasets/DatasetWriter.h"

#include "models/schema/CarSchema.h"
#include "models/table/ColumnCodec.h"
#include "services/datasets/DatasetSql.h"
#include "services/datasets/DatasetStore.h"
#include "services/system/ServicesLog.h"
#include "services/system/Sha256.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Database.h"
#include "services/workspace/Statement.h"

#include <QSet>

#include <limits>

namespace valuator {

using datasetsql::bindTextOrNull;

namespace {

Error internalError(const QString& detail)
{
    return {ErrorCode::InvalidArgument, DatasetWriter::tr("Internal error while saving the dataset."), detail};
}

/// Checks what begin() can check without the database; returns the trimmed dataset name.
Result<QString> validateSpec(const NewVersion& spec)
{
    if (spec.actor.isEmpty())
        return fail(internalError(QStringLiteral("NewVersion without an actor")));
    auto name = DatasetRef::checkName(spec.datasetName);
    if (!name)
        return name;
    if (spec.columns.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, DatasetWriter::tr("A dataset needs at least one column."),
            QStringLiteral("NewVersion without columns"));
    }
    QSet<QString> seen;
    for (const ColumnInfo& column : spec.columns) {
        if (column.name.isEmpty()) {
            return fail(ErrorCode::InvalidArgument, DatasetWriter::tr("A dataset column needs a name."),
                QStringLiteral("empty column name"));
        }
        if (seen.contains(column.name)) {
            return fail(ErrorCode::InvalidArgument,
                DatasetWriter::tr("The column name '%1' occurs more than once.").arg(column.name),
                QStringLiteral("duplicate column name"));
        }
        seen.insert(column.name);
        if (!column.field.isEmpty() && !CarSchema::byKey(column.field)) {
            return fail(ErrorCode::InvalidArgument,
                DatasetWriter::tr("'%1' is not a field of the car schema.").arg(column.field),
                QStringLiteral("column '%1': unknown field key").arg(column.name));
        }
    }
    return name;
}

Column nullColumn(ColumnType type, qint64 rows)
{
    Column column(QString(), type);
    column.reserve(rows);
    for (qint64 i = 0; i < rows; ++i)
        column.appendNull();
    return column;
}

} // namespace

DatasetWriter::DatasetWriter() = default;
DatasetWriter::DatasetWriter(DatasetWriter&& other) noexcept = default;
DatasetWriter& DatasetWriter::operator=(DatasetWriter&& other) noexcept = default;
DatasetWriter::~DatasetWriter() = default;

Result<DatasetWriter> DatasetWriter::begin(Database& db, const NewVersion& spec)
{
    if (!db.inTransaction())
        return fail(internalError(QStringLiteral("DatasetWriter::begin() outside a transaction")));
    auto name = validateSpec(spec);
    if (!name)
        return fail(name.error());
    DatasetWriter writer;
    writer.m_db = &db;
    writer.m_spec = spec;
    writer.m_spec.datasetName = *name;
    auto status = writer.resolveTarget().and_then([&] { return writer.insertVersion(); });
    if (!status)
        return fail(status.error());
    writer.m_hash = std::make_unique<Sha256>();
    QList<ColumnInfo> parentColumns;
    if (writer.m_spec.kind == VersionKind::Append) {
        auto parent = DatasetStore::version(db, writer.m_parentId);
        if (!parent)
            return fail(parent.error());
        parentColumns = parent->columns;
        writer.m_hash->addData(parent->contentSha256.toLatin1()); // see the class comment
    }
    status = writer.setUpColumns(parentColumns).and_then([&] { return writer.prepareStatements(); });
    if (status && writer.m_spec.kind == VersionKind::Append)
        status = writer.copyParent();
    if (!status)
        return fail(status.error());
    return writer;
}

Status DatasetWriter::resolveTarget()
{
    const QString& name = m_spec.datasetName;
    auto existing = datasetsql::findDatasetId(*m_db, name);
    if (!existing)
        return fail(existing.error());
    if (m_spec.kind == VersionKind::Import) {
        if (*existing > 0) {
            return fail(ErrorCode::Conflict,
                tr("A dataset named '%1' already exists. Pass --append to add the rows to it as a new version, or "
                   "choose another name.")
                    .arg(name),
                QStringLiteral("import into existing dataset %1").arg(*existing));
        }
        if (m_spec.parentId != 0)
            return fail(internalError(QStringLiteral("import with a parent version")));
        auto id = datasetsql::insertDataset(*m_db, name, m_spec.actor);
        if (!id)
            return fail(id.error());
        m_datasetId = *id;
        return {};
    }
    const bool append = m_spec.kind == VersionKind::Append;
    if (*existing == 0) {
        return fail(ErrorCode::NotFound,
            append ? tr("There is no dataset named '%1' to append to. Import the file as a new dataset first "
                        "(without --append).")
                         .arg(name)
                   : tr("There is no dataset named '%1' to clean.").arg(name),
            QStringLiteral("%1 into missing dataset").arg(versionKindName(m_spec.kind)));
    }
    if (!append && m_spec.parentId <= 0)
        return fail(internalError(QStringLiteral("clean without a parent version")));
    m_datasetId = *existing;
    return resolveParent();
}

Status DatasetWriter::resolveParent()
{
    // Append builds on the latest version; clean on the given one, which must belong to this dataset.
    const QString& name = m_spec.datasetName;
    const bool append = m_spec.kind == VersionKind::Append;
    auto query = m_db->prepare(QStringLiteral("SELECT id, version, row_count FROM dataset_versions "
                                              "WHERE dataset_id = ?1 AND (?2 = 0 OR id = ?2) "
                                              "ORDER BY version DESC LIMIT 1"));
    if (!query)
        return fail(query.error());
    auto step = query->bindInt64(1, m_datasetId)
                    .and_then([&] { return query->bindInt64(2, append ? 0 : m_spec.parentId); })
                    .and_then([&] { return query->step(); });
    if (!step)
        return fail(step.error());
    if (*step != Statement::Step::Row) {
        return fail(ErrorCode::NotFound, tr("The version to build on is not a version of dataset '%1'.").arg(name),
            QStringLiteral("parent %1 not in dataset %2").arg(m_spec.parentId).arg(m_datasetId));
    }
    if (append && m_spec.parentId != 0 && m_spec.parentId != query->columnInt64(0)) {
        return fail(ErrorCode::Conflict,
            tr("Dataset '%1' got a newer version (version %2) in the meantime. Start the append again.")
                .arg(name)
                .arg(query->columnInt64(1)),
            QStringLiteral("parent %1 is not the latest version %2").arg(m_spec.parentId).arg(query->columnInt64(0)));
    }
    m_parentId = query->columnInt64(0);
    m_spec.parentId = m_parentId;
    m_parentVersion = query->columnInt64(1);
    m_parentRows = append ? query->columnInt64(2) : 0;
    return {};
}

Status DatasetWriter::insertVersion()
{
    auto next = m_db->queryInt64(
        QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM dataset_versions WHERE dataset_id = %1")
            .arg(m_datasetId));
    if (!next)
        return fail(next.error());
    m_version = *next;
    auto insert = m_db->prepare(QStringLiteral(
        "INSERT INTO dataset_versions (dataset_id, version, parent_id, kind, row_count, content_sha256, source_name, "
        "source_sha256, source_bytes, dialect, mapping, created_at, created_by) "
        "VALUES (?1, ?2, ?3, ?4, 0, '', ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    if (!insert)
        return fail(insert.error());
    Statement& s = *insert;
    auto status
        = s.bindInt64(1, m_datasetId)
              .and_then([&] { return s.bindInt64(2, m_version); })
              .and_then([&] { return m_parentId > 0 ? s.bindInt64(3, m_parentId) : s.bindNull(3); })
              .and_then([&] { return s.bindText(4, versionKindName(m_spec.kind)); })
              .and_then([&] { return bindTextOrNull(s, 5, m_spec.sourceName); })
              .and_then([&] { return bindTextOrNull(s, 6, m_spec.sourceSha256); })
              .and_then([&] { return m_spec.sourceBytes >= 0 ? s.bindInt64(7, m_spec.sourceBytes) : s.bindNull(7); })
              .and_then([&] { return bindTextOrNull(s, 8, datasetsql::jsonText(m_spec.dialect)); })
              .and_then([&] { return bindTextOrNull(s, 9, datasetsql::jsonText(m_spec.mapping)); })
              .and_then([&] { return s.bindText(10, datasetsql::nowUtc()); })
              .and_then([&] { return s.bindText(11, m_spec.actor); })
              .and_then([&] { return s.run(); });
    if (!status)
        return status;
    m_versionId = m_db->lastInsertRowId();
    return {};
}

Status DatasetWriter::setUpColumns(const QList<ColumnInfo>& parentColumns)
{
    // Import/clean: the declared columns as they are. Append: the parent's columns keep their positions (so the
    // copied chunks stay valid) and declared columns the parent lacks go after them.
    m_versionColumns = parentColumns;
    m_sourceOf.assign(size_t(parentColumns.size()), -1);
    for (int i = 0; i < int(m_spec.columns.size()); ++i) {
        const ColumnInfo& declared = m_spec.columns.at(i);
        const auto match = std::find_if(m_versionColumns.cbegin(), m_versionColumns.cend(),
            [&](const ColumnInfo& c) { return c.name == declared.name; });
        if (match == m_versionColumns.cend()) {
            m_versionColumns.append(declared);
            m_sourceOf.push_back(i);
            continue;
        }
        if (match->type != declared.type) {
            return fail(ErrorCode::Conflict,
                tr("Column '%1' holds %2 values in version %3 of dataset '%4', but the new rows have %5 values.")
                    .arg(declared.name, columnTypeName(match->type))
                    .arg(m_parentVersion)
                    .arg(m_spec.datasetName, columnTypeName(declared.type)),
                QStringLiteral("append: type clash in column '%1'").arg(declared.name));
        }
        m_sourceOf[size_t(match - m_versionColumns.cbegin())] = i;
    }
    m_parentColumnCount = int(parentColumns.size());
    auto insert = m_db->prepare(QStringLiteral("INSERT INTO dataset_columns (version_id, position, name, field, "
                                               "type, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!insert)
        return fail(insert.error());
    Statement& s = *insert;
    for (int position = 0; position < int(m_versionColumns.size()); ++position) {
        const ColumnInfo& c = m_versionColumns.at(position);
        auto status = s.reset()
                          .and_then([&] { return s.bindInt64(1, m_versionId); })
                          .and_then([&] { return s.bindInt64(2, position); })
                          .and_then([&] { return s.bindText(3, c.name); })
                          .and_then([&] { return bindTextOrNull(s, 4, c.field); })
                          .and_then([&] { return s.bindText(5, columnTypeName(c.type)); })
                          .and_then([&] { return bindTextOrNull(s, 6, c.source); })
                          .and_then([&] { return s.run(); });
        if (!status)
            return status;
    }
    return {};
}

Status DatasetWriter::prepareStatements()
{
    auto insert = m_db->prepare(QStringLiteral("INSERT INTO dataset_chunks (version_id, position, chunk, row_count, "
                                               "data) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!insert)
        return fail(insert.error());
    m_insertChunk = std::make_unique<Statement>(std::move(*insert));
    return m_insertChunk->bindInt64(1, m_versionId); // kept across reset()
}

Status DatasetWriter::copyParent()
{
    // The parent's blobs are copied inside SQLite, never decoded; column positions are unchanged.
    auto copy = m_db->prepare(QStringLiteral("INSERT INTO dataset_chunks (version_id, position, chunk, row_count, "
                                             "data) SELECT ?1, position, chunk, row_count, data FROM dataset_chunks "
                                             "WHERE version_id = ?2 ORDER BY position, chunk"));
    if (!copy)
        return fail(copy.error());
    auto status
        = copy->bindInt64(1, m_versionId).and_then([&] { return copy->bindInt64(2, m_parentId); }).and_then([&] {
              return copy->run();
          });
    if (!status)
        return status;
    auto next = m_db->queryInt64(
        QStringLiteral("SELECT coalesce(max(chunk), -1) + 1 FROM dataset_chunks WHERE version_id = %1")
            .arg(m_parentId));
    if (!next)
        return fail(next.error());
    m_nextChunk = *next;
    return padParentRows();
}

Status DatasetWriter::padParentRows()
{
    if (m_parentColumnCount == int(m_versionColumns.size()))
        return {};
    // Null chunks for the new-only columns over the parent's rows, aligned with the parent's chunks (the layout
    // of its first column). The layout is read completely before inserting into the same table.
    auto chunks = m_db->prepare(QStringLiteral(
        "SELECT chunk, row_count FROM dataset_chunks WHERE version_id = ?1 AND position = 0 ORDER BY chunk"));
    if (!chunks)
        return fail(chunks.error());
    if (auto status = chunks->bindInt64(1, m_parentId); !status)
        return status;
    std::vector<std::pair<qint64, qint64>> layout; // (chunk, rows): a few hundred entries at most
    auto status = chunks->forEachRow([&]() -> Status {
        layout.emplace_back(chunks->columnInt64(0), chunks->columnInt64(1));
        return {};
    });
    if (!status)
        return status;
    for (const auto& [chunk, rows] : layout) {
        for (int position = m_parentColumnCount; position < int(m_versionColumns.size()); ++position) {
            const QByteArray blob = ColumnCodec::encode(nullColumn(m_versionColumns.at(position).type, rows));
            m_hash->addData(blob);
            if (status = insertChunk(position, chunk, rows, blob); !status)
                return status;
        }
    }
    return {};
}

Status DatasetWriter::insertChunk(int position, qint64 chunk, qint64 rows, const QByteArray& blob)
{
    Statement& s = *m_insertChunk;
    return s.reset()
        .and_then([&] { return s.bindInt64(2, position); })
        .and_then([&] { return s.bindInt64(3, chunk); })
        .and_then([&] { return s.bindInt64(4, rows); })
        .and_then([&] { return s.bindBlob(5, blob); })
        .and_then([&] { return s.run(); });
}

Status DatasetWriter::checkUsable() const
{
    if (m_finished)
        return fail(internalError(QStringLiteral("DatasetWriter used after finish()")));
    if (m_failed)
        return fail(internalError(QStringLiteral("DatasetWriter used after a failed write; roll back")));
    if (!m_db || !m_insertChunk)
        return fail(internalError(QStringLiteral("DatasetWriter used after it was moved from")));
    if (!m_db->inTransaction())
        return fail(internalError(QStringLiteral("DatasetWriter used after its transaction ended")));
    return {};
}

Status DatasetWriter::checkChunk(const std::vector<Column>& columns) const
{
    if (columns.size() != size_t(m_spec.columns.size())) {
        return fail(internalError(
            QStringLiteral("chunk with %1 columns, %2 declared").arg(columns.size()).arg(m_spec.columns.size())));
    }
    const int64_t rows = columns.front().size();
    for (size_t i = 0; i < columns.size(); ++i) {
        const ColumnInfo& declared = m_spec.columns.at(qsizetype(i));
        const Column& column = columns[i];
        if (column.name() != declared.name || column.type() != declared.type) {
            return fail(internalError(
                QStringLiteral("chunk column %1 is '%2' (%3), declared '%4' (%5)")
                    .arg(i)
                    .arg(column.name(), columnTypeName(column.type()), declared.name, columnTypeName(declared.type))));
        }
        if (column.size() != rows) {
            return fail(internalError(QStringLiteral("chunk column '%1' has %2 rows, expected %3")
                                          .arg(declared.name)
                                          .arg(column.size())
                                          .arg(rows)));
        }
    }
    if (rows > std::numeric_limits<int32_t>::max())
        return fail(internalError(QStringLiteral("chunk of %1 rows is too large").arg(rows)));
    return {};
}

Status DatasetWriter::addChunk(const std::vector<Column>& columns)
{
    if (auto status = checkUsable().and_then([&] { return checkChunk(columns); }); !status)
        return status; // nothing written: the writer stays usable
    const qint64 rows = columns.front().size();
    if (rows == 0)
        return {};
    for (int position = 0; position < int(m_versionColumns.size()); ++position) {
        const int source = m_sourceOf[size_t(position)];
        // One blob alive at a time; parent-only columns get nulls for the new rows.
        const QByteArray blob = source >= 0 ? ColumnCodec::encode(columns[size_t(source)])
                                            : ColumnCodec::encode(nullColumn(m_versionColumns.at(position).type, rows));
        m_hash->addData(blob);
        if (auto status = insertChunk(position, m_nextChunk, rows, blob); !status) {
            m_failed = true;
            return status;
        }
    }
    ++m_nextChunk;
    m_newRows += rows;
    return {};
}

Status DatasetWriter::addRejects(const QList<RejectedRow>& rejects)
{
    if (auto status = checkUsable(); !status)
        return status;
    if (!m_insertReject) {
        auto insert = m_db->prepare(QStringLiteral("INSERT INTO import_rejects (version_id, line, column_name, raw, "
                                                   "reason) VALUES (?1, ?2, ?3, ?4, ?5)"));
        if (!insert)
            return fail(insert.error());
        m_insertReject = std::make_unique<Statement>(std::move(*insert));
    }
    Statement& s = *m_insertReject;
    for (const RejectedRow& reject : rejects) {
        auto status = s.reset()
                          .and_then([&] { return s.bindInt64(1, m_versionId); })
                          .and_then([&] { return s.bindInt64(2, reject.line); })
                          .and_then([&] { return bindTextOrNull(s, 3, reject.column); })
                          .and_then([&] { return bindTextOrNull(s, 4, reject.raw); })
                          .and_then([&] { return s.bindText(5, reject.reason); })
                          .and_then([&] { return s.run(); });
        if (!status) {
            m_failed = true;
            return status;
        }
        ++m_rejectCount;
    }
    return {};
}

void DatasetWriter::setSource(const QString& sha256, qint64 bytes)
{
    m_spec.sourceSha256 = sha256;
    m_spec.sourceBytes = bytes;
}

Result<DatasetVersionInfo> DatasetWriter::finish(const QJsonObject& report)
{
    if (auto status = checkUsable(); !status)
        return fail(status.error());
    m_contentSha256 = m_hash->hexResult();
    auto update
        = m_db->prepare(QStringLiteral("UPDATE dataset_versions SET row_count = ?1, content_sha256 = ?2, report = ?3, "
                                       "source_sha256 = ?5, source_bytes = ?6 WHERE id = ?4"));
    if (!update)
        return fail(update.error());
    Statement& s = *update;
    auto status
        = s.bindInt64(1, m_parentRows + m_newRows)
              .and_then([&] { return s.bindText(2, m_contentSha256); })
              .and_then([&] { return bindTextOrNull(s, 3, datasetsql::jsonText(report)); })
              .and_then([&] { return s.bindInt64(4, m_versionId); })
              .and_then([&] { return bindTextOrNull(s, 5, m_spec.sourceSha256); })
              .and_then([&] { return m_spec.sourceBytes >= 0 ? s.bindInt64(6, m_spec.sourceBytes) : s.bindNull(6); })
              .and_then([&] { return s.run(); })
              .and_then([&] { return writeAuditRow(); });
    if (!status) {
        m_failed = true;
        return fail(status.error());
    }
    m_finished = true;
    m_insertChunk.reset();
    m_insertReject.reset();
    qCInfo(lcWorkspace).noquote() << "dataset version ready to commit:"
                                  << QStringLiteral("%1@%2").arg(m_spec.datasetName).arg(m_version)
                                  << versionKindName(m_spec.kind) << "rows" << (m_parentRows + m_newRows) << "rejects"
                                  << m_rejectCount;
    return DatasetStore::version(*m_db, m_versionId);
}

Status DatasetWriter::writeAuditRow()
{
    QJsonObject details {
        {QStringLiteral("dataset"), m_spec.datasetName},
        {QStringLiteral("version"), m_version},
        {QStringLiteral("version_id"), m_versionId},
        {QStringLiteral("kind"), versionKindName(m_spec.kind)},
        {QStringLiteral("rows"), m_parentRows + m_newRows},
        {QStringLiteral("new_rows"), m_newRows},
        {QStringLiteral("rejects"), m_rejectCount},
        {QStringLiteral("columns"), m_versionColumns.size()},
        {QStringLiteral("content_sha256"), m_contentSha256},
    };
    if (m_parentVersion > 0)
        details.insert(QStringLiteral("parent_version"), m_parentVersion);
    if (!m_spec.sourceName.isEmpty())
        details.insert(QStringLiteral("source_name"), m_spec.sourceName);
    if (!m_spec.sourceSha256.isEmpty())
        details.insert(QStringLiteral("source_sha256"), m_spec.sourceSha256);
    if (m_spec.sourceBytes >= 0)
        details.insert(QStringLiteral("source_bytes"), m_spec.sourceBytes);
    const AuditEntry entry {m_spec.actor, QStringLiteral("dataset.") + versionKindName(m_spec.kind),
        QStringLiteral("dataset:%1@%2").arg(m_spec.datasetName).arg(m_version), details};
    auto id = AuditLog::append(*m_db, entry);
    if (!id)
        return fail(id.error());
    return {};
}

} // namespace valuator
