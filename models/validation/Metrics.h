// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include <span>

namespace valuator {

/// Valuation error metrics on the price scale (currency), over rows with a positive actual price.
struct Metrics {
    qint64 count = 0;
    double mae = 0; ///< mean absolute error
    double rmse = 0; ///< root mean squared error
    double mape = 0; ///< mean absolute percentage error, as a fraction (0.078 = 7.8 %)
    double medianApe = 0; ///< median absolute percentage error, as a fraction
    double r2 = 0; ///< coefficient of determination
    double within10 = 0; ///< share of predictions within ±10 % of the actual price

    static Metrics compute(std::span<const double> actual, std::span<const double> predicted);
    /// {"count","mae","rmse","mape","median_ape","r2","within_10pct"}
    QJsonObject toJson() const;
    static Metrics fromJson(const QJsonObject& json);
};

} // namespace valuator
