// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/drift/DriftStatistics.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>

namespace valuator {

namespace {

/// Maps a double to an unsigned key with the same order: flip all bits of negatives, the sign bit of positives.
inline uint64_t orderedKey(double v)
{
    const uint64_t bits = std::bit_cast<uint64_t>(v);
    return (bits & 0x8000000000000000ull) ? ~bits : bits | 0x8000000000000000ull;
}

inline double fromOrderedKey(uint64_t key)
{
    const uint64_t bits = (key & 0x8000000000000000ull) ? key & ~0x8000000000000000ull : ~key;
    return std::bit_cast<double>(bits);
}

} // namespace

void DriftStatistics::sortValues(std::vector<double>& values)
{
    const size_t n = values.size();
    if (n < 512) {
        std::sort(values.begin(), values.end());
        return;
    }
    constexpr int kBits = 11;
    constexpr int kPasses = 6; // 66 bits >= 64
    constexpr size_t kBuckets = size_t(1) << kBits;
    std::vector<uint64_t> keys(n);
    std::vector<uint64_t> scratch(n);
    std::vector<std::array<size_t, kBuckets>> counts(kPasses);
    for (auto& c : counts)
        c.fill(0);
    for (size_t i = 0; i < n; ++i) {
        const uint64_t k = orderedKey(values[i]);
        keys[i] = k;
        for (int p = 0; p < kPasses; ++p)
            ++counts[size_t(p)][(k >> (p * kBits)) & (kBuckets - 1)];
    }
    for (int p = 0; p < kPasses; ++p) {
        auto& c = counts[size_t(p)];
        if (std::find(c.begin(), c.end(), n) != c.end())
            continue; // every key has the same digit here: the pass would not move anything
        size_t sum = 0;
        for (size_t& bucket : c)
            sum += std::exchange(bucket, sum);
        for (size_t i = 0; i < n; ++i)
            scratch[c[(keys[i] >> (p * kBits)) & (kBuckets - 1)]++] = keys[i];
        keys.swap(scratch);
    }
    for (size_t i = 0; i < n; ++i)
        values[i] = fromOrderedKey(keys[i]);
}

std::vector<double> DriftStatistics::quantileEdges(std::span<const double> sorted, int bins)
{
    std::vector<double> edges;
    const auto n = qint64(sorted.size());
    if (n == 0 || bins < 2)
        return edges;
    for (int k = 1; k < bins; ++k) {
        const qint64 pos = std::max<qint64>(0, (qint64(k) * n + bins - 1) / bins - 1); // ceil(k*n/bins) - 1
        const double edge = sorted[size_t(pos)];
        if (edges.empty() || edge > edges.back())
            edges.push_back(edge);
    }
    return edges;
}

std::vector<qint64> DriftStatistics::binCounts(std::span<const double> sorted, std::span<const double> edges)
{
    std::vector<qint64> counts(edges.size() + 1, 0);
    size_t below = 0; // values <= the previous edge
    for (size_t i = 0; i < edges.size(); ++i) {
        const size_t upTo = size_t(std::upper_bound(sorted.begin(), sorted.end(), edges[i]) - sorted.begin());
        counts[i] = qint64(upTo - below);
        below = upTo;
    }
    counts.back() = qint64(sorted.size() - below);
    return counts;
}

double DriftStatistics::psi(
    std::span<const double> referenceShares, std::span<const double> currentShares, double floor)
{
    double sum = 0;
    const size_t n = std::min(referenceShares.size(), currentShares.size());
    for (size_t i = 0; i < n; ++i) {
        const double r = std::max(referenceShares[i], floor);
        const double c = std::max(currentShares[i], floor);
        sum += (c - r) * std::log(c / r);
    }
    return sum;
}

double DriftStatistics::ksStatistic(std::span<const double> a, std::span<const double> b)
{
    if (a.empty() || b.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double n = double(a.size());
    const double m = double(b.size());
    size_t i = 0;
    size_t j = 0;
    double d = 0;
    while (i < a.size() && j < b.size()) {
        const double x = std::min(a[i], b[j]);
        while (i < a.size() && a[i] <= x)
            ++i;
        while (j < b.size() && b[j] <= x)
            ++j;
        d = std::max(d, std::fabs(double(i) / n - double(j) / m));
    }
    return d;
}

double DriftStatistics::ksPValue(double d, qint64 n, qint64 m)
{
    if (std::isnan(d) || n <= 0 || m <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double ne = double(n) * double(m) / double(n + m);
    const double sqrtNe = std::sqrt(ne);
    const double lambda = (sqrtNe + 0.12 + 0.11 / sqrtNe) * d;
    if (lambda < 1e-3)
        return 1.0;
    // Q_KS(lambda) = 2 * sum_{k>=1} (-1)^(k-1) exp(-2 k^2 lambda^2)
    double sum = 0;
    double sign = 1;
    for (int k = 1; k <= 100; ++k) {
        const double term = sign * std::exp(-2.0 * k * k * lambda * lambda);
        sum += term;
        if (std::fabs(term) < 1e-12 * std::fabs(sum))
            break;
        sign = -sign;
    }
    return std::clamp(2.0 * sum, 0.0, 1.0);
}

} // namespace valuator
