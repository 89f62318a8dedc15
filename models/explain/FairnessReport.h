// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <span>

namespace valuator {

class Table;

/// Thresholds of the fairness check.
struct FairnessOptions {
    QStringList by {QStringLiteral("brand"), QStringLiteral("region"), QStringLiteral("fuel"),
        QStringLiteral("age_band"), QStringLiteral("price_band")}; ///< segment dimensions
    double factor = 1.5; ///< flag a segment when its MAPE > factor * overall MAPE
    qint64 minSegmentRows = 30; ///< segments with fewer rows are reported but never flagged

    /// {"by": [...], "factor", "min_segment_rows"}
    QJsonObject toJson() const;
    /// Missing keys keep their defaults; InvalidArgument for a factor <= 0 or a negative min size.
    static Result<FairnessOptions> fromJson(const QJsonObject& json);
};

/// One segment dimension's label per row, e.g. "brand" -> {"BMW", "Audi", ...}; an empty label = row not in any
/// segment of this dimension (missing value).
struct SegmentDimension {
    QString name; ///< "brand", "age_band", ...
    QStringList labels; ///< one per row
};

/// The error of one segment compared with the overall error.
struct SegmentError {
    QString dimension; ///< "brand"
    QString segment; ///< "BMW", "3-5 years", "12000-18500"
    qint64 count = 0; ///< rows counted (positive actual price, finite prediction)
    double mae = 0; ///< mean absolute error, currency
    double mape = 0; ///< mean absolute percentage error, fraction (0.08 = 8 %)
    double ratio = 0; ///< mape / overall mape (0 when the overall mape is 0)
    bool flagged = false; ///< ratio > factor and count >= minSegmentRows
};

/// Error by segment: is the model much worse for some brands, regions, fuels, ages or price bands?
/// Pure; rows whose actual price is not positive/finite or whose prediction is not finite are skipped.
struct FairnessReport {
    Q_DECLARE_TR_FUNCTIONS(FairnessReport)
public:
    FairnessOptions options; ///< what was checked
    qint64 count = 0; ///< rows counted overall
    double mae = 0; ///< overall mean absolute error, currency
    double mape = 0; ///< overall MAPE, fraction
    /// Per dimension in options.by order; within one, segments by count descending then name ("*_band" dimensions:
    /// in band order, by the number the label starts with).
    QList<SegmentError> segments;
    int flaggedCount = 0; ///< segments flagged
    /// True when the errors are the training run's out-of-fold predictions (the data was the model's training
    /// version), false when the stored model scored the data.
    bool outOfFold = false;

    /// Computes the report from actual and predicted prices and segment labels (all the same length).
    static Result<FairnessReport> compute(std::span<const double> actual, std::span<const double> predicted,
        const QList<SegmentDimension>& dimensions, const FairnessOptions& options);

    /// The labels of dimension `name` for every row of `table`: a text column of that name gives its values
    /// ("brand", "region", "fuel", any categorical); "age_band" uses `ageYears` (per row, NaN = unknown) in bands
    /// "0-2", "3-5", "6-9", "10-14", "15+" years (by whole years); "price_band" uses the actual sale_price in
    /// quintiles labelled "<low>-<high>" (rounded to 100). InvalidArgument when the table has no such column.
    static Result<SegmentDimension> dimension(
        const Table& table, const QString& name, std::span<const double> ageYears = {});

    /// {"options", "count", "mae", "mape", "flagged", "out_of_fold", "segments":
    /// [{"dimension","segment","count","mae","mape",
    ///  "ratio","flagged"}]}
    QJsonObject toJson() const;
    static Result<FairnessReport> fromJson(const QJsonObject& json);
};

} // namespace valuator
