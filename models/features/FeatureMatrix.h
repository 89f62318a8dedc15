// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdint>
#include <span>
#include <vector>

namespace valuator {

/// How a learner should treat a feature column.
enum class FeatureKind : uint8_t {
    Numeric, ///< a real number (age, mileage, power); NaN = missing
    Categorical, ///< a category code 0..n-1 stored as a float (brand, model, fuel); NaN = missing or unseen
    Indicator, ///< 0/1 (an equipment item present)
};

/// The learners' input: a dense, row-major float matrix (what XGBoost's C API and Eigen both take without copying
/// per cell) with one FeatureKind and name per column. Missing values are NaN.
struct FeatureMatrix {
    int64_t rows = 0;
    int columns = 0;
    std::vector<float> values; ///< rows * columns, row-major
    std::vector<FeatureKind> kinds;
    QStringList names;
    /// Categorical columns: the number of categories (codes 0..n-1); 0 for other kinds.
    std::vector<int> categoryCounts;

    float at(int64_t row, int column) const { return values[size_t(row) * size_t(columns) + size_t(column)]; }
    std::span<const float> row(int64_t r) const
    {
        return {values.data() + size_t(r) * size_t(columns), size_t(columns)};
    }
    int indexOf(const QString& name) const { return int(names.indexOf(name)); }
    /// The rows `indices` (in that order) as a new matrix.
    FeatureMatrix select(std::span<const int64_t> indices) const;
};

} // namespace valuator
