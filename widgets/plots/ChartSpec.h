// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace valuator {

/// One data series of a chart: a name for the legend and one value per bin or category (NaN = no bar there).
struct ChartSeries {
    QString name;
    QList<double> values;
    QColor color;
};

/// A horizontal reference line across the value axis (e.g. the PSI warn and alert thresholds), labelled.
struct ChartThreshold {
    double value = 0;
    QString label;
    QColor color;
};

/// What a chart shows, independent of QCustomPlot: ChartView and ChartRenderer turn it into a plot. Plain data,
/// copyable, so pages and reports build the same chart from the same description.
///
/// Kinds:
/// - Histogram: numeric bins given by `edges` (values.size() + 1 ascending edges), bars as wide as their bin.
/// - CategoryBars: one bar per entry of `categories` (dates binned by month or year are categories too); several
///   series share the positions and must not overlap (use NaN where a series has no bar, e.g. one series per
///   status colour).
/// - Overlaid: two or more series over the same categories drawn on top of each other, the first wide and
///   translucent, later ones narrower, so reference and current shares can be compared bin by bin.
/// - HorizontalBars: categories on the vertical axis, first category at the top (top values).
///
/// Every chart has a title and both axis labels (with units); a legend is shown when there is more than one
/// series. Values are plotted as given: pass percentages (0..100) with a "%" axis label for shares.
struct ChartSpec {
    enum class Kind { Histogram, CategoryBars, Overlaid, HorizontalBars };

    Kind kind = Kind::CategoryBars;
    QString title;
    QString xLabel; ///< the axis along the bins or categories (for HorizontalBars: the value axis, at the bottom)
    QString yLabel; ///< the value axis (for HorizontalBars: the category axis, on the left)
    QList<double> edges; ///< Histogram only
    QStringList categories; ///< CategoryBars, Overlaid, HorizontalBars
    QList<ChartSeries> series;
    QList<ChartThreshold> thresholds;
    QString emptyText; ///< shown instead of a plot when there is no data

    /// True when no series holds a finite value.
    bool isEmpty() const;
    int barCount() const; ///< finite values over all series
    bool hasLegend() const { return series.size() > 1; }

    /// A numeric histogram: `counts[i]` rows in [edges[i], edges[i+1]).
    static ChartSpec histogram(const QString& title, const QString& xLabel, const QString& yLabel,
        const QList<double>& edges, const QList<double>& counts);
    /// Bars per labelled bin (dates by month or year, or any ordered categories).
    static ChartSpec labelledBins(const QString& title, const QString& xLabel, const QString& yLabel,
        const QStringList& labels, const QList<double>& values);
    /// Bars per category, each coloured by the group it belongs to: `groups` gives each bar's group index into
    /// `groupNames`/`groupColors` (one legend entry per group that has a bar), plus optional threshold lines.
    static ChartSpec groupedBars(const QString& title, const QString& xLabel, const QString& yLabel,
        const QStringList& categories, const QList<double>& values, const QList<int>& groups,
        const QStringList& groupNames, const QList<QColor>& groupColors, const QList<ChartThreshold>& thresholds = {});
    /// Two or more series over the same bins, drawn on top of each other with a legend.
    static ChartSpec overlaid(const QString& title, const QString& xLabel, const QString& yLabel,
        const QStringList& bins, const QList<ChartSeries>& series);
    /// Horizontal bars, first category at the top: value along the bottom axis (`xLabel`), categories at the left.
    static ChartSpec horizontalBars(const QString& title, const QString& xLabel, const QString& yLabel,
        const QStringList& categories, const QList<double>& values);

    static QColor defaultColor(int seriesIndex);
};

} // namespace valuator
