// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace valuator {

/// One series of an XyChartSpec: points, a line, a step outline (histograms) or bars.
struct XySeries {
    enum class Style { Points, Line, DashedLine, Steps, Bars };

    QString name; ///< legend entry (empty: no legend entry)
    Style style = Style::Points;
    QVector<double> x; ///< for charts with categories: the category position 1..n
    QVector<double> y;
    QColor color; ///< invalid: ChartSpec::defaultColor(series index)
};

/// What a numeric x/y chart shows (scatter, learning curves, histograms as steps, grouped bars), independent of
/// QCustomPlot; XyChartView turns it into a plot. The bar charts of ChartSpec cannot draw points or lines, hence
/// this second description. Plain data, copyable.
///
/// With `categories` the x axis shows those labels at positions 1..n and Bars series are grouped side by side.
/// `identityLine` adds the reference line y = x (predicted vs actual).
struct XyChartSpec {
    QString title;
    QString xLabel; ///< with unit, e.g. "Actual price (EUR)"
    QString yLabel;
    QList<XySeries> series;
    QStringList categories;
    bool identityLine = false;
    QString identityName; ///< legend text of the y = x line
    QString emptyText; ///< shown instead of a plot when no series has a point

    bool isEmpty() const;
    /// Points over all series.
    qsizetype pointCount() const;
};

} // namespace valuator
