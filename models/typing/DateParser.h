// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/typing/DateFormat.h"
#include "models/typing/ParseFailure.h"

#include <tl/expected.hpp>

#include <string_view>

namespace valuator {

/// Hand-written date reading for the import hot path (no QDate, no regular expressions, no allocation).
///
/// A date is stored as **days since 1970-01-01** in a qint32 (proleptic Gregorian calendar, negative before
/// 1970; 2024-04-26 is 19839). The calendar is validated: 31.02. and 29.02.2023 are rejected, 29.02.2024 is
/// accepted. A time of day may follow the date ("T13:45", " 13:45:10", "T13:45:10.5Z", "+02:00"); it is
/// validated and dropped: sale dates are calendar days. Years must have four digits.
/// All functions are pure and thread-safe.
class DateParser {
public:
    /// Days since 1970-01-01 of `field` (trimmed first) written in `format`.
    static tl::expected<qint32, ParseFailure> parse(std::string_view field, DateFormat format);
    /// The formats under which `field` is a valid date, 0 if none. One scan; "03/04/2024" gives both
    /// dd/mm/yyyy and mm/dd/yyyy, "13/04/2024" only dd/mm/yyyy.
    static DateFormatMask candidates(std::string_view field);

    static bool isValid(int year, int month, int day);
    static int daysInMonth(int year, int month);
    static qint32 daysFromCivil(int year, int month, int day);
    static void civilFromDays(qint32 days, int& year, int& month, int& day);
    /// "2024-04-26" for 19839; for logs, tests and previews.
    static QString isoString(qint32 days);
};

} // namespace valuator
