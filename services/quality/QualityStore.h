// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/quality/QualityService.h"

namespace valuator {

/// The SQL side of QualityService: the quality_reports and drift_reports tables (schema v3) and writing a cleaned
/// table as a new dataset version. Each write runs in its own transaction together with its audit row.
class QualityStore {
    Q_DECLARE_TR_FUNCTIONS(QualityStore)
public:
    /// Stores `run` (its JSON, gate and contract identity); returns the new id and its created_at.
    static Result<std::pair<qint64, QString>> insertQualityReport(Database& db, const QualityRun& run,
        const DataContract& contract, const QString& contractSha256, const QDate& referenceDate);
    static Result<qint64> insertDriftReport(Database& db, const DriftRun& run, const QString& actor);
    static Result<StoredQualityReport> latestQualityReport(Database& db, qint64 versionId);
    /// Writes `cleaned` as a 'clean' version with parent `source` (chunks of 65,536 rows).
    static Result<DatasetVersionInfo> writeCleanedVersion(Database& db, const DatasetVersionInfo& source,
        const Table& cleaned, const CleaningPlan& plan, const QJsonObject& stepsReport, const QString& actor,
        const ProgressFn& progress);
};

} // namespace valuator
