// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/learners/LearnerFactory.h"

#include "models/learners/BaselineLearner.h"
#include "models/learners/BaselineModel.h"
#include "models/learners/RidgeLearner.h"
#include "models/learners/RidgeModel.h"
#include "models/learners/XgbLearner.h"
#include "models/learners/XgbModel.h"

#include <cmath>

namespace valuator {

namespace {

/// One parameter with its value in each preset (fast, balanced, accurate).
struct ParameterDef {
    const char* name;
    const char* type; ///< "int" or "double"
    double minimum;
    double maximum;
    const char* presets[3];
    const char* description; ///< source text, translated in LearnerFactory's context
};

// Presets. xgboost: "balanced" is the benchmark configuration (300 depth-8 trees, eta 0.1); "fast" is a
// quick look; "accurate" trades time for a smaller learning rate with early stopping and row/column sampling.
// linear: lambda penalises a 0/1 category effect like k/(k + lambda) for k rows of it (numeric features are
// standardised, so their penalty is negligible next to n). FeatureSpec folds categories rarer than 5 rows into
// "other", so even 0.1 cannot overfit single rows; 10 shrinks small categories noticeably.
const ParameterDef kXgboost[] = {
    {"rounds", "int", 1, 10000, {"100", "300", "1000"},
        QT_TRANSLATE_NOOP("LearnerFactory", "Boosting rounds (trees).")},
    {"max_depth", "int", 1, 20, {"6", "8", "8"}, QT_TRANSLATE_NOOP("LearnerFactory", "Maximum depth of each tree.")},
    {"eta", "double", 0.001, 1, {"0.2", "0.1", "0.05"},
        QT_TRANSLATE_NOOP("LearnerFactory", "Learning rate: how much each tree contributes.")},
    {"subsample", "double", 0.1, 1, {"1", "1", "0.8"},
        QT_TRANSLATE_NOOP("LearnerFactory", "Share of rows sampled for each tree.")},
    {"colsample_bytree", "double", 0.1, 1, {"1", "1", "0.8"},
        QT_TRANSLATE_NOOP("LearnerFactory", "Share of features sampled for each tree.")},
    {"min_child_weight", "double", 0, 1000, {"1", "1", "1"},
        QT_TRANSLATE_NOOP("LearnerFactory", "Minimum number of rows (hessian weight) in a leaf.")},
    {"lambda", "double", 0, 1000, {"1", "1", "1"},
        QT_TRANSLATE_NOOP("LearnerFactory", "L2 regularisation of leaf values.")},
    {"alpha", "double", 0, 1000, {"0", "0", "0"},
        QT_TRANSLATE_NOOP("LearnerFactory", "L1 regularisation of leaf values.")},
    {"max_bin", "int", 16, 1024, {"256", "256", "256"},
        QT_TRANSLATE_NOOP("LearnerFactory", "Histogram bins per numeric feature.")},
    {"max_cat_to_onehot", "int", 1, 64, {"4", "4", "4"},
        QT_TRANSLATE_NOOP("LearnerFactory", "Categories up to this count are split one against the rest.")},
    {"early_stopping_rounds", "int", 0, 1000, {"0", "0", "50"},
        QT_TRANSLATE_NOOP("LearnerFactory", "Stop after this many rounds without validation improvement (0 = off).")},
};
const ParameterDef kLinear[] = {
    {"lambda", "double", 0.000001, 1000000, {"10", "1", "0.1"},
        QT_TRANSLATE_NOOP("LearnerFactory", "Ridge penalty on the standardised coefficients.")},
};
const ParameterDef kBaseline[] = {
    {"age_band_years", "int", 1, 30, {"3", "3", "3"},
        QT_TRANSLATE_NOOP("LearnerFactory", "Width of the age bands in years.")},
    {"min_group_rows", "int", 1, 1000, {"5", "5", "5"},
        QT_TRANSLATE_NOOP("LearnerFactory", "Fewest rows a group needs before its median is used.")},
};

std::span<const ParameterDef> definitions(const QString& learner)
{
    if (learner == QLatin1String("xgboost"))
        return kXgboost;
    if (learner == QLatin1String("linear"))
        return kLinear;
    if (learner == QLatin1String("baseline"))
        return kBaseline;
    return {};
}

QString bound(double v)
{
    return QString::number(v, 'g', 10);
}

/// Parses and range-checks one value; the error names the parameter and the allowed range.
Result<double> parseValue(const ParameterDef& def, const QString& text)
{
    const QString name = QLatin1String(def.name);
    const QString trimmed = text.trimmed();
    bool ok = false;
    double value = 0;
    const bool isInt = qstrcmp(def.type, "int") == 0;
    if (isInt)
        value = double(trimmed.toLongLong(&ok));
    else
        value = trimmed.toDouble(&ok);
    if (ok && std::isfinite(value) && value >= def.minimum && value <= def.maximum)
        return value;
    const QString message = isInt ? LearnerFactory::tr("%1 must be a whole number from %2 to %3, not '%4'.")
                                  : LearnerFactory::tr("%1 must be a number from %2 to %3, not '%4'.");
    return fail(ErrorCode::InvalidArgument, message.arg(name, bound(def.minimum), bound(def.maximum), text),
        QStringLiteral("parameter %1").arg(name));
}

int presetIndex(const QString& preset)
{
    return int(LearnerFactory::presets().indexOf(preset));
}

Result<std::unique_ptr<Learner>> build(const QString& learner, const QMap<QString, double>& v)
{
    auto i = [&v](const char* name) { return int(v.value(QLatin1String(name))); };
    auto d = [&v](const char* name) { return v.value(QLatin1String(name)); };
    if (learner == QLatin1String("xgboost")) {
        XgbParams p;
        p.rounds = i("rounds");
        p.maxDepth = i("max_depth");
        p.eta = d("eta");
        p.subsample = d("subsample");
        p.colsampleBytree = d("colsample_bytree");
        p.minChildWeight = d("min_child_weight");
        p.lambda = d("lambda");
        p.alpha = d("alpha");
        p.maxBin = i("max_bin");
        p.maxCatToOnehot = i("max_cat_to_onehot");
        p.earlyStoppingRounds = i("early_stopping_rounds");
        return std::unique_ptr<Learner>(std::make_unique<XgbLearner>(p));
    }
    if (learner == QLatin1String("linear"))
        return std::unique_ptr<Learner>(std::make_unique<RidgeLearner>(d("lambda")));
    return std::unique_ptr<Learner>(std::make_unique<BaselineLearner>(i("age_band_years"), i("min_group_rows")));
}

Error unknownLearner(const QString& learner)
{
    return Error {ErrorCode::InvalidArgument,
        LearnerFactory::tr("Unknown learner '%1'. Choose one of: %2.")
            .arg(learner, LearnerFactory::learners().join(QStringLiteral(", "))),
        QStringLiteral("learner %1").arg(learner)};
}

} // namespace

QStringList LearnerFactory::learners()
{
    return {QStringLiteral("xgboost"), QStringLiteral("linear"), QStringLiteral("baseline")};
}

QStringList LearnerFactory::presets()
{
    return {QStringLiteral("fast"), QStringLiteral("balanced"), QStringLiteral("accurate")};
}

QList<ParameterInfo> LearnerFactory::parameters(const QString& learner)
{
    QList<ParameterInfo> out;
    for (const ParameterDef& def : definitions(learner))
        out.append(ParameterInfo {QLatin1String(def.name), QLatin1String(def.type), def.minimum, def.maximum, {},
            QLatin1String(def.presets[1]), tr(def.description)});
    return out;
}

Result<QMap<QString, QString>> LearnerFactory::presetValues(const QString& learner, const QString& preset)
{
    if (definitions(learner).empty())
        return fail(unknownLearner(learner));
    const int index = presetIndex(preset);
    if (index < 0)
        return fail(ErrorCode::InvalidArgument,
            tr("Unknown preset '%1'. Choose one of: %2.").arg(preset, presets().join(QStringLiteral(", "))),
            QStringLiteral("preset %1").arg(preset));
    QMap<QString, QString> out;
    for (const ParameterDef& def : definitions(learner))
        out.insert(QLatin1String(def.name), QLatin1String(def.presets[index]));
    return out;
}

Result<std::unique_ptr<Learner>> LearnerFactory::create(const LearnerConfig& config)
{
    auto values = presetValues(config.learner, config.preset);
    if (!values)
        return fail(values.error());
    for (auto it = config.overrides.begin(); it != config.overrides.end(); ++it) {
        if (!values->contains(it.key())) {
            return fail(ErrorCode::InvalidArgument,
                tr("Unknown parameter '%1' for the %2 learner. Known parameters: %3.")
                    .arg(it.key(), config.learner, values->keys().join(QStringLiteral(", "))),
                QStringLiteral("parameter %1").arg(it.key()));
        }
        values->insert(it.key(), it.value());
    }
    QMap<QString, double> parsed;
    for (const ParameterDef& def : definitions(config.learner)) {
        auto v = parseValue(def, values->value(QLatin1String(def.name)));
        if (!v)
            return fail(v.error());
        parsed.insert(QLatin1String(def.name), *v);
    }
    return build(config.learner, parsed);
}

Result<std::unique_ptr<TrainedModel>> LearnerFactory::load(const QString& learner, const QByteArray& bytes)
{
    auto wrap = [](auto result) -> Result<std::unique_ptr<TrainedModel>> {
        if (!result)
            return fail(result.error());
        return std::unique_ptr<TrainedModel>(std::move(*result));
    };
    if (learner == QLatin1String("xgboost"))
        return wrap(XgbModel::load(bytes));
    if (learner == QLatin1String("linear"))
        return wrap(RidgeModel::load(bytes));
    if (learner == QLatin1String("baseline"))
        return wrap(BaselineModel::load(bytes));
    return fail(unknownLearner(learner));
}

} // namespace valuator
