// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/explain/CarExplanation.h"
#include "models/table/Table.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace valuator {

class FeatureSpec;
class TrainedModel;

/// Explains single valuations: one car's fields -> 1-row Table -> FeatureSpec::transform -> contributions ->
/// CarExplanation with the dealer sheet. Pure and cheap (no I/O; ~0.1-3 ms per car), so the GUI may call it on
/// the UI thread for every what-if edit with the model it keeps loaded. Thread-safe for concurrent calls on
/// const models.
class CarExplainer {
    Q_DECLARE_TR_FUNCTIONS(CarExplainer)
public:
    /// A 1-row Table from a car as JSON keyed by CarSchema keys ("brand", "model", "model_year",
    /// "first_registration" and "sale_date" as "YYYY-MM-DD", "mileage_km", "power_kw", "owners", "region",
    /// "equipment" as an array of strings or one "a; b; c" string, ...). Numbers may be JSON numbers or numeric
    /// strings; null or absent = missing. A missing sale_date becomes `valuationDate` (invalid = today).
    /// Unknown keys and "plate" (personal data) are ignored; "sale_price" is kept when given. InvalidArgument
    /// naming the key when a value has the wrong type (e.g. "mileage_km": "lots", "sale_date": "31.02.2024").
    static Result<Table> carTable(const QJsonObject& car, const QDate& valuationDate = {});

    /// Explains row `row` of `table` (the table's columns as CarSchema keys, as carTable() makes them).
    static Result<CarExplanation> explain(
        const FeatureSpec& spec, const TrainedModel& model, const Table& table, int64_t row = 0);
    /// carTable(car, valuationDate) then explain().
    static Result<CarExplanation> explain(
        const FeatureSpec& spec, const TrainedModel& model, const QJsonObject& car, const QDate& valuationDate = {});

    /// Dealer-sheet line key of a feature: "base" (brand, model, variant, age_years), "specification" (fuel,
    /// transmission, body_type, power_kw, engine_l, colour), "mileage" (mileage_km, mileage_per_year),
    /// "equipment:<token>" (equipment indicators), "condition" (owners, seller_type, names containing
    /// "condition"/"damage"/"accident"), "region", "timing" (names starting "sale_"), else "other".
    /// Note: the current FeatureSpec has no sale-date feature (the date enters through age_years), so "timing" is
    /// 0 until one is added.
    static QString lineKey(const QString& feature);
};

} // namespace valuator
