// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/validation/Trainer.h"
#include "services/datasets/DatasetTypes.h"
#include "services/training/RunRecord.h"

#include <QCoreApplication>

namespace valuator {

class Database;

/// What to train.
struct TrainRequest {
    DatasetRef dataset;
    TrainingConfig config;
    QString name; ///< empty: "<learner> on <dataset@version>"
    QStringList tags;
    QString actor;
    /// Needed when the dataset version's quality gate failed: the reason is written to the audit log.
    QString gateOverrideReason;
};

struct TrainResult {
    RunRecord run;
    TrainingRun training;
};

/// A stored model ready to predict: its run, feature spec and fitted learner.
struct LoadedModel {
    RunRecord run;
    FeatureSpec spec;
    std::shared_ptr<TrainedModel> model;
};

/// Trains models on workspace datasets and keeps the runs. The quality gate is enforced here: a version that
/// was never profiled is profiled first; a failed gate needs an override reason (audited).
///
/// Threads: train() is synchronous on its own connection (run it as a job); progress in per-mille, the curve
/// callback per boosting round. A cancel or failure stores no run.
class TrainingService {
    Q_DECLARE_TR_FUNCTIONS(TrainingService)
public:
    static Result<TrainResult> train(const QString& workspacePath, const TrainRequest& request,
        const ProgressFn& progress = {}, const Trainer::CurveFn& onIteration = {});
    static Result<LoadedModel> loadModel(Database& db, qint64 modelId);
};

} // namespace valuator
