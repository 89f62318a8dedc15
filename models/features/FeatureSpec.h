// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/features/FeatureMatrix.h"
#include "models/table/Table.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace valuator {

/// What the feature spec is built from (options of FeatureSpec::build; stored in the spec).
struct FeatureOptions {
    /// Model log(price) instead of price (prices are right-skewed; errors become relative). Predictions are
    /// transformed back to currency.
    bool logTarget = true;
    /// Text columns used as categoricals when present (never the plate: it is an identifier and personal data).
    QStringList categoricals {QStringLiteral("brand"), QStringLiteral("model"), QStringLiteral("fuel"),
        QStringLiteral("transmission"), QStringLiteral("body_type"), QStringLiteral("region"),
        QStringLiteral("seller_type"), QStringLiteral("colour")};
    /// Numeric columns used as they are when present.
    QStringList numerics {
        QStringLiteral("mileage_km"), QStringLiteral("power_kw"), QStringLiteral("engine_l"), QStringLiteral("owners")};
    /// Equipment tokens present in at least this many training rows become 0/1 features (most frequent first).
    int equipmentMinRows = 50;
    int equipmentMaxTokens = 40;
    /// Categories seen in fewer training rows than this are folded into "other" (code of its own).
    int minCategoryRows = 5;
};

/// Counts of what transform() could not map, per feature: reported, never a crash.
struct TransformReport {
    QList<QPair<QString, qint64>> unseenCategories; ///< feature name -> rows with a category unknown to the spec
    qint64 rowsMissingTarget = 0;
    QJsonObject toJson() const;
};

/// The features a model is trained on, learned from the training rows only and stored with every model, so the
/// same transformation runs at prediction time. Derived features: age at sale in years (sale date minus the
/// first registration, else minus 1 July of the model year), mileage per year of age; categoricals as codes of
/// the categories seen in training; equipment as 0/1 indicators of the frequent tokens.
class FeatureSpec {
    Q_DECLARE_TR_FUNCTIONS(FeatureSpec)
public:
    /// Learns categories and frequent equipment tokens from `table` (rows `rows`, or all when empty).
    /// Fails when the table lacks the target (sale_price) or a column a derived feature needs (sale_date, and
    /// model_year or first_registration).
    static Result<FeatureSpec> build(
        const Table& table, const FeatureOptions& options, std::span<const int64_t> rows = {});

    /// The feature matrix for every row of `table`. Unseen categories become NaN and are counted in `report`.
    Result<FeatureMatrix> transform(const Table& table, TransformReport* report = nullptr) const;
    /// The learning target per row (log price when logTarget), NaN when the price is missing or not positive.
    Result<std::vector<float>> target(const Table& table) const;
    /// Target scale back to currency (exp when logTarget).
    double toPrice(double target) const;

    QStringList featureNames() const;
    const FeatureOptions& options() const { return m_options; }
    /// Categories of a categorical feature, code = index.
    QStringList categories(const QString& feature) const;
    QStringList equipmentTokens() const { return m_equipment; }

    QJsonObject toJson() const;
    static Result<FeatureSpec> fromJson(const QJsonObject& json);

private:
    FeatureOptions m_options;
    QStringList m_numerics; ///< numeric source columns present in the training table
    QList<QPair<QString, QStringList>> m_categoricals; ///< feature -> categories (code = index; last may be "other")
    QStringList m_equipment; ///< equipment tokens (ListTokens keys) as indicators
    bool m_hasFirstRegistration = false;
};

} // namespace valuator
