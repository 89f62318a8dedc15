// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/explain/GlobalExplanation.h"

#include <QCoreApplication>

namespace valuator {

class FeatureSpec;
class TrainedModel;
struct FeatureMatrix;

/// What a global explanation computes.
struct GlobalExplainOptions {
    int64_t sampleRows = 1000; ///< cars sampled for SHAP (TreeSHAP costs ~1-3 ms per car); <= 0 = all rows
    int iceCurves = 50; ///< ICE curves per PDP feature (a subset of the sample)
    int gridPoints = 20; ///< PDP grid points
    uint64_t seed = 42; ///< sampling seed (SplitMix64): the same seed gives the same sample
    QStringList pdpFeatures {QStringLiteral("mileage_km"), QStringLiteral("age_years")}; ///< PDP/ICE features
};

/// Computes GlobalExplanation from a feature matrix. Pure; synchronous on the calling thread. `progress` counts
/// work in steps (SHAP chunks, then PDP grid points); returning false cancels with ErrorCode::Cancelled.
///
/// PDP/ICE vary a feature in the matrix, keeping derived features consistent: setting mileage_km also sets
/// mileage_per_year = mileage_km / max(age_years, 0.5), setting age_years recomputes mileage_per_year from
/// mileage_km (as FeatureSpec::transform derives it).
class GlobalExplainer {
    Q_DECLARE_TR_FUNCTIONS(GlobalExplainer)
public:
    static Result<GlobalExplanation> explain(const FeatureSpec& spec, const TrainedModel& model, const FeatureMatrix& x,
        const GlobalExplainOptions& options = {}, const ProgressFn& progress = {});
};

} // namespace valuator
