// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace valuator {

/// The date layouts found in dealership exports. Day and month may have one or two digits in every layout
/// ("1.4.2024"); years always have four (two-digit years are rejected: the century would be a guess).
/// Every layout may be followed by a time of day (see DateParser). Order is stable: used as a bit index.
enum class DateFormat : quint8 {
    Iso, ///< "iso": 2024-04-26, also 2024-04-26T13:45:00Z and 2024-04-26 13:45
    DayMonthYearDot, ///< "dd.mm.yyyy": 26.04.2024 (German, Swiss, Nordic)
    DayMonthYearSlash, ///< "dd/mm/yyyy": 26/04/2024 (British, French)
    MonthDayYearSlash, ///< "mm/dd/yyyy": 04/26/2024 (US Excel)
    YearMonthDaySlash, ///< "yyyy/mm/dd": 2024/04/26
    DayMonthYearDash, ///< "dd-mm-yyyy": 26-04-2024 (Dutch)
};
inline constexpr int kDateFormatCount = int(DateFormat::DayMonthYearDash) + 1;

/// A set of DateFormats, one bit per format (bit = 1 << int(format)).
using DateFormatMask = quint8;

constexpr DateFormatMask dateFormatBit(DateFormat format)
{
    return DateFormatMask(1u << unsigned(format));
}

/// Stable name: "iso", "dd.mm.yyyy", "dd/mm/yyyy", "mm/dd/yyyy", "yyyy/mm/dd", "dd-mm-yyyy". Not translated:
/// it is both the UI label and the settings / --json value.
QString dateFormatName(DateFormat format);
/// Inverse of dateFormatName (case-insensitive); nullopt for unknown names.
std::optional<DateFormat> dateFormatFromName(QStringView name);
/// The formats in `mask`, in enum order.
QList<DateFormat> dateFormatsIn(DateFormatMask mask);

} // namespace valuator
