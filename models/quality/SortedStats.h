// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/quality/ColumnProfile.h"
#include "models/quality/ProfileOptions.h"

#include <functional>
#include <span>
#include <vector>

namespace valuator {

/// Descriptive statistics over values sorted ascending (no NaN): what the profile computes for numeric, date
/// and list-length columns after one sort per column.
struct SortedStats {
    /// Linear interpolation between closest ranks (pandas' default); NaN for no values.
    static double quantile(std::span<const double> sorted, double p);
    /// Fills min, max, mean, std (n - 1), quantiles, distinct and the `topValues` most frequent values (ties: the
    /// smaller value first; `label` formats a value).
    static void describe(std::span<const double> sorted, int topValues, const std::function<QString(double)>& label,
        ColumnProfile& into);
    /// `bins` equal-width bins from min to max; integer data with a range below `bins` gets one bin per integer.
    static Histogram equalWidth(std::span<const double> sorted, int bins, bool integers);
    /// Like equalWidth, but when the values outside the central 99 % (0.5 % to 99.5 % quantiles) stretch the range
    /// more than tenfold, the bins cover that central range only and the tails are counted in below/above.
    static Histogram robust(std::span<const double> sorted, int bins, bool integers);
    /// Date histogram (values are days since 1970) per month, per year or equal width, see DateBinning.
    static Histogram dates(std::span<const double> sorted, DateBinning binning, int maxBins, int bins);
    /// Sorts `values` ascending (counting sort for whole numbers in a small range, else std::sort).
    static void sort(std::vector<double>& values);
};

} // namespace valuator
