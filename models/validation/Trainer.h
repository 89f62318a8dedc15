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

    /// {"learner": {"learner","preset","overrides"}, "features", "split", "threads", "train_final_model"}
    QJsonObject toJson() const;
    static Result<TrainingConfig> fromJson(const QJsonObject& json);
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
    /// {"fold","train_rows","test_rows","metrics","model","curve": [{"iteration","train_rmse","valid_rmse"}]}
    QJsonObject toJson() const;
};

/// The outcome of Trainer::run: validation metrics per fold and pooled, the out-of-fold predictions (for charts
/// and error-by-segment), and the final model with its feature spec.
struct TrainingRun {
    TrainingConfig config;
    QJsonObject parameters; ///< the learner's resolved parameters
    QList<FoldResult> folds;
    Metrics overall; ///< over all out-of-fold predictions
    std::vector<int64_t> testRows; ///< table rows that were predicted out of fold, ascending
    std::vector<double> actual; ///< their prices
    std::vector<double> predicted; ///< their out-of-fold predicted prices
    FeatureSpec spec; ///< of the final model (default-constructed when trainFinalModel is false)
    std::shared_ptr<TrainedModel> model; ///< final model (null when trainFinalModel is false)
    QList<CurvePoint> finalCurve;
    TransformReport transform; ///< unseen categories met while validating
    qint64 usableRows = 0; ///< rows with a positive price
    double seconds = 0;
    /// {"learner","config","parameters","folds","metrics","usable_rows","seconds","transform", and with a final
    /// model "model" (its summary), "feature_spec", "final_curve"} — without the per-row predictions.
    QJsonObject toJson() const;
};

/// Validates a learner on a table with the configured split and trains the final model. Usable rows are those
/// with a positive, finite sale_price. Per fold the feature spec is learned from the fold's training rows only
/// (no category or token leaks from the test rows), the model is fitted on them and predicts the test rows.
///
/// Early stopping never looks at the test fold: picking the number of trees by the test rows' error and then
/// reporting that error is optimistic (the test rows chose the model). When the learner stops early
/// (usesEarlyStopping), a validation slice of kValidationShare is carved from the fold's training rows instead —
/// the newest 10 % for a time split (as the test fold is the newest of all), a seeded random 10 % for k-fold, and
/// whole plate groups for a grouped split — the model fits on the rest, and the slice drives early stopping and
/// the learning curve's validation RMSE. The final model follows the same rule on all usable rows.
///
/// Synchronous, on the calling thread; progress done/total in per-mille across the folds and the final fit
/// (the learner's per-iteration progress is mapped into its stage); a progress callback returning false cancels
/// at the learner's next iteration or the next stage: the result is then ErrorCode::Cancelled and nothing else.
/// `onIteration(fold, point)` feeds live learning curves (fold = -1 for the final model), on this thread.
/// Deterministic: the same table, config and learner give the same folds, models and metrics.
class Trainer {
    Q_DECLARE_TR_FUNCTIONS(Trainer)
public:
    using CurveFn = std::function<void(int fold, const CurvePoint& point)>;
    /// Share of the training rows held out for early stopping (the first of 10 folds for k-fold and group).
    static constexpr double kValidationShare = 0.1;

    /// Creates the learner with LearnerFactory::create(config.learner) and runs the overload below.
    static Result<TrainingRun> run(const Table& table, const TrainingConfig& config, const ProgressFn& progress = {},
        const CurveFn& onIteration = {});
    /// Runs with a learner the caller made (config.learner is only recorded).
    static Result<TrainingRun> run(const Table& table, const TrainingConfig& config, const Learner& learner,
        const ProgressFn& progress = {}, const CurveFn& onIteration = {});
    /// True when the learner's parameters enable early stopping ("early_stopping_rounds" > 0): only then is a
    /// validation slice carved from the training rows (other learners fit on all of them).
    static bool usesEarlyStopping(const Learner& learner);
};

} // namespace valuator
