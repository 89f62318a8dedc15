// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/validation/Metrics.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace valuator {

Metrics Metrics::compute(std::span<const double> actual, std::span<const double> predicted)
{
    Metrics m;
    const size_t n = std::min(actual.size(), predicted.size());
    std::vector<double> ape;
    ape.reserve(n);
    double sumAbs = 0;
    double sumSq = 0;
    double sumActual = 0;
    qint64 within = 0;
    for (size_t i = 0; i < n; ++i) {
        const double a = actual[i];
        const double p = predicted[i];
        if (!(a > 0) || !std::isfinite(a) || !std::isfinite(p))
            continue;
        const double err = std::abs(p - a);
        sumAbs += err;
        sumSq += err * err;
        sumActual += a;
        ape.push_back(err / a);
        within += ape.back() <= 0.10;
    }
    m.count = qint64(ape.size());
    if (m.count == 0)
        return m;
    const auto count = double(m.count);
    m.mae = sumAbs / count;
    m.rmse = std::sqrt(sumSq / count);
    double sumApe = 0;
    for (double e : ape)
        sumApe += e;
    m.mape = sumApe / count;
    m.within10 = double(within) / count;
    // SST around the mean of the same rows; a second pass keeps it exact for large prices.
    const double mean = sumActual / count;
    double sst = 0;
    for (size_t i = 0; i < n; ++i) {
        const double a = actual[i];
        if (a > 0 && std::isfinite(a) && std::isfinite(predicted[i]))
            sst += (a - mean) * (a - mean);
    }
    m.r2 = sst > 0 ? 1.0 - sumSq / sst : 0.0;
    const size_t mid = ape.size() / 2;
    std::nth_element(ape.begin(), ape.begin() + std::ptrdiff_t(mid), ape.end());
    const double upper = ape[mid];
    if (ape.size() % 2 == 1) {
        m.medianApe = upper;
    } else {
        const double lower = *std::max_element(ape.begin(), ape.begin() + std::ptrdiff_t(mid));
        m.medianApe = (lower + upper) / 2;
    }
    return m;
}

QJsonObject Metrics::toJson() const
{
    return {{QStringLiteral("count"), count}, {QStringLiteral("mae"), mae}, {QStringLiteral("rmse"), rmse},
        {QStringLiteral("mape"), mape}, {QStringLiteral("median_ape"), medianApe}, {QStringLiteral("r2"), r2},
        {QStringLiteral("within_10pct"), within10}};
}

Metrics Metrics::fromJson(const QJsonObject& json)
{
    Metrics m;
    m.count = json.value(QStringLiteral("count")).toInteger();
    m.mae = json.value(QStringLiteral("mae")).toDouble();
    m.rmse = json.value(QStringLiteral("rmse")).toDouble();
    m.mape = json.value(QStringLiteral("mape")).toDouble();
    m.medianApe = json.value(QStringLiteral("median_ape")).toDouble();
    m.r2 = json.value(QStringLiteral("r2")).toDouble();
    m.within10 = json.value(QStringLiteral("within_10pct")).toDouble();
    return m;
}

} // namespace valuator
