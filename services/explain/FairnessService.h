// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/explain/FairnessReport.h"
#include "services/datasets/DatasetTypes.h"

#include <QCoreApplication>

namespace valuator {

class Database;

/// What fairness check to run.
struct FairnessRequest {
    qint64 modelId = 0; ///< model id (= training run id)
    DatasetRef dataset; ///< the dataset version scored (ideally data the model was not trained on)
    FairnessOptions options; ///< dimensions, factor, minimum segment size
    QString actor; ///< who ran it (created_by and the audit log)
};

/// A stored fairness check (table model_fairness, schema v5).
struct FairnessRecord {
    qint64 id = 0; ///< model_fairness.id
    qint64 modelId = 0; ///< the model checked (= training run id)
    qint64 datasetVersionId = 0; ///< dataset_versions.id of the scored data
    QString datasetRef; ///< "name@version"
    FairnessReport report; ///< the result, with its options
    QString createdAt; ///< UTC ISO 8601
    QString createdBy; ///< acting user

    /// {"id","model","dataset_version_id","dataset","created_at","created_by", ...FairnessReport::toJson()}
    QJsonObject toJson() const;
};

/// Error by segment of a stored model on a dataset version, stored with the model (a future promotion gate).
///
/// run() opens its own workspace connection and is synchronous (loading + scoring: seconds; run it as a job);
/// progress in per-mille, returning false cancels with ErrorCode::Cancelled and stores nothing. The stored row
/// and the audit entry "model.fairness" (target "model:<id>") are written in one transaction.
class FairnessService {
    Q_DECLARE_TR_FUNCTIONS(FairnessService)
public:
    static Result<FairnessRecord> run(
        const QString& workspacePath, const FairnessRequest& request, const ProgressFn& progress = {});
    /// Stores `record` (its id and created_at are set) and appends the audit row.
    static Status store(Database& db, FairnessRecord& record);
    /// The checks of model `modelId`, newest first (empty when none).
    static Result<QList<FairnessRecord>> list(Database& db, qint64 modelId);
    /// The newest check of model `modelId`; NotFound when there is none.
    static Result<FairnessRecord> latest(Database& db, qint64 modelId);
};

} // namespace valuator
