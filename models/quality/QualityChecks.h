// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/quality/CheckContext.h"
#include "models/quality/PriceOutlierModel.h"
#include "models/quality/QualityCheck.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>

namespace valuator {

/// The individual quality checks. Each is a small pure function of the shared CheckContext; long ones poll
/// `cancelled`. A check whose columns are absent from the table returns nothing (completeness excepted: a missing
/// required column is a failure). Check ids are stable; see each function.
class QualityChecks {
    Q_DECLARE_TR_FUNCTIONS(QualityChecks)
public:
    /// "completeness.<field>" per required field: rows where it is missing (null, empty, sentinel text). Severity
    /// error above options.completenessErrorShare of the rows, else warning.
    static QList<QualityCheck> completeness(const CheckContext& ctx);
    /// "duplicates.exact_rows": rows equal to an earlier row in every data column (source_line excluded); the
    /// first copy is not counted. Warning.
    static QualityCheck exactDuplicates(const CheckContext& ctx, const std::atomic<bool>& cancelled);
    /// "duplicates.plate_sale_date": rows whose (plate, sale_date) pair occurred earlier; rows with a missing plate
    /// or sale date are not compared. Warning.
    static QualityCheck plateSaleDateDuplicates(const CheckContext& ctx, const std::atomic<bool>& cancelled);
    /// "impossible.<field>" for model_year, mileage_km, sale_price, power_kw, sale_date (ImpossibleRules). Error.
    static QList<QualityCheck> impossibleValues(const CheckContext& ctx);
    /// "plausibility.mileage_per_year": mileage / max(1, sale year - model year) above options.maxKmPerYear, on
    /// rows whose mileage, model year and sale date are present and possible. Warning.
    static QualityCheck mileagePerYear(const CheckContext& ctx);
    /// "outliers.sale_price": robust z-score of ln(price) in comparable groups (PriceOutlierModel), groups keyed by
    /// the canonical brand and model spellings. `fitted` receives the model (for cleaning plans). Warning.
    static QualityCheck priceOutliers(
        const CheckContext& ctx, const std::atomic<bool>& cancelled, PriceOutlierModel& fitted);
    /// "spelling.brand" and "spelling.model": rows written with a non-canonical spelling (SpellingClusters); models
    /// are clustered within their canonical brand. Warning.
    static QList<QualityCheck> spelling(const CheckContext& ctx);
    /// "equipment.unknown_tokens" (warning): rows with a token outside EquipmentVocabulary and the extra tokens;
    /// "equipment.rare_tokens" (info): rows with a token used in at most options.rareTokenMaxRows rows.
    static QList<QualityCheck> equipment(const CheckContext& ctx);
    /// "freshness.stale": the newest sale_date is more than options.staleAfterDays before the reference date;
    /// count = rows with a sale date when stale, else 0. Needs a valid reference date. Warning.
    static QList<QualityCheck> freshness(const CheckContext& ctx);
    /// "text.whitespace": rows with a text value that has leading, trailing or repeated inner whitespace. Info.
    static QualityCheck whitespace(const CheckContext& ctx);

private:
    static QualityCheck brandSpelling(const CheckContext& ctx, const Column& brand);
    static QualityCheck modelSpelling(const CheckContext& ctx, const Column& brand, const Column& model);
};

} // namespace valuator
