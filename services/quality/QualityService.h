// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/contract/ContractReport.h"
#include "models/contract/DataContract.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/drift/DriftAnalyzer.h"
#include "models/quality/Cleaner.h"
#include "models/quality/CleaningPlan.h"
#include "models/quality/QualityReport.h"
#include "services/datasets/DatasetTypes.h"

#include <QCoreApplication>
#include <QDate>

namespace valuator {

class Database;

/// Pass/warn/fail of a dataset version for training: the worse of the quality checks and the data contract.
enum class QualityGate { Pass, Warn, Fail };
QString qualityGateName(QualityGate gate); ///< "pass", "warn", "fail"
std::optional<QualityGate> qualityGateFromName(const QString& name);

/// What to check a dataset version against.
struct QualityRequest {
    DatasetRef dataset;
    QString contractPath; ///< a YAML data contract; empty = the shipped default (:/contracts/default-contract.yaml)
    QDate referenceDate; ///< "today" for freshness and stale-data rules; invalid = the current date
    QString actor;
    QualityOptions options; ///< its referenceDate is replaced by the request's
};

/// A stored quality report of one dataset version.
struct QualityRun {
    qint64 reportId = 0;
    DatasetVersionInfo version;
    QualityReport report;
    ContractReport contract;
    QualityGate gate = QualityGate::Pass;
    QString createdAt;
    QString createdBy;
    /// The CLI's `profile --json`: rows, columns, checks, duplicates, contract (rules), gate, dataset, version.
    QJsonObject toJson() const;
};

/// A quality report as stored in the workspace (the JSON of QualityRun::toJson).
struct StoredQualityReport {
    qint64 id = 0;
    qint64 versionId = 0;
    QualityGate gate = QualityGate::Pass;
    QString createdAt;
    QString createdBy;
    QJsonObject report;
};

/// A stored drift comparison between two versions.
struct DriftRun {
    qint64 reportId = 0;
    DatasetVersionInfo reference;
    DatasetVersionInfo current;
    DriftReport report;
    QJsonObject toJson() const;
};

/// A cleaned version and what each step did.
struct CleanRun {
    DatasetVersionInfo source;
    DatasetVersionInfo cleaned;
    CleaningPlan plan;
    QJsonObject stepsReport; ///< CleaningResult::toJson
    QJsonObject toJson() const;
};

/// Quality work on workspace datasets: profile + checks + contract (stored with the version, with its gate),
/// drift between versions, cleaning into a new version, and the training gate with its audited override.
///
/// Threads: profile(), drift() and clean() are synchronous and open their own workspace connection, so they run
/// on worker threads (jobs); progress reports phases as done/total = 0..100. Each stores its result and audit row
/// in one transaction; a cancel or failure stores nothing.
class QualityService {
    Q_DECLARE_TR_FUNCTIONS(QualityService)
public:
    static Result<QualityRun> profile(
        const QString& workspacePath, const QualityRequest& request, const ProgressFn& progress = {});
    static Result<DriftRun> drift(const QString& workspacePath, const DatasetRef& reference, const DatasetRef& current,
        const DriftOptions& options, const QString& actor, const ProgressFn& progress = {});
    /// Applies `plan` to `source` and stores the result as a new 'clean' version of the same dataset (parent =
    /// source), with the plan and the per-step report as its lineage.
    static Result<CleanRun> clean(const QString& workspacePath, const DatasetRef& source, const CleaningPlan& plan,
        const QString& actor, const ProgressFn& progress = {});

    /// Runs the checks on `source` (nothing stored) and proposes the cleaning plan for what they found.
    static Result<CleaningPlan> proposePlan(const QString& workspacePath, const DatasetRef& source,
        const QualityOptions& options, const QString& actor, const ProgressFn& progress = {});
    /// The shipped default contract, parsed.
    static Result<DataContract> defaultContract();
    static Result<DataContract> loadContract(const QString& path);

    /// The latest stored report of a version (NotFound when it was never profiled).
    static Result<StoredQualityReport> latestReport(Database& db, qint64 versionId);
    /// The gate of a version: its latest report's, NotFound when none exists.
    static Result<QualityGate> gate(Database& db, qint64 versionId);
    /// Records that `actor` uses a version whose gate failed anyway, with a reason (audit row
    /// `quality.gate_override`). Training calls this when the user confirms.
    static Status overrideGate(Database& db, qint64 versionId, const QString& reason, const QString& actor);
};

} // namespace valuator
