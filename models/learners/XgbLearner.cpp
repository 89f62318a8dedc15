// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/learners/XgbLearner.h"

#include "models/core/ModelsLog.h"
#include "models/learners/XgbBooster.h"
#include "models/learners/XgbModel.h"

#include <cmath>
#include <limits>
#include <optional>

namespace valuator {

namespace {

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 17);
}

/// Every booster parameter we set; XGBoost's defaults are never relied on (they differ between 1.7 and 2.x).
Status configure(XgbBooster& b, const XgbParams& p, const FitOptions& o, double baseScore)
{
    const QList<QPair<const char*, QByteArray>> params {{"objective", "reg:squarederror"}, {"tree_method", "hist"},
        {"eval_metric", "rmse"}, {"verbosity", "1"}, {"nthread", QByteArray::number(std::max(1, o.threads))},
        {"seed", QByteArray::number(qint64(o.seed & 0x7fffffffu))}, {"seed_per_iteration", "1"},
        {"base_score", number(baseScore)}, {"eta", number(p.eta)}, {"max_depth", QByteArray::number(p.maxDepth)},
        {"subsample", number(p.subsample)}, {"colsample_bytree", number(p.colsampleBytree)},
        {"min_child_weight", number(p.minChildWeight)}, {"lambda", number(p.lambda)}, {"alpha", number(p.alpha)},
        {"max_bin", QByteArray::number(p.maxBin)}, {"max_cat_to_onehot", QByteArray::number(p.maxCatToOnehot)}};
    for (const auto& [name, value] : params)
        if (auto ok = b.setParam(name, value); !ok)
            return ok;
    return {};
}

bool allFinite(std::span<const float> v)
{
    return std::all_of(v.begin(), v.end(), [](float f) { return std::isfinite(f); });
}

} // namespace

QJsonObject XgbParams::toJson() const
{
    return QJsonObject {{QStringLiteral("rounds"), rounds}, {QStringLiteral("max_depth"), maxDepth},
        {QStringLiteral("eta"), eta}, {QStringLiteral("subsample"), subsample},
        {QStringLiteral("colsample_bytree"), colsampleBytree}, {QStringLiteral("min_child_weight"), minChildWeight},
        {QStringLiteral("lambda"), lambda}, {QStringLiteral("alpha"), alpha}, {QStringLiteral("max_bin"), maxBin},
        {QStringLiteral("max_cat_to_onehot"), maxCatToOnehot},
        {QStringLiteral("early_stopping_rounds"), earlyStoppingRounds}};
}

Result<std::unique_ptr<TrainedModel>> XgbLearner::fit(const FeatureMatrix& x, std::span<const float> y,
    const FeatureMatrix* validX, std::span<const float> validY, const FitOptions& options) const
{
    if (x.rows < 2 || y.size() != size_t(x.rows) || !allFinite(y))
        return fail(ErrorCode::InvalidArgument, tr("Training needs at least two rows, each with a finite target."),
            QStringLiteral("rows %1, targets %2").arg(x.rows).arg(y.size()));
    const bool hasValid = validX && validX->rows > 0;
    if (hasValid && (validX->names != x.names || validY.size() != size_t(validX->rows) || !allFinite(validY)))
        return fail(ErrorCode::InvalidArgument,
            tr("The validation data must have the training features and a finite target per row."));

    const int threads = std::max(1, options.threads);
    auto train = XgbDMatrix::create(x, y, threads);
    if (!train)
        return fail(train.error());
    std::optional<XgbDMatrix> valid;
    if (hasValid) {
        auto v = XgbDMatrix::create(*validX, validY, threads);
        if (!v)
            return fail(v.error());
        valid.emplace(std::move(*v));
    }
    std::vector<const XgbDMatrix*> data {&*train};
    if (valid)
        data.push_back(&*valid);
    auto booster = XgbBooster::create(data);
    if (!booster)
        return fail(booster.error());
    double mean = 0;
    for (float v : y)
        mean += v;
    mean /= double(y.size());
    if (auto ok = configure(*booster, m_params, options, mean); !ok)
        return fail(ok.error());

    const int patience = valid ? m_params.earlyStoppingRounds : 0;
    double bestRmse = std::numeric_limits<double>::infinity();
    int best = 0;
    for (int round = 0; round < m_params.rounds; ++round) {
        if (auto ok = booster->updateOneIter(round, *train); !ok)
            return fail(ok.error());
        // The learning curve: RMSE on the training rows and (for early stopping) the validation rows.
        auto trainRmse = booster->cachedRmse(*train, y);
        if (!trainRmse)
            return fail(trainRmse.error());
        double validRmse = std::numeric_limits<double>::quiet_NaN();
        if (valid) {
            auto v = booster->cachedRmse(*valid, validY);
            if (!v)
                return fail(v.error());
            validRmse = *v;
        }
        if (options.onIteration)
            options.onIteration(round, *trainRmse, validRmse);
        // Without early stopping every round counts: validation data then only feeds the learning curve, it
        // must not pick the number of trees behind the caller's back.
        if (patience == 0 || validRmse < bestRmse) {
            bestRmse = validRmse;
            best = round;
        }
        if (!reportProgress(options.progress, round + 1, m_params.rounds))
            return fail(Error::cancelled());
        if (patience > 0 && round - best >= patience) {
            qCDebug(lcTrain) << "xgboost: early stop after round" << round << "best" << best << bestRmse;
            break;
        }
    }
    const QByteArrayList names = XgbDMatrix::featureNames(x);
    const QByteArrayList types = XgbDMatrix::featureTypes(x);
    for (auto ok : {booster->setFeatureInfo("feature_name", names), booster->setFeatureInfo("feature_type", types)})
        if (!ok)
            return fail(ok.error());
    if (valid)
        if (auto ok = booster->setAttr("best_score", number(bestRmse)); !ok)
            return fail(ok.error());
    auto model = XgbModel::fromBooster(std::move(*booster), best, threads, parameters());
    if (!model)
        return fail(model.error());
    return std::unique_ptr<TrainedModel>(std::move(*model));
}

} // namespace valuator
