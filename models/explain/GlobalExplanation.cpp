// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/explain/GlobalExplanation.h"

#include <QJsonArray>

#include <cmath>

namespace valuator {

namespace {

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

template <class T> QJsonArray toArray(const std::vector<T>& v)
{
    QJsonArray out;
    for (const T& x : v) {
        if constexpr (std::is_floating_point_v<T>)
            out.append(finiteOrNull(double(x)));
        else
            out.append(qint64(x));
    }
    return out;
}

/// |Pearson correlation| of the pairs where both are finite; 0 when fewer than 3 pairs or no variance.
double absCorrelation(const std::vector<double>& a, const std::vector<double>& b)
{
    double n = 0, sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
        if (!std::isfinite(a[i]) || !std::isfinite(b[i]))
            continue;
        n += 1;
        sa += a[i];
        sb += b[i];
        saa += a[i] * a[i];
        sbb += b[i] * b[i];
        sab += a[i] * b[i];
    }
    if (n < 3)
        return 0;
    const double va = saa - sa * sa / n;
    const double vb = sbb - sb * sb / n;
    if (va <= 1e-300 || vb <= 1e-300)
        return 0;
    return std::abs((sab - sa * sb / n) / std::sqrt(va * vb));
}

std::vector<double> columnOf(const ShapSummary& s, int f, const std::vector<double>& matrix)
{
    std::vector<double> out(static_cast<size_t>(s.rowCount()));
    for (int64_t r = 0; r < s.rowCount(); ++r)
        out[size_t(r)] = matrix[size_t(r) * size_t(s.columnCount()) + size_t(f)];
    return out;
}

} // namespace

DependenceData GlobalExplanation::dependence(const QString& feature, const QString& colourFeature) const
{
    DependenceData d;
    const int f = int(summary.features.indexOf(feature));
    if (f < 0)
        return d;
    d.feature = feature;
    d.value = columnOf(summary, f, summary.values);
    d.shap = columnOf(summary, f, summary.shap);
    int colour = int(summary.features.indexOf(colourFeature));
    if (colour < 0) {
        double best = -1;
        for (int g = 0; g < summary.columnCount(); ++g) {
            if (g == f)
                continue;
            const double c = absCorrelation(d.shap, columnOf(summary, g, summary.normalised));
            if (c > best) {
                best = c;
                colour = g;
            }
        }
    }
    if (colour >= 0) {
        d.colourFeature = summary.features[colour];
        d.colour = columnOf(summary, colour, summary.normalised);
        d.colourValue = columnOf(summary, colour, summary.values);
    }
    return d;
}

QJsonObject GlobalExplanation::toJson(bool withSummary) const
{
    QJsonObject meanAbs;
    QJsonObject gain;
    QJsonArray order;
    for (const FeatureImportance& fi : importance) {
        meanAbs.insert(fi.feature, fi.meanAbsShap);
        if (std::isfinite(fi.gain))
            gain.insert(fi.feature, fi.gain);
        order.append(fi.feature);
    }
    QJsonObject imp {{QStringLiteral("mean_abs_shap"), meanAbs}, {QStringLiteral("order"), order}};
    if (learner == QLatin1String("xgboost"))
        imp.insert(QStringLiteral("gain"), gain);
    QJsonArray pdps;
    for (const PartialDependence& pd : partialDependence)
        pdps.append(QJsonObject {{QStringLiteral("feature"), pd.feature}, {QStringLiteral("grid"), toArray(pd.grid)},
            {QStringLiteral("average"), toArray(pd.average)}, {QStringLiteral("ice_rows"), toArray(pd.iceRows)},
            {QStringLiteral("ice"), toArray(pd.ice)}});
    QJsonArray coefs;
    for (const CoefficientInterval& c : coefficients)
        coefs.append(QJsonObject {{QStringLiteral("feature"), c.feature}, {QStringLiteral("term"), c.term},
            {QStringLiteral("label"), c.termLabel}, {QStringLiteral("coefficient"), finiteOrNull(c.coefficient)},
            {QStringLiteral("std_error"), finiteOrNull(c.stdError)}, {QStringLiteral("ci_low"), finiteOrNull(c.ciLow)},
            {QStringLiteral("ci_high"), finiteOrNull(c.ciHigh)}});
    QJsonObject out {{QStringLiteral("learner"), learner}, {QStringLiteral("log_target"), logTarget},
        {QStringLiteral("rows"), qint64(tableRows)}, {QStringLiteral("sampled"), qint64(summary.rowCount())},
        {QStringLiteral("base_value"), meanBias}, {QStringLiteral("importance"), imp},
        {QStringLiteral("partial_dependence"), pdps}, {QStringLiteral("coefficients"), coefs}};
    if (withSummary)
        out.insert(QStringLiteral("summary"),
            QJsonObject {{QStringLiteral("features"), QJsonArray::fromStringList(summary.features)},
                {QStringLiteral("rows"), toArray(summary.rows)}, {QStringLiteral("shap"), toArray(summary.shap)},
                {QStringLiteral("values"), toArray(summary.values)},
                {QStringLiteral("normalised"), toArray(summary.normalised)}});
    return out;
}

} // namespace valuator
