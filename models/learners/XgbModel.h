// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/learners/Learner.h"
#include "models/learners/XgbBooster.h"
#include "models/learners/XgbForest.h"

#include <QCoreApplication>

#include <memory>
#include <mutex>

namespace valuator {

/// A trained XGBoost model. Keeps every boosted round but predicts with the trees of rounds
/// [0, bestIteration] (XGBoost's iteration_range), so early stopping's extra rounds never count.
/// Serialized as XGBoost UBJSON with the facts we need as booster attributes ("best_iteration" as Python's
/// xgboost writes it, "valuator_parameters", "valuator_threads"): the bytes load in any XGBoost >= 1.6.
///
/// Large batches are predicted by an XgbForest compiled from the booster: about twice as fast as XGBoost's own
/// predictor and bit-identical to it. Compiling costs about as much as XGBoost predicting kCompileMinRows rows
/// through the same trees (both grow with the tree count), so the first batch of at least that size compiles it;
/// from then on every batch of kForestMinRows or more uses it. Before the forest is used, it predicts probe rows
/// that reach every kind of branch (XgbForest::probeRows) and must agree with XGBoost on each bit; if it cannot
/// be compiled or does not agree, XGBoost predicts (and the reason is logged).
class XgbModel : public TrainedModel {
    Q_DECLARE_TR_FUNCTIONS(XgbModel)
public:
    /// Takes a trained booster (whose feature names/types are set); `bestIteration` is 0-based (the last round
    /// kept), `threads` the OpenMP threads of predictions. Records both as booster attributes.
    static Result<std::unique_ptr<XgbModel>> fromBooster(
        XgbBooster booster, int bestIteration, int threads, const QJsonObject& parameters);
    /// Restores a model written by serialize().
    static Result<std::unique_ptr<XgbModel>> load(const QByteArray& bytes);

    QString learner() const override { return QStringLiteral("xgboost"); }
    Result<std::vector<double>> predict(const FeatureMatrix& x) const override;
    /// Compiles the forest when `rows` reach kCompileMinRows, so that chunks of that batch use it.
    void expectRows(int64_t rows) const override;
    /// TreeSHAP (exact, path-dependent): bias (XGBoost's base_score plus the expected tree output) + sum = value.
    Result<Contributions> contributions(const FeatureMatrix& x) const override;
    Result<QByteArray> serialize() const override;
    /// {"trees", "best_iteration" (0-based), "trees_used", "parameters", "xgboost_version",
    ///  "importance_type": "total_gain", "gain_importance": {feature: total gain over the trees used}}
    QJsonObject summary() const override;

    /// A batch at least this large compiles the forest (measured break-even: about 70,000 rows).
    static constexpr int64_t kCompileMinRows = 65536;
    /// Once compiled, batches at least this large go through the forest (below, its threads do not pay off).
    static constexpr int64_t kForestMinRows = 256;
    /// Whether predict() uses the compiled forest for large batches; compiles it now if not yet tried (for
    /// callers that know many predictions will follow, e.g. partial dependence over a grid).
    bool usesForest() const { return forest() != nullptr; }
    /// Whether the forest has been compiled (or tried), without compiling it.
    bool forestCompiled() const
    {
        const std::lock_guard lock(m_forestMutex);
        return m_forestTried;
    }

    int bestIteration() const { return m_bestIteration; }
    int rounds() const { return m_rounds; }
    QStringList featureNames() const { return m_names; }

private:
    explicit XgbModel(XgbBooster booster)
        : m_booster(std::move(booster))
    {
    }
    Status checkColumns(const FeatureMatrix& x) const;
    QJsonObject gainImportance() const;
    /// The compiled forest, built and checked on first call; null when XGBoost must predict.
    std::shared_ptr<const XgbForest> forest() const;

    XgbBooster m_booster;
    int m_bestIteration = 0;
    int m_rounds = 0;
    int m_threads = 1;
    QJsonObject m_parameters;
    QStringList m_names;
    mutable std::mutex m_forestMutex;
    mutable std::shared_ptr<const XgbForest> m_forest;
    mutable bool m_forestTried = false;
};

} // namespace valuator
