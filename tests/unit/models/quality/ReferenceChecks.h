// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/quality/QualityReport.h"
#include "models/table/Table.h"

#include <vector>

namespace valuator::test {

/// Straightforward second implementations of the checks whose expected counts cannot be read off the fixtures'
/// stats files: row by row, with QDate, QString keys, std::map and full sorts, sharing nothing with the
/// production code but the documented rules (and, for outliers, the report's spelling clusters as the grouping
/// names).
struct ReferenceChecks {
    /// Year of a Date or integer cell via QDate / displayText, 0 for null.
    static int yearOf(const Table& table, const char* column, qint64 row);
    /// Rows whose mileage per year of age (age = max(1, sale year - model year)) exceeds `limit`, skipping rows
    /// with a missing or impossible mileage, model year or sale date.
    static std::vector<qint64> mileagePerYear(const Table& table, double limit);
    /// Rows whose price is an outlier by the documented rule (PriceOutlierModel's doc comment), with the default
    /// options; brand and model grouped by the report's canonical spellings.
    static std::vector<qint64> priceOutliers(const Table& table, const QualityReport& report);
};

} // namespace valuator::test
