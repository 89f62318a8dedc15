// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/features/FeatureMatrix.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace valuator {

/// Per-iteration callback of iterative learners (XGBoost): train and validation RMSE on the target scale.
/// Called on the training thread; keep it cheap.
using IterationFn = std::function<void(int iteration, double trainRmse, double validRmse)>;

/// How to train: threads, seed, progress/cancel (done/total = iterations), learning-curve callback.
struct FitOptions {
    int threads = 2;
    uint64_t seed = 42;
    ProgressFn progress;
    IterationFn onIteration;
};

/// Per-row feature contributions of a prediction on the target scale: bias + sum(contributions) = prediction.
struct Contributions {
    int columns = 0; ///< features
    QStringList names; ///< one per column: the feature names (the baseline has one column, "group")
    std::vector<double> bias; ///< one per row
    std::vector<double> values; ///< rows * columns, row-major
};

/// A fitted model: predicts on the target scale (e.g. log price) from a FeatureMatrix with the training columns.
class TrainedModel {
public:
    virtual ~TrainedModel() = default;
    virtual QString learner() const = 0; ///< "xgboost", "linear", "baseline"
    virtual Result<std::vector<double>> predict(const FeatureMatrix& x) const = 0;
    /// Says that about `rows` rows will now be predicted, possibly in several predict() calls (batch scoring in
    /// chunks for progress). A model may prepare once for the whole batch (XgbModel compiles its forest).
    virtual void expectRows(int64_t rows) const { (void)rows; }
    /// Exact per-feature contributions (TreeSHAP for XGBoost; coefficient x centred value for linear).
    virtual Result<Contributions> contributions(const FeatureMatrix& x) const = 0;
    /// The model as bytes (XGBoost UBJ / JSON of coefficients) plus its kind; TrainedModel::load reverses it.
    virtual Result<QByteArray> serialize() const = 0;
    /// Learner-specific facts for the run record (trees used, best iteration, lambda, coefficients...).
    virtual QJsonObject summary() const = 0;
};

/// One learning algorithm with validated parameters.
class Learner {
public:
    virtual ~Learner() = default;
    virtual QString name() const = 0;
    virtual QJsonObject parameters() const = 0;
    /// Fits on (x, y); `validX`/`validY` (may be empty) drive early stopping and the learning curve.
    virtual Result<std::unique_ptr<TrainedModel>> fit(const FeatureMatrix& x, std::span<const float> y,
        const FeatureMatrix* validX, std::span<const float> validY, const FitOptions& options) const = 0;
};

} // namespace valuator
