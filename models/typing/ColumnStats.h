// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/typing/Units.h"

#include <array>
#include <string>

namespace valuator {

/// Counters ColumnProfiler keeps for one column. Every value lands in exactly one class. Lines are whatever the
/// caller passed to ColumnProfiler::add (the CSV reader's 1-based physical line); -1 = none seen.
struct ColumnStats {
    enum Class : quint8 {
        Missing, ///< empty or a missing token
        Integer, ///< a whole number, possibly with a unit ("85000 km", "25299")
        Decimal, ///< a number with a written fraction ("1,3", "8590,00", "7.5")
        GroupedAmbiguous, ///< decimal separator + groups of 3 digits: "8.606" (8.606 or 8606?)
        Date, ///< valid under at least one DateFormat (see ColumnProfiler::dateVote)
        Boolean, ///< yes/no/true/false/ja/nein/...
        Text, ///< anything else
    };
    static constexpr int kClassCount = Text + 1;

    qint64 values = 0;
    std::array<qint64, kClassCount> count {};
    std::array<qint64, kClassCount> firstLine {-1, -1, -1, -1, -1, -1, -1};
    std::array<std::string, kClassCount> firstValue; ///< trimmed text of the first value of each class (UTF-8)
    std::array<qint64, kUnitCount> units {}; ///< numbers per unit written (index Unit; [0] = without unit)
    qint64 firstUnitLine = -1;
    qint64 padded = 0; ///< non-missing values with surrounding whitespace
    qint64 firstPaddedLine = -1;
    qint64 minLength = -1; ///< code points of the trimmed non-missing values
    qint64 maxLength = 0;
    qint64 listValues = 0; ///< text values containing a list separator
    qint64 listTokens = 0; ///< tokens in those values
    qint64 distinctTokens = 0; ///< distinct token keys in the list values (capped, see below)
    bool distinctTokensCapped = false; ///< more than ColumnProfiler::kMaxDistinctTokens distinct tokens
    quint8 listSeparators = 0; ///< ListSeparator flags seen

    qint64 nonMissing() const { return values - count[Missing]; }
    qint64 numbers() const { return count[Integer] + count[Decimal] + count[GroupedAmbiguous]; }
    qint64 withUnit() const
    {
        qint64 n = 0;
        for (int u = 1; u < kUnitCount; ++u) {
            n += units[size_t(u)];
        }
        return n;
    }
    /// Numbers whose unit was converted (miles, PS, Tkm, ccm, ...).
    qint64 converted() const
    {
        qint64 n = 0;
        for (int u = 1; u < kUnitCount; ++u) {
            n += Units::factor(Unit(u)) != 1.0 ? units[size_t(u)] : 0;
        }
        return n;
    }
};

} // namespace valuator
