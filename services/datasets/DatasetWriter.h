// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/table/Column.h"
#include "services/datasets/DatasetTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace valuator {

class Sha256;

class Database;
class Statement;

/// What DatasetWriter::begin() creates: one new version of a dataset.
struct NewVersion {
    QString datasetName; ///< see DatasetRef::checkName(); trimmed before use
    VersionKind kind = VersionKind::Import;
    /// Import: must be 0. Append: 0 = the dataset's latest version; otherwise it must be the latest version's
    /// id (Conflict when a newer version appeared meanwhile). Clean: required, a version of the same dataset.
    qint64 parentId = 0;
    QString actor; ///< acting user, required
    /// Columns of the rows given to addChunk(), in that order: unique non-empty names; `field` empty or a
    /// CarSchema key.
    QList<ColumnInfo> columns;
    QString sourceName; ///< e.g. the CSV file name; empty = not recorded
    QString sourceSha256; ///< lowercase hex of the source bytes; empty = not recorded
    qint64 sourceBytes = -1; ///< -1 = not recorded
    QJsonObject dialect; ///< CSV dialect as JSON; empty = not recorded
    QJsonObject mapping; ///< column mapping as JSON; empty = not recorded
};

/// Writes ONE new dataset version, chunk by chunk, inside the caller's transaction.
///
/// Usage: open a Transaction, begin(), addChunk() for each chunk of rows (and addRejects() as they come),
/// finish(), then commit. Until the caller commits nothing is visible to other connections; rolling back (or
/// destroying the Transaction) removes every row the writer made, including a new `datasets` row and the
/// audit row. After any error of the writer, roll back: begin() and addChunk() may have written part of
/// their rows. Do not commit a transaction whose writer did not finish(): the version would stay with
/// row_count 0 and an empty content hash.
///
/// Storage: each addChunk() stores one blob (ColumnCodec::encode) per column of the version, in
/// dataset_chunks(version_id, position, chunk). Chunk numbers run 0, 1, 2, ... and are the same for every
/// column, so chunk k of all columns holds the same rows.
///
/// Append: the new version's columns are the parent's columns (same positions) followed by new columns the
/// parent lacks. begin() copies the parent's chunks with one INSERT ... SELECT (no decoding) and writes all-null
/// chunks for the new-only columns over the parent's rows (one per parent chunk, same row counts); addChunk()
/// writes all-null chunks for the parent-only columns. A column in both must have the same type (Conflict
/// otherwise; the importer converts values first).
///
/// Content hash (dataset_versions.content_sha256, lowercase hex):
///  - import/clean: SHA-256 over the blobs in the order written: chunk 0 positions 0..n-1, chunk 1 ..., i.e.
///    `SELECT data FROM dataset_chunks WHERE version_id = ? ORDER BY chunk, position`;
///  - append: SHA-256( parent's content hash as 64 ASCII hex characters + the blobs this version wrote, in the
///    order written: first the null chunks of the new-only columns over the parent's rows (chunk-major,
///    position order), then each addChunk()'s blobs in position order ). The copied parent blobs are covered
///    through the parent's hash.
/// So equal rows, columns and chunking give equal hashes; a different chunking gives a different hash.
///
/// Memory: holds at most one encoded blob (plus the caller's chunk). Thread: the thread that owns `db`.
/// The Database must outlive the writer. Not cancellable by itself: the caller stops calling addChunk() and
/// rolls back.
class DatasetWriter {
    Q_DECLARE_TR_FUNCTIONS(DatasetWriter)

public:
    /// Validates `spec`, creates the dataset row (import), reserves the next version number and writes the
    /// version and column rows (and, for append, the parent's copied and padded chunks).
    /// Errors: InvalidArgument (no open transaction, bad name/columns/actor/parent), Conflict (import into an
    /// existing name, append after a newer version, type clash with the parent), NotFound (append/clean into a
    /// missing dataset or parent), Database.
    static Result<DatasetWriter> begin(Database& db, const NewVersion& spec);

    DatasetWriter(DatasetWriter&& other) noexcept;
    DatasetWriter& operator=(DatasetWriter&& other) noexcept;
    DatasetWriter(const DatasetWriter&) = delete;
    DatasetWriter& operator=(const DatasetWriter&) = delete;
    ~DatasetWriter();

    /// Stores one chunk of rows: `columns` in the order and with the names and types of NewVersion::columns,
    /// all with the same row count (at most 2^31 - 1). An empty chunk (0 rows) is skipped. After an error the
    /// writer refuses further calls (roll back).
    Status addChunk(const std::vector<Column>& columns);
    /// Stores rejected source rows of this version; may be called any number of times.
    Status addRejects(const QList<RejectedRow>& rejects);
    /// Sets the source file's hash and size when they are known only at the end (hashed while importing).
    void setSource(const QString& sha256, qint64 bytes);
    /// Writes row_count, the content hash, the source hash and `report`, appends the audit row
    /// (`dataset.import` / `dataset.append` / `dataset.clean`, target `dataset:NAME@VERSION`) and returns the
    /// stored version. The writer is done afterwards; the caller commits.
    Result<DatasetVersionInfo> finish(const QJsonObject& report);

    qint64 versionId() const { return m_versionId; }
    qint64 version() const { return m_version; }
    QString datasetName() const { return m_spec.datasetName; }
    /// The new version's columns (for append: parent's, then new-only ones).
    const QList<ColumnInfo>& versionColumns() const { return m_versionColumns; }
    /// Rows given to addChunk() so far (for append without the parent's rows).
    qint64 newRows() const { return m_newRows; }
    qint64 rejectCount() const { return m_rejectCount; }

private:
    DatasetWriter();

    Status resolveTarget();
    Status resolveParent();
    Status insertVersion();
    Status setUpColumns(const QList<ColumnInfo>& parentColumns);
    Status prepareStatements();
    Status copyParent();
    Status padParentRows();
    Status insertChunk(int position, qint64 chunk, qint64 rows, const QByteArray& blob);
    Status checkUsable() const;
    Status checkChunk(const std::vector<Column>& columns) const;
    Status writeAuditRow();

    Database* m_db = nullptr;
    NewVersion m_spec; ///< as given, with the name trimmed and parentId resolved
    qint64 m_datasetId = 0;
    qint64 m_versionId = 0;
    qint64 m_version = 0;
    qint64 m_parentId = 0; ///< dataset_versions.id of the parent, 0 when none
    qint64 m_parentVersion = 0; ///< version number of the parent, 0 when none
    qint64 m_parentRows = 0; ///< rows taken over from the parent (append only)
    QList<ColumnInfo> m_versionColumns;
    int m_parentColumnCount = 0; ///< the first positions of m_versionColumns (append only)
    std::vector<int> m_sourceOf; ///< per version position: index into m_spec.columns, -1 = pad with nulls
    qint64 m_nextChunk = 0;
    qint64 m_newRows = 0;
    qint64 m_rejectCount = 0;
    QString m_contentSha256; ///< set by finish()
    std::unique_ptr<Sha256> m_hash;
    std::unique_ptr<Statement> m_insertChunk;
    std::unique_ptr<Statement> m_insertReject;
    bool m_failed = false;
    bool m_finished = false;
};

} // namespace valuator
