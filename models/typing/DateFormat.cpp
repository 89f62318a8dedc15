// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/DateFormat.h"

namespace valuator {

QString dateFormatName(DateFormat format)
{
    switch (format) {
    case DateFormat::Iso:
        return QStringLiteral("iso");
    case DateFormat::DayMonthYearDot:
        return QStringLiteral("dd.mm.yyyy");
    case DateFormat::DayMonthYearSlash:
        return QStringLiteral("dd/mm/yyyy");
    case DateFormat::MonthDayYearSlash:
        return QStringLiteral("mm/dd/yyyy");
    case DateFormat::YearMonthDaySlash:
        return QStringLiteral("yyyy/mm/dd");
    case DateFormat::DayMonthYearDash:
        return QStringLiteral("dd-mm-yyyy");
    }
    return QStringLiteral("iso");
}

std::optional<DateFormat> dateFormatFromName(QStringView name)
{
    for (int i = 0; i < kDateFormatCount; ++i) {
        const auto format = DateFormat(i);
        if (name.compare(dateFormatName(format), Qt::CaseInsensitive) == 0) {
            return format;
        }
    }
    return std::nullopt;
}

QList<DateFormat> dateFormatsIn(DateFormatMask mask)
{
    QList<DateFormat> formats;
    for (int i = 0; i < kDateFormatCount; ++i) {
        if (mask & dateFormatBit(DateFormat(i))) {
            formats.append(DateFormat(i));
        }
    }
    return formats;
}

} // namespace valuator
