// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/explain/Waterfall.h"
#include "widgets/plots/ChartSpec.h"
#include "widgets/plots/XyChartSpec.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace valuator {

class ChartView;
class XyChartView;

/// What XyChartView cannot draw by itself, added to its QCustomPlot: the waterfall's floating bars (base and price
/// in blue, increases green, decreases red) with their amounts. GUI thread only.
class ExplainPlots {
    Q_DECLARE_TR_FUNCTIONS(ExplainPlots)
public:
    /// view.setChart(spec), then, for charts with categories, room at the right for the last rotated labels
    /// (QCustomPlot drops a tick label that would cross the widget's border); `labelRotation` (degrees, 0 = keep
    /// XyChartView's) steepens crowded labels.
    static void show(XyChartView& view, const XyChartSpec& spec, double labelRotation = 0);
    /// Shows `waterfall` in `view` (ExplainCharts::waterfall for the axes, then the bars and amount labels).
    static void showWaterfall(XyChartView& view, const Waterfall& waterfall, const QString& currency);
    /// Renders `spec` off screen at `size` logical pixels, twice the resolution (for reports); with `waterfall`
    /// its bars are added.
    static QImage render(
        const XyChartSpec& spec, QSize size, const Waterfall* waterfall = nullptr, const QString& currency = {});
    /// ChartView thins out category labels when there are many; the fairness chart needs every segment named (a
    /// flagged bar must never be anonymous): labels every category of the shown CategoryBars chart, steeply rotated.
    static void labelEveryCategory(ChartView& view);
    /// A CategoryBars chart rendered off screen with every category labelled (for reports).
    static QImage renderBars(const ChartSpec& spec, QSize size);
    /// The number of waterfall bars shown in `view` (0 when none), for tests.
    static int waterfallBars(const XyChartView& view);
};

} // namespace valuator
