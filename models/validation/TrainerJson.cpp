// SPDX-License-Identifier: GPL-3.0-or-later
// The run record's JSON: what the workspace stores and `valuator-cli train --json` prints.
#include "models/validation/Trainer.h"

#include <QJsonArray>

#include <cmath>

namespace valuator {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonArray curveToJson(const QList<CurvePoint>& curve)
{
    QJsonArray out;
    for (const CurvePoint& p : curve)
        out.append(QJsonObject {{QStringLiteral("iteration"), p.iteration},
            {QStringLiteral("train_rmse"), number(p.trainRmse)}, {QStringLiteral("valid_rmse"), number(p.validRmse)}});
    return out;
}

} // namespace

QJsonObject TrainingConfig::toJson() const
{
    QJsonObject overrides;
    for (auto it = learner.overrides.cbegin(); it != learner.overrides.cend(); ++it)
        overrides.insert(it.key(), it.value());
    const QJsonObject learnerJson {{QStringLiteral("learner"), learner.learner},
        {QStringLiteral("preset"), learner.preset}, {QStringLiteral("overrides"), overrides}};
    return {{QStringLiteral("learner"), learnerJson}, {QStringLiteral("features"), features.toJson()},
        {QStringLiteral("split"), split.toJson()}, {QStringLiteral("threads"), threads},
        {QStringLiteral("train_final_model"), trainFinalModel}};
}

Result<TrainingConfig> TrainingConfig::fromJson(const QJsonObject& json)
{
    TrainingConfig c;
    const QJsonObject learnerJson = json.value(QStringLiteral("learner")).toObject();
    c.learner.learner = learnerJson.value(QStringLiteral("learner")).toString(c.learner.learner);
    c.learner.preset = learnerJson.value(QStringLiteral("preset")).toString(c.learner.preset);
    const QJsonObject overrides = learnerJson.value(QStringLiteral("overrides")).toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        c.learner.overrides.insert(it.key(), it.value().toVariant().toString());
    auto features = FeatureOptions::fromJson(json.value(QStringLiteral("features")).toObject());
    if (!features)
        return fail(features.error());
    c.features = *features;
    if (json.contains(QStringLiteral("split"))) {
        auto split = SplitSpec::fromJson(json.value(QStringLiteral("split")).toObject());
        if (!split)
            return fail(split.error());
        c.split = *split;
    }
    c.threads = json.value(QStringLiteral("threads")).toInt(c.threads);
    c.trainFinalModel = json.value(QStringLiteral("train_final_model")).toBool(c.trainFinalModel);
    if (c.threads < 1 || c.threads > 256)
        return fail(ErrorCode::Parse, Trainer::tr("The thread count of the training settings is out of range."));
    return c;
}

QJsonObject FoldResult::toJson() const
{
    return {{QStringLiteral("fold"), fold}, {QStringLiteral("train_rows"), trainRows},
        {QStringLiteral("test_rows"), testRows}, {QStringLiteral("metrics"), metrics.toJson()},
        {QStringLiteral("model"), model}, {QStringLiteral("curve"), curveToJson(curve)}};
}

QJsonObject TrainingRun::toJson() const
{
    QJsonArray foldsJson;
    for (const FoldResult& f : folds)
        foldsJson.append(f.toJson());
    QJsonObject out {{QStringLiteral("learner"), config.learner.learner}, {QStringLiteral("config"), config.toJson()},
        {QStringLiteral("parameters"), parameters}, {QStringLiteral("folds"), foldsJson},
        {QStringLiteral("metrics"), overall.toJson()}, {QStringLiteral("usable_rows"), usableRows},
        {QStringLiteral("seconds"), seconds}, {QStringLiteral("transform"), transform.toJson()}};
    if (model) {
        out.insert(QStringLiteral("model"), model->summary());
        out.insert(QStringLiteral("feature_spec"), spec.toJson());
        out.insert(QStringLiteral("final_curve"), curveToJson(finalCurve));
    }
    return out;
}

} // namespace valuator
