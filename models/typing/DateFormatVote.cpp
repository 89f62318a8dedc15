// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/DateFormatVote.h"

namespace valuator {

namespace {

constexpr DateFormatMask kSlashPair
    = dateFormatBit(DateFormat::DayMonthYearSlash) | dateFormatBit(DateFormat::MonthDayYearSlash);

void keepFirst(qint64& first, qint64 line)
{
    if (line >= 0 && (first < 0 || line < first)) {
        first = line;
    }
}

} // namespace

qint64 DateFormatDecision::alternateTotal() const
{
    qint64 sum = 0;
    for (const qint64 n : alternateCounts) {
        sum += n;
    }
    return sum;
}

DateFormatVote::DateFormatVote()
{
    m_firstLine.fill(-1);
}

void DateFormatVote::merge(const DateFormatVote& other)
{
    for (int m = 0; m < kMasks; ++m) {
        m_count[m] += other.m_count[m];
        keepFirst(m_firstLine[m], other.m_firstLine[m]);
    }
}

qint64 DateFormatVote::total() const
{
    qint64 sum = 0;
    for (const qint64 n : m_count) {
        sum += n;
    }
    return sum;
}

DateFormatDecision DateFormatVote::decide() const
{
    DateFormatDecision out;
    out.dates = total();
    out.found = out.dates > 0;
    if (!out.found) {
        return out;
    }
    std::array<qint64, kDateFormatCount> cover {};
    for (int m = 1; m < kMasks; ++m) {
        for (int f = 0; f < kDateFormatCount; ++f) {
            cover[size_t(f)] += (m & dateFormatBit(DateFormat(f))) ? m_count[size_t(m)] : 0;
        }
    }
    int best = 0;
    for (int f = 1; f < kDateFormatCount; ++f) {
        best = cover[size_t(f)] > cover[size_t(best)] ? f : best; // ties keep the earlier (day-first) format
    }
    out.primary = DateFormat(best);
    const auto dmy = size_t(DateFormat::DayMonthYearSlash);
    const auto mdy = size_t(DateFormat::MonthDayYearSlash);
    const bool primaryIsSlash = (dateFormatBit(out.primary) & kSlashPair) != 0;
    out.orderAmbiguous = primaryIsSlash && cover[dmy] == cover[mdy];

    // Alternates: a format is accepted when some value fits only that format.
    for (int f = 0; f < kDateFormatCount; ++f) {
        const DateFormatMask bit = dateFormatBit(DateFormat(f));
        if (f != best && (bit & kSlashPair) == 0 && m_count[bit] > 0) {
            out.alternates |= bit;
        }
    }
    if (!primaryIsSlash) {
        const qint64 forcedDmy = m_count[dateFormatBit(DateFormat::DayMonthYearSlash)];
        const qint64 forcedMdy = m_count[dateFormatBit(DateFormat::MonthDayYearSlash)];
        if (forcedDmy > 0 || forcedMdy > 0) {
            out.alternates
                |= dateFormatBit(forcedMdy > forcedDmy ? DateFormat::MonthDayYearSlash : DateFormat::DayMonthYearSlash);
        }
    }
    for (int m = 1; m < kMasks; ++m) {
        const qint64 n = m_count[size_t(m)];
        if (n == 0) {
            continue;
        }
        if (m & dateFormatBit(out.primary)) {
            out.primaryCount += n;
        } else if (const int alt = m & out.alternates) {
            int f = 0;
            while (!(alt & dateFormatBit(DateFormat(f)))) {
                ++f;
            }
            out.alternateCounts[size_t(f)] += n;
            keepFirst(out.firstAlternateLine, m_firstLine[size_t(m)]);
        } else {
            out.unresolved += n;
            out.unresolvedAmbiguous += m == kSlashPair ? n : 0;
            keepFirst(out.firstUnresolvedLine, m_firstLine[size_t(m)]);
        }
    }
    return out;
}

qint64 DateFormatVote::countOutside(DateFormatMask accepted, qint64* firstLine) const
{
    qint64 n = 0;
    qint64 first = -1;
    for (int m = 1; m < kMasks; ++m) {
        if ((m & accepted) == 0 && m_count[size_t(m)] > 0) {
            n += m_count[size_t(m)];
            keepFirst(first, m_firstLine[size_t(m)]);
        }
    }
    if (firstLine) {
        *firstLine = first;
    }
    return n;
}

} // namespace valuator
