// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/CompareCharts.h"

#include "widgets/plots/ChartSpec.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>

namespace valuator {
namespace {

/// Segment keys of one prediction; -1 when unknown.
int ageBand(int years)
{
    if (years < 0)
        return -1;
    return years <= 2 ? 0 : years <= 5 ? 1 : years <= 9 ? 2 : 3;
}

int priceBand(double price)
{
    return price < 10000 ? 0 : price < 20000 ? 1 : price < 40000 ? 2 : 3;
}

QStringList topBrands(const CompareData& data, int count)
{
    QHash<QString, int> rows;
    for (const ComparedRun& r : data.runs)
        for (const QString& b : r.brand)
            if (!b.isEmpty())
                ++rows[b];
    QStringList brands = rows.keys();
    std::sort(brands.begin(), brands.end(), [&](const QString& a, const QString& b) {
        return rows.value(a) != rows.value(b) ? rows.value(a) > rows.value(b) : a < b;
    });
    return brands.mid(0, count);
}

double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    const size_t k = std::min(values.size() - 1, size_t(q * double(values.size() - 1)));
    std::nth_element(values.begin(), values.begin() + qsizetype(k), values.end());
    return values[k];
}

} // namespace

QString CompareCharts::seriesName(const RunRecord& run)
{
    const QString name = run.name.size() > 40 ? run.name.left(39) + QChar(0x2026) : run.name;
    return tr("#%1 %2").arg(run.id).arg(name);
}

QString CompareCharts::rmseLabel(bool logTarget)
{
    return logTarget ? tr("RMSE (log price)") : tr("RMSE (EUR)");
}

XyChartSpec CompareCharts::predictedVsActual(const CompareData& data)
{
    XyChartSpec spec;
    spec.title = tr("Predicted vs actual price");
    spec.xLabel = tr("Actual price (EUR)");
    spec.yLabel = tr("Predicted price (EUR)");
    spec.identityLine = true;
    spec.identityName = tr("y = x (perfect prediction)");
    spec.emptyText = tr("Select runs in the leaderboard to compare their predictions.");
    for (const ComparedRun& r : data.runs) {
        XySeries s;
        s.name = seriesName(r.run);
        s.style = XySeries::Style::Points;
        s.x = QVector<double>(r.predictions.actual.begin(), r.predictions.actual.end());
        s.y = QVector<double>(r.predictions.predicted.begin(), r.predictions.predicted.end());
        spec.series << s;
    }
    return spec;
}

XyChartSpec CompareCharts::residualHistograms(const CompareData& data)
{
    XyChartSpec spec;
    spec.title = tr("Residuals (predicted − actual)");
    spec.xLabel = tr("Residual (EUR)");
    spec.yLabel = tr("Share of predictions (%)");
    spec.emptyText = tr("Select runs in the leaderboard to compare their residuals.");
    std::vector<double> all;
    for (const ComparedRun& r : data.runs)
        for (size_t i = 0; i < r.predictions.actual.size(); ++i)
            all.push_back(r.predictions.predicted[i] - r.predictions.actual[i]);
    if (all.empty())
        return spec;
    double lo = percentile(all, 0.01);
    double hi = percentile(all, 0.99);
    if (hi <= lo)
        hi = lo + 1;
    const double width = (hi - lo) / kResidualBins;
    for (const ComparedRun& r : data.runs) {
        XySeries s;
        s.name = seriesName(r.run);
        s.style = XySeries::Style::Steps;
        s.y = QVector<double>(kResidualBins, 0.0);
        for (int b = 0; b < kResidualBins; ++b)
            s.x << lo + width * (b + 0.5);
        for (size_t i = 0; i < r.predictions.actual.size(); ++i) {
            const double e = r.predictions.predicted[i] - r.predictions.actual[i];
            const int bin = std::clamp(int(std::floor((e - lo) / width)), 0, kResidualBins - 1);
            s.y[bin] += 1;
        }
        // Shares, not counts: runs validated with different splits predict different numbers of rows.
        const double n = double(r.predictions.actual.size());
        for (double& v : s.y)
            v = 100.0 * v / n;
        spec.series << s;
    }
    return spec;
}

XyChartSpec CompareCharts::errorBySegment(const CompareData& data)
{
    XyChartSpec spec;
    spec.title = tr("Error by segment");
    spec.xLabel = tr("Segment (brand, age, price by actual)");
    spec.yLabel = tr("MAE (EUR)");
    spec.emptyText = tr("Select runs in the leaderboard to compare their errors by segment.");
    const QStringList brands = topBrands(data, kTopBrands);
    spec.categories = brands;
    spec.categories << tr("0–2 years") << tr("3–5 years") << tr("6–9 years") << tr("10+ years");
    spec.categories << tr("< 10k EUR") << tr("10–20k EUR") << tr("20–40k EUR") << tr("≥ 40k EUR");
    const int ageStart = int(brands.size());
    const int priceStart = ageStart + 4;
    for (const ComparedRun& r : data.runs) {
        std::map<int, std::pair<double, int>> sums; // category -> (sum of |error|, rows)
        for (size_t i = 0; i < r.predictions.actual.size(); ++i) {
            const double error = std::abs(r.predictions.predicted[i] - r.predictions.actual[i]);
            QList<int> keys {priceStart + priceBand(r.predictions.actual[i])};
            if (qsizetype b = brands.indexOf(r.brand.value(qsizetype(i))); b >= 0)
                keys << int(b);
            if (int a = ageBand(i < r.ageYears.size() ? r.ageYears[i] : -1); a >= 0)
                keys << ageStart + a;
            for (int k : keys) {
                sums[k].first += error;
                sums[k].second += 1;
            }
        }
        XySeries s;
        s.name = seriesName(r.run);
        s.style = XySeries::Style::Bars;
        for (const auto& [category, sum] : sums) {
            s.x << double(category + 1);
            s.y << sum.first / sum.second;
        }
        spec.series << s;
    }
    return spec;
}

XyChartSpec CompareCharts::learningCurves(const CompareData& data)
{
    XyChartSpec spec;
    spec.title = tr("Learning curves (final model)");
    spec.xLabel = tr("Boosting round");
    bool logTarget = true;
    spec.emptyText = tr("None of the selected runs has a learning curve (only XGBoost records one).");
    for (qsizetype i = 0; i < data.runs.size(); ++i) {
        const RunRecord& run = data.runs.at(i).run;
        const QJsonArray points = run.curve.value(QStringLiteral("final")).toArray();
        if (points.isEmpty())
            continue;
        logTarget = run.config.value(QStringLiteral("log_target")).toBool(true);
        XySeries train, valid;
        train.name = tr("%1 train").arg(seriesName(run));
        train.style = XySeries::Style::DashedLine;
        valid.name = tr("%1 validation").arg(seriesName(run));
        valid.style = XySeries::Style::Line;
        train.color = valid.color = ChartSpec::defaultColor(int(i));
        for (const QJsonValue& value : points) {
            const QJsonArray p = value.toArray(); // [iteration, train_rmse, valid_rmse (null when none)]
            const double round = p.at(0).toDouble() + 1; // the learner counts from 0, people from tree 1
            train.x << round;
            train.y << p.at(1).toDouble();
            const double v = p.at(2).toDouble(std::nan(""));
            if (std::isfinite(v)) {
                valid.x << round;
                valid.y << v;
            }
        }
        spec.series << train;
        if (!valid.x.isEmpty())
            spec.series << valid;
    }
    spec.yLabel = rmseLabel(logTarget);
    return spec;
}

} // namespace valuator
