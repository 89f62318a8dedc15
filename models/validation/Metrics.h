// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include <span>

namespace valuator {

/// Valuation error metrics on the price scale (currency), over rows with a positive actual price.
/// With a_i the actual and p_i the predicted price of the n counted rows, e_i = |p_i - a_i| and ape_i = e_i / a_i:
/// MAE = sum(e_i) / n, RMSE = sqrt(sum(e_i^2) / n), MAPE = sum(ape_i) / n, median APE = the middle ape_i (the mean
/// of the two middle ones when n is even), R² = 1 - SSE/SST with SSE = sum(e_i^2) and SST = sum((a_i - mean(a))^2)
/// (0 when SST is 0), within ±10 % = share of rows with ape_i <= 0.10. All zero when n = 0.
struct Metrics {
    qint64 count = 0; ///< rows counted (n)
    double mae = 0; ///< mean absolute error
    double rmse = 0; ///< root mean squared error
    double mape = 0; ///< mean absolute percentage error, as a fraction (0.078 = 7.8 %)
    double medianApe = 0; ///< median absolute percentage error, as a fraction
    double r2 = 0; ///< coefficient of determination
    double within10 = 0; ///< share of predictions within ±10 % of the actual price

    /// Pairs (actual[i], predicted[i]); a pair is counted when the actual price is positive and finite and the
    /// prediction is finite (the others are skipped: `count` says how many were used).
    static Metrics compute(std::span<const double> actual, std::span<const double> predicted);
    /// {"count","mae","rmse","mape","median_ape","r2","within_10pct"}
    QJsonObject toJson() const;
    static Metrics fromJson(const QJsonObject& json);
};

} // namespace valuator
