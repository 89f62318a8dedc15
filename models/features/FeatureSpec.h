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

    /// {"log_target","categoricals","numerics","equipment_min_rows","equipment_max_tokens","min_category_rows"}
    QJsonObject toJson() const;
    /// Missing keys keep their defaults; a key of the wrong type or a value out of range is a Parse error.
    static Result<FeatureOptions> fromJson(const QJsonObject& json);
};

/// Counts of what transform() could not map, per feature: reported, never a crash.
struct TransformReport {
    QList<QPair<QString, qint64>> unseenCategories; ///< feature name -> rows with a category unknown to the spec
    qint64 rowsMissingTarget = 0; ///< rows without a positive sale_price (0 when the table has no price column)
    /// Source columns the spec needs that the table lacks (or holds with an unusable type): their features are NaN.
    QStringList missingColumns;
    /// {"unseen_categories": {feature: rows}, "rows_missing_target": n, "missing_columns": [...]}
    QJsonObject toJson() const;
    /// Adds `other`'s counts (per feature) and missing columns to this report.
    void merge(const TransformReport& other);
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

    /// The feature matrix for every row of `table`. Unseen categories become NaN and are counted in `report`;
    /// a column the spec needs but the table lacks gives NaN features (listed in `report`), not an error.
    /// Row-major fill in one pass over the rows: about 0.1 s per million rows on one core.
    Result<FeatureMatrix> transform(const Table& table, TransformReport* report = nullptr) const;
    /// The same for the rows `rows` of `table` only (matrix row i = table row rows[i]); fails when a row index is
    /// out of range. Lets the trainer transform a fold without materialising the whole table's matrix.
    Result<FeatureMatrix> transform(
        const Table& table, std::span<const int64_t> rows, TransformReport* report = nullptr) const;
    /// The learning target per row (log price when logTarget), NaN when the price is missing or not positive.
    Result<std::vector<float>> target(const Table& table) const;
    /// Target scale back to currency (exp when logTarget).
    double toPrice(double target) const;

    /// Feature names in column order: "age_years", "mileage_per_year", the numerics, the categoricals, then
    /// "equipment:<token key>" per indicator.
    QStringList featureNames() const;
    std::vector<FeatureKind> featureKinds() const;
    const FeatureOptions& options() const { return m_options; }
    /// Categories of a categorical feature, code = index.
    QStringList categories(const QString& feature) const;
    QStringList equipmentTokens() const { return m_equipment; }

    QJsonObject toJson() const;
    static Result<FeatureSpec> fromJson(const QJsonObject& json);

    /// Name prefix of equipment indicator features.
    static QString equipmentPrefix() { return QStringLiteral("equipment:"); }

    /// One categorical feature: the categories kept (display spelling; matched by ListTokens::key), code = index,
    /// then one "other" code when rare categories were folded (their keys in `folded`).
    struct Categorical {
        QString name;
        QStringList categories;
        QStringList folded;
        int codeCount() const { return int(categories.size()) + (folded.isEmpty() ? 0 : 1); }
    };

private:
    class Transformer;

    FeatureOptions m_options;
    QStringList m_numerics; ///< numeric source columns present in the training table
    QList<Categorical> m_categoricals;
    QStringList m_equipment; ///< equipment tokens (ListTokens keys) as indicators, most frequent first
    bool m_hasFirstRegistration = false; ///< age from first_registration when a row has one
    bool m_hasModelYear = false; ///< else from 1 July of model_year
    bool m_hasMileage = false; ///< mileage_per_year is a feature
};

} // namespace valuator
