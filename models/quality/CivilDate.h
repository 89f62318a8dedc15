// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include <cstdint>

namespace valuator {

/// Proleptic Gregorian calendar arithmetic on "days since 1970-01-01" (the Table's Date encoding) without QDate,
/// for per-row loops over a million rows. Algorithms after H. Hinnant's civil_from_days / days_from_civil. Agrees with
/// QDate for years 1 and later (QDate has no year 0).
struct CivilDate {
    int year = 1970;
    int month = 1; ///< 1..12
    int day = 1; ///< 1..31

    static CivilDate fromDays(int32_t days)
    {
        const int64_t z = int64_t(days) + 719468;
        const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
        const auto doe = unsigned(z - era * 146097);
        const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const unsigned mp = (5 * doy + 2) / 153;
        const unsigned d = doy - (153 * mp + 2) / 5 + 1;
        const unsigned m = mp < 10 ? mp + 3 : mp - 9;
        return {int(int64_t(yoe) + era * 400 + (m <= 2 ? 1 : 0)), int(m), int(d)};
    }

    static int32_t toDays(int year, int month, int day)
    {
        const int y = year - (month <= 2 ? 1 : 0);
        const int era = (y >= 0 ? y : y - 399) / 400;
        const auto yoe = unsigned(y - era * 400);
        const unsigned doy = (153 * unsigned(month > 2 ? month - 3 : month + 9) + 2) / 5 + unsigned(day) - 1;
        const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return int32_t(era * 146097 + int(doe) - 719468);
    }

    static int yearOf(int32_t days) { return fromDays(days).year; }

    /// Days since 1970 of `date`; `fallback` when the date is invalid.
    static int32_t fromQDate(const QDate& date, int32_t fallback)
    {
        return date.isValid() ? toDays(date.year(), date.month(), date.day()) : fallback;
    }

    static QDate toQDate(int32_t days)
    {
        const CivilDate c = fromDays(days);
        return QDate(c.year, c.month, c.day);
    }
};

} // namespace valuator
