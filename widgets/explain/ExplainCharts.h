// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/explain/FairnessReport.h"
#include "models/explain/GlobalExplanation.h"
#include "widgets/explain/Waterfall.h"
#include "widgets/plots/ChartSpec.h"
#include "widgets/plots/XyChartSpec.h"

#include <QCoreApplication>

namespace valuator {

/// The Explain page's chart descriptions, built from the explain results (pure: the page, the report and the tests
/// build the same charts). Cars are identified by features only, never by plate.
///
/// SHAP values of log-price models are shown as an effect on the price in percent, 100 * (e^shap - 1); of
/// price-scale models in currency.
class ExplainCharts {
    Q_DECLARE_TR_FUNCTIONS(ExplainCharts)
public:
    /// Number of colour classes of the beeswarm and dependence plots (low..high), plus one for missing values.
    static constexpr int kColourClasses = 5;

    /// Grouped bars per feature in importance order: share of the total mean |SHAP| (%) and, for XGBoost, share
    /// of the total gain (%). Series 0 holds one bar per feature.
    /// `maxFeatures` > 0 keeps only that many (reports).
    static XyChartSpec importance(const GlobalExplanation& global, int maxFeatures = 0);
    /// Beeswarm of the `maxFeatures` most important features: x = feature (jittered), y = SHAP effect; one
    /// series per colour class of the feature's value (low..high, then missing).
    static XyChartSpec beeswarm(const GlobalExplanation& global, int maxFeatures = 20);
    /// SHAP effect of `feature` against its value, coloured by the automatically chosen second feature.
    static XyChartSpec dependence(const GlobalExplanation& global, const QString& feature);
    /// Partial dependence (thick line) with ICE curves (thin grey) of one feature, in `currency`.
    static XyChartSpec partialDependence(const PartialDependence& pd, const QString& currency);
    /// Linear models: the `maxTerms` largest standardised coefficients with 95 % confidence intervals.
    static XyChartSpec coefficients(const GlobalExplanation& global, int maxTerms = 25);
    /// The waterfall's axes and ranges (the bars are added by ExplainPlots::decorateWaterfall).
    static XyChartSpec waterfall(const Waterfall& waterfall, const QString& currency);
    /// MAPE per segment of `dimension` (all dimensions when empty), flagged segments in red, with the overall
    /// MAPE as a line.
    static ChartSpec fairness(const FairnessReport& report, const QString& dimension = {});

    /// Colour of class `index` (0 = low, blue .. kColourClasses-1 = high, red; kColourClasses = missing, grey).
    static QColor classColour(int index);
    /// The colour class of a normalised value 0..1 (NaN: the missing class).
    static int colourClass(double normalised);
    /// A readable name for a feature ("mileage_km" -> "Mileage (km)", "equipment:navi" -> "Equipment: navi").
    static QString featureTitle(const QString& feature);
};

} // namespace valuator
