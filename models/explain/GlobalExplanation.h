// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdint>
#include <vector>

namespace valuator {

/// How much one feature drives the model overall.
struct FeatureImportance {
    QString feature; ///< feature name
    double meanAbsShap = 0; ///< mean |SHAP| over the sampled cars, on the target scale (log price for log models)
    double gain = NAN; ///< XGBoost total gain of the feature over the trees used; NaN for other learners
    double gainShare = NAN; ///< gain / sum of all gains (0..1); NaN for other learners
};

/// SHAP summary (beeswarm) data: per sampled car and feature the SHAP value and the feature's value.
/// Matrices are row-major rows x features(), in features() order (the model's column order).
struct ShapSummary {
    QStringList features; ///< feature names, the model's column order
    std::vector<int64_t> rows; ///< the sampled rows (indices into the explained table), ascending
    std::vector<double> bias; ///< per sampled row: the base value (target scale)
    std::vector<double> shap; ///< rows x features: SHAP values (target scale)
    std::vector<double> values; ///< rows x features: the feature values as the model saw them (NaN = missing)
    /// rows x features: values scaled to 0..1 for colouring (numeric: (v - p5) / (p95 - p5) clamped, p = sample
    /// percentiles; categorical: code / (codes - 1); indicator: 0/1); NaN when missing
    std::vector<double> normalised;

    int64_t rowCount() const { return int64_t(rows.size()); }
    int columnCount() const { return int(features.size()); }
    double shapAt(int64_t r, int f) const { return shap[size_t(r) * size_t(features.size()) + size_t(f)]; }
    double valueAt(int64_t r, int f) const { return values[size_t(r) * size_t(features.size()) + size_t(f)]; }
    double normalisedAt(int64_t r, int f) const { return normalised[size_t(r) * size_t(features.size()) + size_t(f)]; }
};

/// SHAP dependence data of one feature: its SHAP value against its value, coloured by a second feature.
struct DependenceData {
    QString feature; ///< the feature on the x axis
    QString colourFeature; ///< the colouring feature (empty when the model has only one feature)
    std::vector<double> value; ///< per sampled row: the feature's value (NaN = missing)
    std::vector<double> shap; ///< per sampled row: the feature's SHAP value (target scale)
    std::vector<double> colour; ///< per sampled row: the colour feature's normalised value 0..1 (NaN = missing)
    std::vector<double> colourValue; ///< per sampled row: the colour feature's raw value (NaN = missing)
};

/// Partial dependence with ICE curves of one feature, in currency.
struct PartialDependence {
    QString feature; ///< "mileage_km" or "age_years" (or any numeric feature asked for)
    std::vector<double> grid; ///< the feature values tried, ascending (sample percentiles 5..95)
    std::vector<double> average; ///< per grid point: the mean predicted price over the sampled cars (PDP)
    std::vector<int64_t> iceRows; ///< the rows with an ICE curve (indices into the explained table)
    std::vector<double> ice; ///< iceRows x grid, row-major: each car's predicted price at each grid value
};

/// One standardised coefficient of a linear model with its 95 % confidence interval.
struct CoefficientInterval {
    QString feature; ///< feature name
    QString term; ///< "value", "missing" or "level:<code>"
    QString termLabel; ///< for people: the category name for a level term, else the term
    double coefficient = 0; ///< per standard deviation of the encoded value (0/1 terms: per unit), target scale
    double stdError = NAN; ///< standard error of the coefficient (NaN when unknown)
    double ciLow = NAN; ///< coefficient - 1.96 SE
    double ciHigh = NAN; ///< coefficient + 1.96 SE
};

/// "Why this price, for the whole model": importance, beeswarm, PDP/ICE and (linear models) coefficients.
struct GlobalExplanation {
    QString learner; ///< "xgboost", "linear", "baseline"
    bool logTarget = false; ///< SHAP values are on the log-price scale
    int64_t tableRows = 0; ///< rows of the explained table before sampling
    double meanBias = 0; ///< mean base value over the sample (target scale)
    QList<FeatureImportance> importance; ///< every feature, by meanAbsShap descending (ties: feature name)
    ShapSummary summary; ///< beeswarm data
    QList<PartialDependence> partialDependence; ///< mileage_km and age_years when the model has them
    QList<CoefficientInterval> coefficients; ///< linear models only, in the model's term order

    /// Dependence data for `feature` coloured by `colourFeature`; an empty colourFeature picks the feature whose
    /// normalised value correlates most (|Pearson|) with `feature`'s SHAP values (shap's approximate-interaction
    /// heuristic). Empty data (no rows) when `feature` is unknown.
    DependenceData dependence(const QString& feature, const QString& colourFeature = {}) const;

    /// {"learner","log_target","rows","sampled","base_value",
    ///  "importance": {"mean_abs_shap": {feature: v}, "gain": {feature: v} (only xgboost), "order": [features]},
    ///  "partial_dependence": [{"feature","grid","average","ice_rows","ice"}],
    ///  "coefficients": [{"feature","term","label","coefficient","std_error","ci_low","ci_high"}]}
    /// The beeswarm matrices are left out unless `withSummary` (they are rows x features numbers).
    QJsonObject toJson(bool withSummary = false) const;
};

} // namespace valuator
