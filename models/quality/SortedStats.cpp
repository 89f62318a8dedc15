// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/SortedStats.h"

#include "models/quality/CivilDate.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <utility>

namespace valuator {

namespace {

struct Run {
    double value;
    qint64 count;
};

/// Compensated (Neumaier) sum: exact enough that the mean matches a reference implementation to ~1e-15.
double accurateSum(std::span<const double> values)
{
    double sum = 0, c = 0;
    for (double v : values) {
        const double t = sum + v;
        c += std::abs(sum) >= std::abs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
    }
    return sum + c;
}

Histogram calendarBins(std::span<const double> sorted, bool months)
{
    Histogram h;
    const CivilDate first = CivilDate::fromDays(int32_t(sorted.front()));
    const CivilDate last = CivilDate::fromDays(int32_t(sorted.back()));
    int y = first.year, m = months ? first.month : 1;
    auto begin = sorted.begin();
    for (;;) {
        const int32_t start = CivilDate::toDays(y, m, 1);
        int ny = y, nm = m + (months ? 1 : 12);
        if (nm > 12) {
            ny += 1;
            nm -= 12;
        }
        const int32_t end = CivilDate::toDays(ny, nm, 1);
        const auto stop = std::lower_bound(begin, sorted.end(), double(end));
        h.edges.append(start);
        h.counts.append(qint64(stop - begin));
        h.labels.append(months ? QStringLiteral("%1-%2").arg(y, 4, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'))
                               : QString::number(y));
        begin = stop;
        y = ny;
        m = nm;
        if (y > last.year || (months && y == last.year && m > last.month)) {
            h.edges.append(end);
            break;
        }
    }
    return h;
}

/// LSD radix sort on the IEEE bit pattern mapped to an order-preserving unsigned key (11 bits a pass): linear time,
/// about four times faster than std::sort on a million doubles.
void radixSort(std::vector<double>& values)
{
    const size_t n = values.size();
    std::vector<uint64_t> keys(n), scratch(n);
    for (size_t i = 0; i < n; ++i) {
        const auto bits = std::bit_cast<uint64_t>(values[i] == 0.0 ? 0.0 : values[i]); // -0.0 sorts as 0.0
        keys[i] = (bits >> 63) ? ~bits : bits | (uint64_t(1) << 63);
    }
    constexpr int kBits = 11;
    constexpr size_t kBuckets = size_t(1) << kBits;
    std::vector<size_t> counts(kBuckets);
    for (int shift = 0; shift < 64; shift += kBits) {
        std::fill(counts.begin(), counts.end(), 0);
        for (uint64_t k : keys)
            ++counts[(k >> shift) & (kBuckets - 1)];
        if (counts[(keys[0] >> shift) & (kBuckets - 1)] == n)
            continue; // every key has the same digit here: nothing moves
        size_t sum = 0;
        for (size_t& c : counts)
            sum += std::exchange(c, sum);
        for (uint64_t k : keys)
            scratch[counts[(k >> shift) & (kBuckets - 1)]++] = k;
        keys.swap(scratch);
    }
    for (size_t i = 0; i < n; ++i) {
        const uint64_t k = keys[i];
        values[i] = std::bit_cast<double>((k >> 63) ? k & ~(uint64_t(1) << 63) : ~k);
    }
}

} // namespace

double SortedStats::quantile(std::span<const double> sorted, double p)
{
    if (sorted.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double h = double(sorted.size() - 1) * p;
    const auto lo = size_t(std::floor(h));
    if (lo + 1 >= sorted.size())
        return sorted.back();
    return sorted[lo] + (h - double(lo)) * (sorted[lo + 1] - sorted[lo]);
}

void SortedStats::describe(
    std::span<const double> sorted, int topValues, const std::function<QString(double)>& label, ColumnProfile& into)
{
    if (sorted.empty())
        return;
    const auto n = double(sorted.size());
    into.min = sorted.front();
    into.max = sorted.back();
    const double mean = accurateSum(sorted) / n;
    into.mean = mean;
    double ss = 0;
    for (double v : sorted)
        ss += (v - mean) * (v - mean);
    if (sorted.size() > 1)
        into.std = std::sqrt(ss / (n - 1));
    for (double p : kProfileQuantiles)
        into.quantiles.append(quantile(sorted, p));

    std::vector<Run> runs;
    for (size_t i = 0; i < sorted.size();) {
        size_t j = i + 1;
        while (j < sorted.size() && sorted[j] == sorted[i])
            ++j;
        runs.push_back({sorted[i], qint64(j - i)});
        i = j;
    }
    into.distinct = qint64(runs.size());
    const auto k = std::min(runs.size(), size_t(std::max(0, topValues)));
    std::partial_sort(runs.begin(), runs.begin() + ptrdiff_t(k), runs.end(),
        [](const Run& a, const Run& b) { return a.count != b.count ? a.count > b.count : a.value < b.value; });
    for (size_t i = 0; i < k; ++i)
        into.top.append({label(runs[i].value), runs[i].count});
}

Histogram SortedStats::equalWidth(std::span<const double> sorted, int bins, bool integers)
{
    Histogram h;
    if (sorted.empty() || bins < 1)
        return h;
    const double lo = sorted.front(), hi = sorted.back();
    if (integers && hi - lo + 1 <= bins) {
        for (double v = lo; v <= hi + 1; v += 1)
            h.edges.append(v);
    } else {
        const double width = hi > lo ? (hi - lo) / bins : 1.0;
        for (int i = 0; i <= bins; ++i)
            h.edges.append(i == bins ? std::max(hi, lo + width) : lo + width * i);
    }
    auto begin = sorted.begin();
    for (qsizetype i = 0; i + 1 < h.edges.size(); ++i) {
        const bool last = i + 2 == h.edges.size();
        const auto stop = last ? sorted.end() : std::lower_bound(begin, sorted.end(), h.edges[i + 1]);
        h.counts.append(qint64(stop - begin));
        begin = stop;
    }
    return h;
}

Histogram SortedStats::robust(std::span<const double> sorted, int bins, bool integers)
{
    if (sorted.size() < 200) // too few values for the tails to mean anything
        return equalWidth(sorted, bins, integers);
    const auto at = [&](double p) { return sorted[size_t(p * double(sorted.size() - 1))]; };
    const double lo = at(0.005), hi = at(0.995);
    if (!(hi > lo) || sorted.back() - sorted.front() <= 10.0 * (hi - lo))
        return equalWidth(sorted, bins, integers);
    const auto first = std::lower_bound(sorted.begin(), sorted.end(), lo);
    const auto last = std::upper_bound(first, sorted.end(), hi);
    Histogram h = equalWidth(std::span<const double>(first, last), bins, integers);
    h.below = qint64(first - sorted.begin());
    h.above = qint64(sorted.end() - last);
    return h;
}

Histogram SortedStats::dates(std::span<const double> sorted, DateBinning binning, int maxBins, int bins)
{
    if (sorted.empty())
        return {};
    const CivilDate first = CivilDate::fromDays(int32_t(sorted.front()));
    const CivilDate last = CivilDate::fromDays(int32_t(sorted.back()));
    const int months = (last.year - first.year) * 12 + last.month - first.month + 1;
    const int years = last.year - first.year + 1;
    if (binning == DateBinning::Month && months <= maxBins)
        return calendarBins(sorted, true);
    if (binning != DateBinning::EqualWidth && years <= maxBins)
        return calendarBins(sorted, false);
    Histogram h = equalWidth(sorted, bins, true);
    for (qsizetype i = 0; i + 1 < h.edges.size(); ++i)
        h.labels.append(CivilDate::toQDate(int32_t(h.edges[i])).toString(Qt::ISODate));
    return h;
}

void SortedStats::sort(std::vector<double>& values)
{
    if (values.empty())
        return;
    double lo = values.front(), hi = values.front();
    bool whole = true;
    for (double v : values) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        whole = whole && v == std::floor(v);
    }
    const double range = hi - lo + 1;
    if (!whole || range > std::max(double(1 << 22), 4.0 * double(values.size()))) {
        if (values.size() < 4096)
            std::sort(values.begin(), values.end());
        else
            radixSort(values);
        return;
    }
    std::vector<uint32_t> counts(size_t(range), 0);
    for (double v : values)
        ++counts[size_t(v - lo)];
    size_t out = 0;
    for (size_t i = 0; i < counts.size(); ++i)
        for (uint32_t c = 0; c < counts[i]; ++c)
            values[out++] = lo + double(i);
}

} // namespace valuator
