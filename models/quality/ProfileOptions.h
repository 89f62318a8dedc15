// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/typing/MissingValues.h"

#include <QDate>
#include <QStringList>

namespace valuator {

/// How date columns are binned in the profile histogram.
enum class DateBinning {
    Month, ///< one bin per calendar month (falls back to Year beyond maxDateBins months)
    Year, ///< one bin per calendar year (falls back to EqualWidth beyond maxDateBins years)
    EqualWidth, ///< `histogramBins` bins of equal width in days
};

/// Parameters of Profiler::profile.
struct ProfileOptions {
    /// Text values that mean "missing" besides null and the empty string (compared trimmed, ASCII case-insensitive).
    QStringList missingTokens = MissingValues::defaultTokens() + QStringList {QStringLiteral("unknown")};
    /// Columns that are bookkeeping, not data: not profiled.
    QStringList excludedColumns {QStringLiteral("source_line")};
    int topValues = 10;
    int histogramBins = 20; ///< numeric columns: equal-width bins between min and max
    DateBinning dateBinning = DateBinning::Month;
    int maxDateBins = 240;
    /// "Today" for freshness (age in days of the newest date). Invalid: no freshness. The core never reads the clock.
    QDate referenceDate;
    int threads = 2; ///< columns are profiled in parallel on this many threads (the caller's included)
};

} // namespace valuator
