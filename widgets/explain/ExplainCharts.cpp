// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/explain/ExplainCharts.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace valuator {
namespace {

double effect(double shap, bool logTarget)
{
    return logTarget ? 100.0 * std::expm1(shap) : shap;
}

QString effectLabel(bool logTarget, const QString& currency)
{
    return logTarget ? ExplainCharts::tr("Effect on price (%)")
                     : ExplainCharts::tr("Effect on price (%1)").arg(currency);
}

/// Deterministic jitter in -0.3..0.3 so the same explanation always draws the same swarm.
double jitter(int64_t row, int feature)
{
    quint64 z = quint64(row) * 0x9E3779B97F4A7C15ull + quint64(feature) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 30)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return (double(z % 10000) / 10000.0 - 0.5) * 0.6;
}

QList<XySeries> colourSeries(const QString& what)
{
    const QStringList names {ExplainCharts::tr("%1: low").arg(what), ExplainCharts::tr("%1: lower").arg(what),
        ExplainCharts::tr("%1: middle").arg(what), ExplainCharts::tr("%1: higher").arg(what),
        ExplainCharts::tr("%1: high").arg(what), ExplainCharts::tr("%1: missing").arg(what)};
    QList<XySeries> series;
    for (int i = 0; i <= ExplainCharts::kColourClasses; ++i)
        series.append({names.at(i), XySeries::Style::Points, {}, {}, ExplainCharts::classColour(i)});
    return series;
}

int indexOf(const ShapSummary& summary, const QString& feature)
{
    return int(summary.features.indexOf(feature));
}

} // namespace

QColor ExplainCharts::classColour(int index)
{
    if (index >= kColourClasses)
        return QColor(150, 150, 150);
    const double t = double(index) / double(kColourClasses - 1);
    return QColor(int(30 + t * (230 - 30)), int(120 - t * 100), int(230 - t * 170)); // blue -> red
}

int ExplainCharts::colourClass(double normalised)
{
    if (!std::isfinite(normalised))
        return kColourClasses;
    return std::clamp(int(normalised * kColourClasses), 0, kColourClasses - 1);
}

QString ExplainCharts::featureTitle(const QString& feature)
{
    static const QHash<QString, const char*> known {{QStringLiteral("mileage_km"), QT_TR_NOOP("Mileage (km)")},
        {QStringLiteral("age_years"), QT_TR_NOOP("Age (years)")},
        {QStringLiteral("mileage_per_year"), QT_TR_NOOP("Mileage per year (km)")},
        {QStringLiteral("power_kw"), QT_TR_NOOP("Power (kW)")}, {QStringLiteral("engine_l"), QT_TR_NOOP("Engine (l)")}};
    if (const char* text = known.value(feature))
        return tr(text);
    if (feature.startsWith(QLatin1String("equipment:")))
        return tr("Equipment: %1").arg(feature.mid(10));
    return feature;
}

XyChartSpec ExplainCharts::importance(const GlobalExplanation& global, int maxFeatures)
{
    XyChartSpec spec;
    const qsizetype shown
        = maxFeatures > 0 ? std::min<qsizetype>(maxFeatures, global.importance.size()) : global.importance.size();
    spec.title = shown < global.importance.size() ? tr("Feature importance (the %1 most important)").arg(shown)
                                                  : tr("Feature importance");
    spec.xLabel = tr("Feature (most important first)");
    spec.yLabel = tr("Share of total importance (%)");
    spec.emptyText = tr("No importance to show.");
    double shapTotal = 0;
    double gainTotal = 0;
    for (const FeatureImportance& f : global.importance) {
        shapTotal += f.meanAbsShap;
        gainTotal += std::isfinite(f.gain) ? f.gain : 0;
    }
    XySeries shap {tr("Mean |SHAP| (share)"), XySeries::Style::Bars, {}, {}, ChartSpec::defaultColor(0)};
    XySeries gain {tr("XGBoost gain (share)"), XySeries::Style::Bars, {}, {}, ChartSpec::defaultColor(1)};
    for (qsizetype i = 0; i < shown; ++i) {
        const FeatureImportance& f = global.importance.at(i);
        spec.categories << featureTitle(f.feature);
        shap.x << double(i + 1);
        shap.y << (shapTotal > 0 ? 100.0 * f.meanAbsShap / shapTotal : 0.0);
        if (gainTotal > 0 && std::isfinite(f.gain)) {
            gain.x << double(i + 1);
            gain.y << 100.0 * f.gain / gainTotal;
        }
    }
    spec.series << shap;
    if (!gain.x.isEmpty())
        spec.series << gain;
    return spec;
}

XyChartSpec ExplainCharts::beeswarm(const GlobalExplanation& global, int maxFeatures)
{
    XyChartSpec spec;
    spec.title = tr("SHAP summary: one dot per car and feature");
    spec.xLabel = tr("Feature (most important first); colour = the car's value of that feature");
    spec.yLabel = effectLabel(global.logTarget, QStringLiteral("EUR"));
    spec.emptyText = tr("No SHAP values to show.");
    spec.series = colourSeries(tr("Feature value"));
    const ShapSummary& s = global.summary;
    const int n = std::min<int>(maxFeatures, int(global.importance.size()));
    for (int i = 0; i < n; ++i) {
        const int f = indexOf(s, global.importance.at(i).feature);
        if (f < 0)
            continue;
        spec.categories << featureTitle(global.importance.at(i).feature);
        for (int64_t r = 0; r < s.rowCount(); ++r) {
            XySeries& target = spec.series[colourClass(s.normalisedAt(r, f))];
            target.x << double(i + 1) + jitter(s.rows[size_t(r)], f);
            target.y << effect(s.shapAt(r, f), global.logTarget);
        }
    }
    return spec;
}

XyChartSpec ExplainCharts::dependence(const GlobalExplanation& global, const QString& feature)
{
    const DependenceData d = global.dependence(feature);
    XyChartSpec spec;
    spec.title = tr("SHAP dependence: %1").arg(featureTitle(feature));
    spec.xLabel = featureTitle(feature);
    spec.yLabel = effectLabel(global.logTarget, QStringLiteral("EUR"));
    spec.emptyText = tr("Choose a feature to see how its value drives the price.");
    spec.series = colourSeries(d.colourFeature.isEmpty() ? tr("Colour") : featureTitle(d.colourFeature));
    for (size_t i = 0; i < d.value.size() && i < d.shap.size(); ++i) {
        if (!std::isfinite(d.value[i]))
            continue;
        XySeries& target = spec.series[colourClass(i < d.colour.size() ? d.colour[i] : NAN)];
        target.x << d.value[i];
        target.y << effect(d.shap[i], global.logTarget);
    }
    return spec;
}

XyChartSpec ExplainCharts::partialDependence(const PartialDependence& pd, const QString& currency)
{
    XyChartSpec spec;
    spec.title = tr("Partial dependence with ICE curves: %1").arg(featureTitle(pd.feature));
    spec.xLabel = featureTitle(pd.feature);
    spec.yLabel = tr("Predicted price (%1)").arg(currency);
    spec.emptyText = tr("No partial dependence for %1.").arg(featureTitle(pd.feature));
    const QVector<double> grid(pd.grid.cbegin(), pd.grid.cend());
    const size_t points = pd.grid.size();
    for (size_t c = 0; c < pd.iceRows.size() && points > 0; ++c) {
        XySeries ice {c == 0 ? tr("One car (ICE)") : QString(), XySeries::Style::Line, grid, {}, QColor(0, 0, 0, 40)};
        for (size_t g = 0; g < points; ++g)
            ice.y << pd.ice[c * points + g];
        spec.series << ice;
    }
    XySeries average {tr("Average over cars (PDP)"), XySeries::Style::Line, grid, {}, QColor(200, 40, 40)};
    average.y = QVector<double>(pd.average.cbegin(), pd.average.cend());
    spec.series << average;
    return spec;
}

XyChartSpec ExplainCharts::coefficients(const GlobalExplanation& global, int maxTerms)
{
    XyChartSpec spec;
    spec.title = tr("Standardised coefficients with 95 % confidence intervals (largest %1)").arg(maxTerms);
    spec.xLabel = tr("Term");
    spec.yLabel = global.logTarget ? tr("Coefficient (log price per SD)") : tr("Coefficient (EUR per SD)");
    spec.emptyText = tr("Coefficients are shown for linear models only.");
    QList<const CoefficientInterval*> order;
    for (const CoefficientInterval& c : global.coefficients)
        order << &c;
    std::stable_sort(order.begin(), order.end(), [](const CoefficientInterval* a, const CoefficientInterval* b) {
        return std::abs(a->coefficient) > std::abs(b->coefficient);
    });
    order = order.mid(0, maxTerms);
    XySeries interval {tr("95 % confidence interval"), XySeries::Style::Line, {}, {}, QColor(90, 90, 90)};
    XySeries point {tr("Coefficient"), XySeries::Style::Points, {}, {}, ChartSpec::defaultColor(0)};
    for (qsizetype i = 0; i < order.size(); ++i) {
        const CoefficientInterval& c = *order.at(i);
        const QString term = c.term == QLatin1String("value") ? QString() : QStringLiteral(": ") + c.termLabel;
        spec.categories << featureTitle(c.feature) + term;
        const double x = double(i + 1);
        point.x << x;
        point.y << c.coefficient;
        if (std::isfinite(c.ciLow) && std::isfinite(c.ciHigh)) {
            // Graph data is sorted by key (not stably): nudge the keys so low, high, gap keep their order. The NaN
            // point breaks the line between terms.
            interval.x << x << x + 1e-6 << x + 2e-6;
            interval.y << c.ciLow << c.ciHigh << NAN;
        }
    }
    spec.series << interval << point;
    return spec;
}

XyChartSpec ExplainCharts::waterfall(const Waterfall& waterfall, const QString& currency)
{
    XyChartSpec spec;
    spec.title = tr("Why this price: base value → contributions → price");
    spec.xLabel = tr("Step (feature = the car's value)");
    spec.yLabel = tr("Price (%1)").arg(currency);
    spec.emptyText = tr("Choose a car to see its valuation.");
    XySeries range {QString(), XySeries::Style::Points, {}, {}, QColor(0, 0, 0, 0)}; // ranges only
    for (qsizetype i = 0; i < waterfall.steps.size(); ++i) {
        spec.categories << waterfall.steps.at(i).label;
        range.x << double(i + 1) << double(i + 1);
        range.y << waterfall.steps.at(i).start << waterfall.steps.at(i).end;
    }
    spec.series << range;
    return spec;
}

ChartSpec ExplainCharts::fairness(const FairnessReport& report, const QString& dimension)
{
    QStringList categories;
    QList<double> values;
    QList<int> groups;
    for (const SegmentError& s : report.segments) {
        if (!dimension.isEmpty() && s.dimension != dimension)
            continue;
        categories << (dimension.isEmpty() ? QStringLiteral("%1: %2").arg(s.dimension, s.segment) : s.segment);
        values << 100.0 * s.mape;
        groups << (s.flagged ? 1 : 0);
    }
    const QList<ChartThreshold> lines {
        {100.0 * report.mape, tr("Overall MAPE %1 %").arg(100.0 * report.mape, 0, 'f', 1), QColor(40, 40, 40)},
        {100.0 * report.mape * report.options.factor,
            tr("Flag above %1 %").arg(100.0 * report.mape * report.options.factor, 0, 'f', 1), QColor(200, 40, 40)}};
    ChartSpec spec = ChartSpec::groupedBars(tr("Error by segment (MAPE)"),
        dimension.isEmpty() ? tr("Segment") : tr("Segment of %1").arg(dimension), tr("MAPE (%)"), categories, values,
        groups, {tr("Within tolerance"), tr("Flagged")}, {ChartSpec::defaultColor(0), QColor(214, 39, 40)}, lines);
    spec.emptyText = tr("No fairness check has been run for this model yet.");
    return spec;
}

} // namespace valuator
