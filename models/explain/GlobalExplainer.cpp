// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/explain/GlobalExplainer.h"

#include "models/features/FeatureSpec.h"
#include "models/learners/Learner.h"
#include "models/validation/SplitMix64.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace valuator {

namespace {

constexpr int64_t kShapChunk = 256; // rows per contributions call: a progress/cancel point every ~0.5 s at worst

/// Linear-interpolated percentile (p in 0..1) of the finite values of `v`; NaN when there are none.
double percentile(std::vector<double> v, double p)
{
    v.erase(std::remove_if(v.begin(), v.end(), [](double d) { return !std::isfinite(d); }), v.end());
    if (v.empty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    const double pos = p * double(v.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (pos - double(lo)) * (v[hi] - v[lo]);
}

std::vector<int64_t> sampleRows(int64_t rows, int64_t wanted, uint64_t seed)
{
    std::vector<int64_t> all(static_cast<size_t>(rows));
    std::iota(all.begin(), all.end(), int64_t(0));
    if (wanted <= 0 || wanted >= rows)
        return all;
    SplitMix64 rng(SplitMix64::derive(seed, 0x5ea));
    rng.shuffle(all);
    all.resize(size_t(wanted));
    std::sort(all.begin(), all.end());
    return all;
}

/// The normalised 0..1 colour value of every cell of column `f` of the summary.
void normaliseColumn(ShapSummary& s, int f, FeatureKind kind, int categories)
{
    const int64_t n = s.rowCount();
    std::vector<double> column(static_cast<size_t>(n));
    for (int64_t r = 0; r < n; ++r)
        column[size_t(r)] = s.valueAt(r, f);
    const double lo = percentile(column, 0.05);
    const double hi = percentile(column, 0.95);
    for (int64_t r = 0; r < n; ++r) {
        const double v = column[size_t(r)];
        double z = std::nan("");
        if (std::isfinite(v)) {
            if (kind == FeatureKind::Categorical)
                z = categories > 1 ? v / double(categories - 1) : 0.5;
            else if (kind == FeatureKind::Indicator)
                z = v != 0 ? 1.0 : 0.0;
            else
                z = hi > lo ? std::clamp((v - lo) / (hi - lo), 0.0, 1.0) : 0.5;
        }
        s.normalised[size_t(r) * size_t(s.columnCount()) + size_t(f)] = z;
    }
}

Status fillSummary(const TrainedModel& model, const FeatureMatrix& xs, ShapSummary& s, const ProgressFn& progress,
    qint64 totalSteps, qint64& step)
{
    for (int64_t from = 0; from < xs.rows; from += kShapChunk) {
        const int64_t to = std::min(xs.rows, from + kShapChunk);
        std::vector<int64_t> idx(static_cast<size_t>(to - from));
        std::iota(idx.begin(), idx.end(), from);
        auto c = model.contributions(xs.select(idx));
        if (!c)
            return fail(c.error());
        if (s.features.isEmpty())
            s.features = c->names;
        s.bias.insert(s.bias.end(), c->bias.begin(), c->bias.end());
        s.shap.insert(s.shap.end(), c->values.begin(), c->values.end());
        if (!reportProgress(progress, ++step, totalSteps))
            return fail(Error::cancelled());
    }
    const int columns = s.columnCount();
    s.values.assign(size_t(xs.rows) * size_t(columns), std::nan(""));
    s.normalised.assign(s.values.size(), std::nan(""));
    for (int f = 0; f < columns; ++f) {
        const int col = xs.indexOf(s.features[f]);
        if (col < 0)
            continue;
        for (int64_t r = 0; r < xs.rows; ++r)
            s.values[size_t(r) * size_t(columns) + size_t(f)] = double(xs.at(r, col));
        normaliseColumn(s, f, xs.kinds[size_t(col)], xs.categoryCounts.empty() ? 0 : xs.categoryCounts[size_t(col)]);
    }
    return {};
}

QList<FeatureImportance> importanceOf(const TrainedModel& model, const ShapSummary& s)
{
    QList<FeatureImportance> out;
    const QJsonObject gains = model.learner() == QLatin1String("xgboost")
        ? model.summary().value(QStringLiteral("gain_importance")).toObject()
        : QJsonObject();
    double gainTotal = 0;
    for (auto it = gains.begin(); it != gains.end(); ++it)
        gainTotal += it.value().toDouble();
    for (int f = 0; f < s.columnCount(); ++f) {
        FeatureImportance fi;
        fi.feature = s.features[f];
        double sum = 0;
        for (int64_t r = 0; r < s.rowCount(); ++r)
            sum += std::abs(s.shapAt(r, f));
        fi.meanAbsShap = s.rowCount() > 0 ? sum / double(s.rowCount()) : 0;
        if (!gains.isEmpty()) {
            fi.gain = gains.value(fi.feature).toDouble();
            fi.gainShare = gainTotal > 0 ? fi.gain / gainTotal : 0;
        }
        out.append(fi);
    }
    std::stable_sort(out.begin(), out.end(), [](const FeatureImportance& a, const FeatureImportance& b) {
        return a.meanAbsShap != b.meanAbsShap ? a.meanAbsShap > b.meanAbsShap : a.feature < b.feature;
    });
    return out;
}

/// Sets column `f` of every row of `m` to `value`, keeping mileage_per_year = mileage_km / max(age, 0.5).
void setFeature(FeatureMatrix& m, int f, float value, int age, int km, int perYear)
{
    for (int64_t r = 0; r < m.rows; ++r) {
        float* row = m.values.data() + size_t(r) * size_t(m.columns);
        row[f] = value;
        if (perYear >= 0 && km >= 0 && age >= 0 && (f == km || f == age))
            row[perYear] = std::isnan(row[age]) ? NAN : row[km] / std::max(row[age], 0.5f);
    }
}

Result<PartialDependence> partialDependence(const FeatureSpec& spec, const TrainedModel& model, const FeatureMatrix& xs,
    int f, const GlobalExplainOptions& options)
{
    PartialDependence pd;
    pd.feature = xs.names[f];
    std::vector<double> column(static_cast<size_t>(xs.rows));
    for (int64_t r = 0; r < xs.rows; ++r)
        column[size_t(r)] = xs.at(r, f);
    const int points = std::max(2, options.gridPoints);
    for (int g = 0; g < points; ++g) {
        const double v = percentile(column, 0.05 + 0.90 * g / double(points - 1));
        if (std::isfinite(v) && (pd.grid.empty() || v > pd.grid.back()))
            pd.grid.push_back(v);
    }
    const int64_t curves = std::min<int64_t>(xs.rows, std::max(0, options.iceCurves));
    const int64_t stride = curves > 0 ? std::max<int64_t>(1, xs.rows / curves) : 1;
    for (int64_t i = 0; i < curves; ++i)
        pd.iceRows.push_back(i * stride);
    pd.ice.assign(pd.iceRows.size() * pd.grid.size(), 0);
    const int age = xs.indexOf(QStringLiteral("age_years"));
    const int km = xs.indexOf(QStringLiteral("mileage_km"));
    const int perYear = xs.indexOf(QStringLiteral("mileage_per_year"));
    FeatureMatrix work = xs;
    for (size_t g = 0; g < pd.grid.size(); ++g) {
        setFeature(work, f, float(pd.grid[g]), age, km, perYear);
        auto raw = model.predict(work);
        if (!raw)
            return fail(raw.error());
        double sum = 0;
        for (double p : *raw)
            sum += spec.toPrice(p);
        pd.average.push_back(xs.rows > 0 ? sum / double(xs.rows) : 0);
        for (size_t i = 0; i < pd.iceRows.size(); ++i)
            pd.ice[i * pd.grid.size() + g] = spec.toPrice((*raw)[size_t(pd.iceRows[i])]);
    }
    return pd;
}

QList<CoefficientInterval> coefficientsOf(const FeatureSpec& spec, const TrainedModel& model)
{
    QList<CoefficientInterval> out;
    if (model.learner() != QLatin1String("linear"))
        return out;
    const auto number = [](const QJsonValue& v) { return v.isDouble() ? v.toDouble() : std::nan(""); };
    for (const QJsonValue& v : model.summary().value(QStringLiteral("coefficients")).toArray()) {
        const QJsonObject o = v.toObject();
        CoefficientInterval c;
        c.feature = o.value(QStringLiteral("feature")).toString();
        c.term = o.value(QStringLiteral("term")).toString();
        c.termLabel = c.term;
        if (c.term.startsWith(QLatin1String("level:")))
            c.termLabel = spec.categories(c.feature).value(c.term.mid(6).toInt(), c.term);
        c.coefficient = number(o.value(QStringLiteral("coefficient")));
        c.stdError = number(o.value(QStringLiteral("std_error")));
        c.ciLow = number(o.value(QStringLiteral("ci_low")));
        c.ciHigh = number(o.value(QStringLiteral("ci_high")));
        out.append(c);
    }
    return out;
}

} // namespace

Result<GlobalExplanation> GlobalExplainer::explain(const FeatureSpec& spec, const TrainedModel& model,
    const FeatureMatrix& x, const GlobalExplainOptions& options, const ProgressFn& progress)
{
    GlobalExplanation out;
    out.learner = model.learner();
    out.logTarget = spec.options().logTarget;
    out.tableRows = x.rows;
    const std::vector<int64_t> rows = sampleRows(x.rows, options.sampleRows, options.seed);
    const FeatureMatrix xs = x.select(rows);
    QList<int> pdp;
    for (const QString& name : options.pdpFeatures) {
        const int f = xs.indexOf(name);
        if (f >= 0 && xs.kinds[size_t(f)] == FeatureKind::Numeric && xs.rows > 0)
            pdp << f;
    }
    const qint64 total = (xs.rows + kShapChunk - 1) / kShapChunk + pdp.size();
    qint64 step = 0;
    if (!reportProgress(progress, 0, total))
        return fail(Error::cancelled());
    out.summary.rows = rows;
    if (Status ok = fillSummary(model, xs, out.summary, progress, total, step); !ok)
        return fail(ok.error());
    if (out.summary.features.isEmpty())
        out.summary.features = x.names;
    if (!out.summary.bias.empty())
        out.meanBias
            = std::accumulate(out.summary.bias.begin(), out.summary.bias.end(), 0.0) / double(out.summary.bias.size());
    out.importance = importanceOf(model, out.summary);
    for (int f : std::as_const(pdp)) {
        auto pd = partialDependence(spec, model, xs, f, options);
        if (!pd)
            return fail(pd.error());
        for (int64_t& r : pd->iceRows)
            r = rows[size_t(r)]; // sample index -> table row
        out.partialDependence.append(std::move(*pd));
        if (!reportProgress(progress, ++step, total))
            return fail(Error::cancelled());
    }
    out.coefficients = coefficientsOf(spec, model);
    return out;
}

} // namespace valuator
