// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/typing/DateFormat.h"

#include <array>

namespace valuator {

/// What DateFormatVote::decide() concluded for one column.
struct DateFormatDecision {
    bool found = false; ///< at least one date-like value was seen
    DateFormat primary = DateFormat::Iso;
    DateFormatMask alternates = 0; ///< formats also accepted for a minority ("04.06.2021" in an ISO column)
    /// The primary is dd/mm/yyyy or mm/dd/yyyy and the values cannot tell which (every day <= 12, or as many
    /// values prove one order as the other). primary is then dd/mm/yyyy as a pre-selection; the user must choose.
    bool orderAmbiguous = false;
    qint64 dates = 0; ///< date-like values seen
    qint64 primaryCount = 0; ///< values read by the primary format
    std::array<qint64, kDateFormatCount> alternateCounts {}; ///< values read by each alternate
    qint64 unresolved = 0; ///< date-like values that no accepted format reads
    qint64 unresolvedAmbiguous = 0; ///< of those: slash dates that fit both orders (no value proved one)
    qint64 firstAlternateLine = -1;
    qint64 firstUnresolvedLine = -1;

    qint64 alternateTotal() const;
};

/// Tallies, per column, under which formats each date-like value is valid (a DateParser::candidates() mask) and
/// decides the column's format. Rules: the primary format is the one most values fit (ties go to the earlier,
/// day-first format); day/month order comes only from values that prove it (a number > 12); another format is
/// accepted as an alternate when at least one value fits only that format; dd/mm and mm/dd are never both accepted
/// (between them the one more values prove wins). Costs one array increment per value.
class DateFormatVote {
public:
    DateFormatVote();

    /// Records one value's candidate formats; a zero mask (not a date) is ignored. `line` is for reports.
    void add(DateFormatMask mask, qint64 line)
    {
        if (mask != 0) {
            ++m_count[mask];
            if (m_firstLine[mask] < 0) {
                m_firstLine[mask] = line;
            }
        }
    }
    void merge(const DateFormatVote& other);

    qint64 total() const;
    DateFormatDecision decide() const;
    /// How many values no format in `accepted` reads; `firstLine` receives the first such line (or -1).
    qint64 countOutside(DateFormatMask accepted, qint64* firstLine = nullptr) const;

private:
    static constexpr int kMasks = 1 << kDateFormatCount;
    std::array<qint64, kMasks> m_count {};
    std::array<qint64, kMasks> m_firstLine {};
};

} // namespace valuator
