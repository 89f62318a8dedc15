// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/table/Table.h"

#include <QDate>
#include <QJsonObject>

#include <cstdint>
#include <vector>

namespace valuator {

/// Values no real car sale can have, per canonical field. The thresholds are parameters so a cleaning plan
/// carries the ones its report used. Rules (a null never breaks a rule; completeness reports nulls):
/// - model_year: before `minModelYear` (1950), or more than `maxYearsAfterSale` (1) after the sale year (makers
///   sell next year's models from summer on); without a sale date, after the year of `maxSaleDate` + 1.
/// - mileage_km: negative, or above `maxMileageKm` (1,500,000 km: beyond any documented car).
/// - sale_price: zero or negative.
/// - power_kw: zero or negative, or above `maxPowerKw` (1,000 kW = 1,360 PS: the few hypercars above it are not
///   dealership stock; raise it for such data).
/// - sale_date: before `minSaleDate` (1950-01-01) or, when `maxSaleDate` is set (the reference date), after it.
/// Columns missing from the table are skipped.
struct ImpossibleRules {
    enum Rule : uint8_t { ModelYear = 1, Mileage = 2, Price = 4, Power = 8, SaleDate = 16 };
    static constexpr Rule kAll[] = {ModelYear, Mileage, Price, Power, SaleDate};

    int minModelYear = 1950;
    int maxYearsAfterSale = 1;
    double maxMileageKm = 1'500'000;
    double maxPowerKw = 1'000;
    QDate minSaleDate {1950, 1, 1};
    QDate maxSaleDate; ///< invalid: no upper bound

    /// Per row, the rules it breaks (bit mask of Rule). Pure; about 10 ns a row.
    std::vector<uint8_t> evaluate(const Table& table) const;
    /// The canonical field a rule checks ("model_year", ...).
    static QString fieldOf(Rule rule);

    QJsonObject toJson() const;
    /// Missing keys keep their defaults; wrong types or unreadable dates are errors.
    static Result<ImpossibleRules> fromJson(const QJsonObject& json);
    bool operator==(const ImpossibleRules&) const = default;
};

} // namespace valuator
