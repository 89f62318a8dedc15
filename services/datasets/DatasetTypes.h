// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/table/Column.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace valuator {

/// How a dataset version came about (dataset_versions.kind).
enum class VersionKind {
    Import, ///< the first version of a new dataset, from a file
    Append, ///< the parent version's rows followed by new rows from a file
    Clean, ///< a cleaned copy of a given parent version (rows replaced as a whole)
};

/// "import", "append" or "clean": the stored and JSON spelling.
QString versionKindName(VersionKind kind);
std::optional<VersionKind> versionKindFromName(QStringView name);
/// Inverse of columnTypeName() ("decimal", "integer", "date", "text", "list").
std::optional<ColumnType> columnTypeFromName(QStringView name);

/// A user's reference to a dataset version: "NAME" or "NAME@latest" (the newest version) or "NAME@3".
///
/// Dataset names are 1-100 characters (Unicode code points) after trimming, without '@' and without control
/// characters. Names are case-sensitive.
struct DatasetRef {
    Q_DECLARE_TR_FUNCTIONS(DatasetRef)

public:
    QString name;
    qint64 version = 0; ///< 1, 2, ...; 0 = the latest version

    bool isLatest() const { return version == 0; }
    /// "NAME" for the latest version, else "NAME@3".
    QString toString() const;

    /// Parses "NAME", "NAME@3" or "NAME@latest" (case-insensitive "latest"); spaces around the name and the
    /// version are ignored. InvalidArgument with a message saying what is wrong otherwise.
    static Result<DatasetRef> parse(const QString& text);
    /// `name` trimmed when it is a valid dataset name, InvalidArgument otherwise.
    static Result<QString> checkName(const QString& name);
};

/// One column of a dataset version (dataset_columns).
struct ColumnInfo {
    QString name; ///< unique within the version
    QString field; ///< canonical CarSchema key ("mileage_km"), empty for an extra column
    ColumnType type = ColumnType::Text;
    QString source; ///< source column name or a description of how it was made; may be empty

    /// {"name", "field" (null when empty), "type" (columnTypeName), "source" (null when empty)}
    QJsonObject toJson() const;
    bool operator==(const ColumnInfo&) const = default;
};

/// One stored version of a dataset (dataset_versions plus its columns).
struct DatasetVersionInfo {
    qint64 id = 0; ///< dataset_versions.id, unique in the workspace
    qint64 datasetId = 0;
    QString datasetName;
    qint64 version = 0; ///< 1, 2, ... within the dataset
    qint64 parentId = 0; ///< dataset_versions.id of the parent; 0 when none
    VersionKind kind = VersionKind::Import;
    qint64 rowCount = 0;
    QString contentSha256; ///< lowercase hex; see DatasetWriter for what it covers
    QString sourceName; ///< empty when not recorded
    QString sourceSha256; ///< lowercase hex of the source file; empty when not recorded
    qint64 sourceBytes = -1; ///< -1 when not recorded
    QJsonObject dialect; ///< CSV dialect used for the import (empty when not recorded)
    QJsonObject mapping; ///< column mapping used for the import
    QJsonObject report; ///< counts, timings, transformations
    QString createdAt; ///< UTC ISO 8601 with milliseconds
    QString createdBy;
    QList<ColumnInfo> columns; ///< in position order

    /// "NAME@3"
    QString refString() const;
    /// snake_case keys: id, dataset_id, dataset, version, parent_id (null), kind, row_count, content_sha256,
    /// source_name, source_sha256, source_bytes (null when not recorded), dialect, mapping, report, created_at,
    /// created_by, columns (array of ColumnInfo::toJson()).
    QJsonObject toJson() const;
};

/// A dataset with all its versions, oldest first.
struct DatasetSummary {
    qint64 id = 0;
    QString name;
    QString createdAt;
    QString createdBy;
    QList<DatasetVersionInfo> versions;

    /// The newest version, or nullptr when there is none.
    const DatasetVersionInfo* latest() const { return versions.isEmpty() ? nullptr : &versions.constLast(); }
    /// {id, name, created_at, created_by, latest_version (null when none), versions: [...]}
    QJsonObject toJson() const;
};

/// A source row the importer could not take (import_rejects), or a single bad value in it.
struct RejectedRow {
    qint64 line = 0; ///< 1-based line number in the source file
    QString column; ///< source column name; empty when the whole row is rejected
    QString raw; ///< the offending raw text (may be truncated by the importer); empty when not kept
    QString reason; ///< translated, user-facing

    /// {line, column (null when empty), raw (null when empty), reason}
    QJsonObject toJson() const;
    bool operator==(const RejectedRow&) const = default;
};

} // namespace valuator
