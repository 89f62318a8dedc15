// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace valuator {

/// One feature's part in one car's prediction.
struct FeatureContribution {
    QString feature; ///< feature name as the model knows it ("mileage_km", "brand", "equipment:navi")
    double value = 0; ///< the car's feature value as the model saw it (category code, 0/1, number; NaN = missing)
    QString displayValue; ///< the value for people: category name, "yes"/"no", number; "" when missing
    double contribution = 0; ///< SHAP value on the model's target scale (log price when the model uses log prices)
    double amount = 0; ///< the same in currency (see CarExplanation for the log-scale conversion)
};

/// One line of the dealer sheet: a group of features in dealer terms, in currency.
struct DealerLine {
    QString key; ///< stable id: "base", "specification", "mileage", "equipment:<token>", "equipment_other",
                 ///< "condition", "region", "timing", "other"
    QString label; ///< translated line title ("Mileage adjustment")
    double amount = 0; ///< currency; "base" holds the base value plus the brand/model/year effects
    QStringList features; ///< the features summed into this line (empty for a line no feature of the model feeds)
    QString carValues; ///< the car's values of those features for people ("mileage_km 85000, mileage_per_year 12143")
};

/// Why one car gets its price: base value -> each contribution -> price.
///
/// Identities (tested): baseValue + sum(contributions[i].contribution) == prediction (target scale, up to
/// XGBoost's float rounding, ~1e-6 relative); sum(dealerLines[i].amount) == price (to ~1e-9 relative).
///
/// Log-price models: contributions add on the log scale, so the price is exp(base) * prod(exp(c_i)). Currency
/// amounts split price - exp(base) proportionally to the log contributions: amount_i = c_i * exp(base) *
/// expm1(S) / S with S = sum(c_i) (the factor is exp(base) when S = 0). This is order-independent (unlike a
/// sequential build-up), keeps each amount's sign, and stays finite when the contributions cancel. The float
/// rounding left over (< 1e-6 of the price) is added to the "base" line so the lines sum to the price exactly.
/// Price-scale models: amount_i = c_i.
struct CarExplanation {
    QString learner; ///< "xgboost", "linear" or "baseline"
    bool logTarget = false; ///< contributions are on the log-price scale
    double baseValue = 0; ///< bias on the target scale (expected model output)
    double basePrice = 0; ///< the bias in currency (exp(baseValue) for log models)
    double prediction = 0; ///< model output on the target scale
    double price = 0; ///< the predicted price in currency
    QList<FeatureContribution> contributions; ///< one per model feature, in the model's column order
    /// Fixed order: base, specification, mileage, one "equipment:<token>" line per item the car has or whose amount
    /// is at least 0.5 % of the price (model column order), "equipment_other" (the remaining items, kept even when
    /// 0), condition, region, timing, other. Lines fed by no feature are kept with amount 0 for a stable layout.
    QList<DealerLine> dealerLines;

    /// {"learner","log_target","base_value","base_price","prediction","price",
    ///  "contributions": {feature: value (target scale)},
    ///  "features": [{"feature","value" (null when missing),"display","contribution","amount"}],
    ///  "dealer_sheet": [{"key","label","amount","features","car_values"}]}
    QJsonObject toJson() const;
    /// The contribution of `feature`, or nullptr.
    const FeatureContribution* find(const QString& feature) const;
    /// The dealer line with `key`, or nullptr.
    const DealerLine* line(const QString& key) const;
};

} // namespace valuator
