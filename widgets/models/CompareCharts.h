// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/models/CompareData.h"
#include "widgets/plots/XyChartSpec.h"

#include <QCoreApplication>

namespace valuator {

/// Builds the Models page's compare charts from loaded runs: one series per run, in selection order, named
/// after the run. Pure functions (no widgets), so the charts can be checked without a plot.
class CompareCharts {
    Q_DECLARE_TR_FUNCTIONS(CompareCharts)
public:
    /// Out-of-fold predicted vs actual price (EUR), one point per prediction, with the line y = x.
    static XyChartSpec predictedVsActual(const CompareData& data);
    /// Residual (predicted - actual, EUR) histograms over shared bins (kResidualBins between the 1st and 99th
    /// percentile of all residuals; values beyond fall into the outer bins), as % of each run's predictions (so
    /// each run's bins sum to 100 and runs with different splits compare).
    static XyChartSpec residualHistograms(const CompareData& data);
    /// Mean absolute error (EUR) per segment as grouped bars: the most frequent brands, age bands and price bands
    /// (by actual price). Segments with no row in a run have no bar for it.
    static XyChartSpec errorBySegment(const CompareData& data);
    /// Final-model learning curves (train dashed, validation solid) of the runs that have one.
    static XyChartSpec learningCurves(const CompareData& data);

    /// The RMSE axis label: on log price when the run's target was the log of the price (the curve is on the
    /// training target's scale), else EUR.
    static QString rmseLabel(bool logTarget);
    /// The name of a run in legends: its name, shortened.
    static QString seriesName(const RunRecord& run);

    static constexpr int kResidualBins = 30;
    static constexpr int kTopBrands = 6;
};

} // namespace valuator
