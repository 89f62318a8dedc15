// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/table/Table.h"
#include "services/datasets/DatasetTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace valuator {

class Database;
class Statement;

/// Reads the datasets of a workspace (tables of schema v2; DatasetWriter writes them) and deletes datasets.
///
/// All functions run synchronously on the calling thread's connection (`db` belongs to that thread) and may
/// block up to the busy timeout. loadTable() is the only long one: run it on a worker thread with its own
/// connection (Workspace::openConnection()).
class DatasetStore {
    Q_DECLARE_TR_FUNCTIONS(DatasetStore)

public:
    /// Every dataset (by name) with all its versions (oldest first) and their columns. Three queries in all,
    /// whatever the number of datasets, versions or columns.
    static Result<QList<DatasetSummary>> listDatasets(Database& db);

    /// The version `ref` names (its latest one for "NAME" / "NAME@latest"). NotFound with a message naming what
    /// exists: "There is no dataset named 'x'. Datasets in this workspace: a, b." or "Dataset 'x' has versions
    /// 1–3; there is no version 7."
    static Result<DatasetVersionInfo> resolve(Database& db, const DatasetRef& ref);
    /// The version with dataset_versions.id `versionId`, with its columns; NotFound when there is none.
    static Result<DatasetVersionInfo> version(Database& db, qint64 versionId);

    /// Decodes the rows of a version into a Table: the named `columns` in that order (duplicates ignored), or
    /// all columns in position order when `columns` is empty. NotFound for an unknown version or column name.
    /// Decodes chunk by chunk (ColumnCodec::decodeAppend), calling `progress(chunksDone, chunksTotal)` after each
    /// chunk; returning false there stops with ErrorCode::Cancelled. Every chunk must decode to its recorded row
    /// count and every column to the version's row_count, else ErrorCode::Integrity (a damaged blob never
    /// crashes). Memory: the Table plus one blob.
    static Result<Table> loadTable(
        Database& db, qint64 versionId, const QStringList& columns = {}, const ProgressFn& progress = {});

    /// Rejected source rows of a version ordered by line, skipping `offset`, at most `limit`.
    static Result<QList<RejectedRow>> rejects(Database& db, qint64 versionId, qint64 offset, qint64 limit);
    static Result<qint64> rejectCount(Database& db, qint64 versionId);

    /// Deletes the dataset named `name` with all its versions, columns, chunks and rejects, and appends the
    /// audit row `dataset.delete` (target `dataset:NAME`) by `actor`. Joins the caller's transaction when one
    /// is open (roll it back on error), else runs in its own. NotFound when there is no such dataset; Conflict when
    /// other workspace rows still refer to one of its versions (a foreign key without ON DELETE CASCADE).
    static Status deleteDataset(Database& db, const QString& name, const QString& actor);

private:
    /// Decodes the blob of the current `row` (chunk, row_count, data) into `into` and checks its row count.
    static Status decodeChunk(const Statement& row, Column& into, const DatasetVersionInfo& info);
    static QString damagedMessage(const DatasetVersionInfo& info);
    static Status deleteInTransaction(Database& db, qint64 datasetId, const QString& name, const QString& actor);
    /// NotFound for a dataset name that does not exist, listing the names that do.
    static Error noSuchDataset(Database& db, const QString& name);
};

} // namespace valuator
