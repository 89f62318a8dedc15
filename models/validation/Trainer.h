// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/features/FeatureSpec.h"
#include "models/learners/LearnerFactory.h"
#include "models/validation/Metrics.h"
#include "models/validation/Splits.h"

#include <QCoreApplication>

#include <memory>

namespace valuator {

/// Everything that defines a training run (stored with it).
struct TrainingConfig {
    LearnerConfig learner;
    FeatureOptions features;
    SplitSpec split;
    int threads = 2;
    bool trainFinalModel = true; ///< after validation, fit on all usable rows (the model that gets saved)
};

/// One point of a learning curve (iterative learners).
struct CurvePoint {
    int iteration = 0;
    double trainRmse = 0;
    double validRmse = 0;
};

struct FoldResult {
    int fold = 0;
    qint64 trainRows = 0;
    qint64 testRows = 0;
    Metrics metrics;
    QJsonObject model; ///< TrainedModel::summary()
    QList<CurvePoint> curve;
    QJsonObject toJson() const;
};

/// The outcome of Trainer::run: validation metrics per fold and pooled, the out-of-fold predictions (for charts
/// and error-by-segment), and the final model with its feature spec.
struct TrainingRun {
    TrainingConfig config;
    QJsonObject parameters; ///< the learner's resolved parameters
    QList<FoldResult> folds;
    Metrics overall; ///< over all out-of-fold predictions
    std::vector<int64_t> testRows; ///< table rows that were predicted out of fold
    std::vector<double> actual; ///< their prices
    std::vector<double> predicted; ///< their out-of-fold predicted prices
    FeatureSpec spec; ///< of the final model
    std::shared_ptr<TrainedModel> model; ///< final model (null when trainFinalModel is false)
    QList<CurvePoint> finalCurve;
    TransformReport transform; ///< unseen categories met while validating
    qint64 usableRows = 0; ///< rows with a positive price
    double seconds = 0;
    QJsonObject toJson() const; ///< without the per-row predictions
};

/// Validates a learner on a table with the configured split and trains the final model. Per fold the feature
/// spec is learned from the fold's training rows only (no category or token leaks from the test rows).
/// Synchronous; progress done/total in per-mille across folds and the final fit; cancelling returns Cancelled.
/// `onIteration(fold, point)` feeds live learning curves (fold = -1 for the final model).
class Trainer {
    Q_DECLARE_TR_FUNCTIONS(Trainer)
public:
    using CurveFn = std::function<void(int fold, const CurvePoint& point)>;
    static Result<TrainingRun> run(const Table& table, const TrainingConfig& config, const ProgressFn& progress = {},
        const CurveFn& onIteration = {});
};

} // namespace valuator
