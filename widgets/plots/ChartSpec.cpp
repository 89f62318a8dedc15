// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plots/ChartSpec.h"

#include <cmath>

namespace valuator {

bool ChartSpec::isEmpty() const
{
    return barCount() == 0;
}

int ChartSpec::barCount() const
{
    int n = 0;
    for (const ChartSeries& s : series)
        for (double v : s.values)
            n += std::isfinite(v) ? 1 : 0;
    return n;
}

QColor ChartSpec::defaultColor(int seriesIndex)
{
    // Colour-blind safe (Okabe-Ito): blue, orange, bluish green, vermillion.
    static const QColor colors[]
        = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00)};
    return colors[seriesIndex % 4];
}

ChartSpec ChartSpec::histogram(const QString& title, const QString& xLabel, const QString& yLabel,
    const QList<double>& edges, const QList<double>& counts)
{
    ChartSpec spec;
    spec.kind = Kind::Histogram;
    spec.title = title;
    spec.xLabel = xLabel;
    spec.yLabel = yLabel;
    if (edges.size() == counts.size() + 1) {
        spec.edges = edges;
        spec.series = {{QString(), counts, defaultColor(0)}};
    }
    return spec;
}

ChartSpec ChartSpec::labelledBins(const QString& title, const QString& xLabel, const QString& yLabel,
    const QStringList& labels, const QList<double>& values)
{
    ChartSpec spec;
    spec.kind = Kind::CategoryBars;
    spec.title = title;
    spec.xLabel = xLabel;
    spec.yLabel = yLabel;
    spec.categories = labels;
    spec.series = {{QString(), values, defaultColor(0)}};
    return spec;
}

ChartSpec ChartSpec::groupedBars(const QString& title, const QString& xLabel, const QString& yLabel,
    const QStringList& categories, const QList<double>& values, const QList<int>& groups, const QStringList& groupNames,
    const QList<QColor>& groupColors, const QList<ChartThreshold>& thresholds)
{
    ChartSpec spec;
    spec.kind = Kind::CategoryBars;
    spec.title = title;
    spec.xLabel = xLabel;
    spec.yLabel = yLabel;
    spec.categories = categories;
    spec.thresholds = thresholds;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (qsizetype g = 0; g < groupNames.size(); ++g) {
        ChartSeries s {groupNames.at(g), QList<double>(categories.size(), nan), groupColors.value(g, defaultColor(g))};
        bool any = false;
        for (qsizetype i = 0; i < categories.size() && i < values.size(); ++i)
            if (groups.value(i) == g) {
                s.values[i] = values.at(i);
                any = true;
            }
        if (any)
            spec.series << s;
    }
    return spec;
}

ChartSpec ChartSpec::overlaid(const QString& title, const QString& xLabel, const QString& yLabel,
    const QStringList& bins, const QList<ChartSeries>& series)
{
    ChartSpec spec;
    spec.kind = Kind::Overlaid;
    spec.title = title;
    spec.xLabel = xLabel;
    spec.yLabel = yLabel;
    spec.categories = bins;
    spec.series = series;
    for (qsizetype i = 0; i < spec.series.size(); ++i)
        if (!spec.series[i].color.isValid())
            spec.series[i].color = defaultColor(int(i));
    return spec;
}

ChartSpec ChartSpec::horizontalBars(const QString& title, const QString& xLabel, const QString& yLabel,
    const QStringList& categories, const QList<double>& values)
{
    ChartSpec spec;
    spec.kind = Kind::HorizontalBars;
    spec.title = title;
    spec.xLabel = xLabel;
    spec.yLabel = yLabel;
    spec.categories = categories;
    spec.series = {{QString(), values, defaultColor(0)}};
    return spec;
}

} // namespace valuator
