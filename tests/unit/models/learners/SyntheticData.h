// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Synthetic feature matrices with a known truth for the learner tests (no table, no FeatureSpec).

#include "models/features/FeatureMatrix.h"
#include "models/learners/Learner.h"
#include "models/validation/SplitMix64.h"

#include <cmath>
#include <vector>

namespace valuator::testing {

/// Uniform doubles in [lo, hi) from a fixed SplitMix64 stream (identical on every platform).
class Uniform {
public:
    explicit Uniform(uint64_t seed)
        : m_rng(seed)
    {
    }
    double operator()(double lo = 0, double hi = 1) { return lo + (hi - lo) * double(m_rng.next() >> 11) * 0x1.0p-53; }
    int below(int n) { return int(m_rng.below(uint64_t(n))); }

private:
    SplitMix64 m_rng;
};

/// Matrix with the given column names and kinds, `rows` rows of zeros.
inline FeatureMatrix emptyMatrix(const QStringList& names, const std::vector<FeatureKind>& kinds, int64_t rows)
{
    FeatureMatrix m;
    m.rows = rows;
    m.columns = int(names.size());
    m.names = names;
    m.kinds = kinds;
    m.categoryCounts.assign(size_t(m.columns), 0);
    m.values.assign(size_t(rows) * size_t(m.columns), 0.0f);
    return m;
}

inline void set(FeatureMatrix& m, int64_t row, int column, double v)
{
    m.values[size_t(row) * size_t(m.columns) + size_t(column)] = float(v);
}

struct Dataset {
    FeatureMatrix x;
    std::vector<float> y;
};

/// Car-like nonlinear data: brand (4 codes), model (8 codes, two per brand), age_years, mileage_km and a
/// "shape" feature the target depends on through sin(); the baseline sees only brand/model/age band.
inline Dataset nonlinearCars(int64_t rows, uint64_t seed)
{
    Dataset d {emptyMatrix({QStringLiteral("age_years"), QStringLiteral("mileage_km"), QStringLiteral("shape"),
                               QStringLiteral("brand"), QStringLiteral("model")},
                   {FeatureKind::Numeric, FeatureKind::Numeric, FeatureKind::Numeric, FeatureKind::Categorical,
                       FeatureKind::Categorical},
                   rows),
        std::vector<float>(size_t(rows))};
    d.x.categoryCounts = {0, 0, 0, 4, 8};
    Uniform u(seed);
    const double brandEffect[4] = {0.0, 0.3, -0.2, 0.5};
    for (int64_t r = 0; r < rows; ++r) {
        const int brand = u.below(4);
        const int model = brand * 2 + u.below(2);
        const double age = u(0, 15);
        const double km = u(0, 250000);
        const double shape = u(-3, 3);
        set(d.x, r, 0, age);
        set(d.x, r, 1, km);
        set(d.x, r, 2, shape);
        set(d.x, r, 3, brand);
        set(d.x, r, 4, model);
        d.y[size_t(r)] = float(10.0 + brandEffect[brand] + 0.05 * (model % 2) - 0.08 * age + std::sin(2 * shape)
            - (km > 120000 ? 0.4 : 0.0) + u(-0.05, 0.05));
    }
    return d;
}

/// Pure noise around 10: any tree after the first few only fits noise (early stopping must stop).
inline Dataset noise(int64_t rows, uint64_t seed)
{
    Dataset d {
        emptyMatrix({QStringLiteral("a"), QStringLiteral("b")}, {FeatureKind::Numeric, FeatureKind::Numeric}, rows),
        std::vector<float>(size_t(rows))};
    Uniform u(seed);
    for (int64_t r = 0; r < rows; ++r) {
        set(d.x, r, 0, u());
        set(d.x, r, 1, u());
        d.y[size_t(r)] = float(10.0 + u(-1, 1));
    }
    return d;
}

inline double meanAbsoluteError(const std::vector<double>& predicted, const std::vector<float>& actual)
{
    double sum = 0;
    for (size_t i = 0; i < actual.size(); ++i)
        sum += std::abs(predicted[i] - double(actual[i]));
    return sum / double(actual.size());
}

inline double rootMeanSquaredError(const std::vector<double>& predicted, const std::vector<float>& actual)
{
    double sum = 0;
    for (size_t i = 0; i < actual.size(); ++i)
        sum += (predicted[i] - double(actual[i])) * (predicted[i] - double(actual[i]));
    return std::sqrt(sum / double(actual.size()));
}

} // namespace valuator::testing
