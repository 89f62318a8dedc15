// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal helpers shared by DatasetWriter and DatasetStore: row readers for the dataset tables and small
// binding/JSON conversions. Not part of the public API of services/datasets/.

#include "models/core/Result.h"
#include "services/datasets/DatasetTypes.h"
#include "services/workspace/Statement.h"

#include <QJsonObject>
#include <QString>

namespace valuator {
class Database;
}

namespace valuator::datasetsql {

/// The columns readVersion() expects, in order; append a WHERE/ORDER BY clause.
extern const QString kSelectVersion;
/// The columns readColumn() expects (version_id first), in order; append a WHERE/ORDER BY clause.
extern const QString kSelectColumn;

/// Reads one row of kSelectVersion (without columns). Integrity error for an unknown kind.
Result<DatasetVersionInfo> readVersion(const Statement& row);
/// Reads one row of kSelectColumn; Integrity error for an unknown type.
Result<ColumnInfo> readColumn(const Statement& row);
/// Loads the columns of `info` (position order) into info.columns.
Status loadColumns(Database& db, DatasetVersionInfo& info);

/// id of the dataset named `name`, 0 when there is none.
Result<qint64> findDatasetId(Database& db, const QString& name);
/// Inserts a datasets row created now by `actor`; returns its id.
Result<qint64> insertDataset(Database& db, const QString& name, const QString& actor);

/// Compact JSON text of `object`, or a null QString for an empty object (stored as NULL).
QString jsonText(const QJsonObject& object);
/// Parses stored JSON; NULL or invalid text gives an empty object.
QJsonObject parseJson(const QString& text);
/// Binds `text`, or NULL when it is empty.
Status bindTextOrNull(Statement& statement, int index, const QString& text);
/// Now, UTC ISO 8601 with milliseconds (the workspace's timestamp format).
QString nowUtc();

} // namespace valuator::datasetsql
