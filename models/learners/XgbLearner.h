// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/learners/Learner.h"

#include <QCoreApplication>

namespace valuator {

/// XGBoost hyper-parameters (validated by LearnerFactory; names as in XGBoost's documentation).
struct XgbParams {
    int rounds = 300; ///< boosting rounds (trees)
    int maxDepth = 8;
    double eta = 0.1;
    double subsample = 1.0;
    double colsampleBytree = 1.0;
    double minChildWeight = 1.0;
    double lambda = 1.0; ///< L2 on leaf weights
    double alpha = 0.0; ///< L1 on leaf weights
    int maxBin = 256;
    int maxCatToOnehot = 4; ///< categoricals with fewer categories use one-vs-rest splits, else partitions
    int earlyStoppingRounds = 0; ///< 0 = off; needs validation data
    QJsonObject toJson() const;
};

/// Gradient-boosted trees through XGBoost's C API: squared error on the target, `hist` trees, native categorical
/// splits for Categorical columns, base_score = the mean training target (1.7 would start from 0.5, 2.x
/// estimates it: fixing it gives both the same trees).
///
/// Trains one round at a time (XGBoosterUpdateOneIter) so that after every round it can report
/// `onIteration(round, trainRmse, validRmse)` (round 0-based, NaN validation RMSE without validation data) and
/// `progress(round + 1, rounds)`; progress returning false ends training with ErrorCode::Cancelled.
/// Early stopping: with validation data and earlyStoppingRounds > 0, training stops once the validation RMSE
/// has not improved for that many rounds; the model predicts with the rounds up to the best one. With
/// earlyStoppingRounds 0 the model keeps every round even when validation data is given (it then only feeds the
/// learning curve's validation RMSE).
/// Deterministic for the same data, seed and thread count (the seed is re-applied every round, so other
/// boosters on the same thread cannot shift the random stream).
class XgbLearner : public Learner {
    Q_DECLARE_TR_FUNCTIONS(XgbLearner)
public:
    explicit XgbLearner(XgbParams params)
        : m_params(params)
    {
    }
    QString name() const override { return QStringLiteral("xgboost"); }
    QJsonObject parameters() const override { return m_params.toJson(); }
    Result<std::unique_ptr<TrainedModel>> fit(const FeatureMatrix& x, std::span<const float> y,
        const FeatureMatrix* validX, std::span<const float> validY, const FitOptions& options) const override;

private:
    XgbParams m_params;
};

} // namespace valuator
