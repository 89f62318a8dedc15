// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/importing/ImportPlanner.h"
#include "services/datasets/DatasetTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace valuator {

/// What to import and where: one CSV file into a dataset of a workspace.
struct ImportRequest {
    QString filePath;
    QString datasetName; ///< empty: the file's base name
    bool append = false; ///< add the rows as a new version of an existing dataset (parent = latest)
    ImportOverrides overrides; ///< dialect and mapping choices; unset parts are detected
    QString actor; ///< acting user for the dataset row and the audit log
};

/// The outcome of an import, as the CLI prints it (--json) and the Import page shows it.
struct ImportResult {
    DatasetVersionInfo version;
    ImportStats stats;
    QList<RejectedRow> rejected; ///< the first kMaxRejectsInResult rejects; the workspace stores all of them
    QJsonObject dialect;
    std::vector<OutputColumn> columns;
    QString sha256; ///< of the source file
    double seconds = 0;

    static constexpr qsizetype kMaxRejectsInResult = 100000;
    QJsonObject toJson() const;
};

/// Imports CSV files into workspaces. The CLI and the Import page call the same functions.
///
/// Threads: preview() and run() are synchronous and safe on a worker thread: run() opens its own workspace
/// connection from the path. Everything of one import happens in one transaction: a failure or a cancel (the
/// ProgressFn returns false) leaves the workspace exactly as it was.
class ImportService {
    Q_DECLARE_TR_FUNCTIONS(ImportService)
public:
    /// Reads the file's first MiB and proposes dialect, types and mapping (ImportPlanner::plan).
    static Result<ImportPreview> preview(const QString& filePath, const ImportOverrides& overrides = {});
    /// Imports `request.filePath` into the workspace at `workspacePath`. Progress unit: source bytes.
    static Result<ImportResult> run(
        const QString& workspacePath, const ImportRequest& request, const ProgressFn& progress = {});
    /// A dataset name from a file name: base name, trimmed, at most 100 characters, '@' replaced.
    static QString datasetNameFor(const QString& filePath);
    /// Writes rejected rows as CSV (line, column, reason, raw) to `path`, RFC 4180, UTF-8 with BOM for Excel.
    static Status exportRejects(const QList<RejectedRow>& rejects, const QString& path);
    /// Reads a saved column mapping (JSON), reporting syntax errors with line and column.
    static Result<ColumnMapping> loadMapping(const QString& path);
    static Status saveMapping(const ColumnMapping& mapping, const QString& path);

    static constexpr qint64 kPreviewBytes = 1 << 20;
};

} // namespace valuator
