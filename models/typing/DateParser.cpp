// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/DateParser.h"

#include "models/typing/Utf8Text.h"

#include <array>

namespace valuator {

namespace {

using Reason = ParseFailure::Reason;

constexpr std::array<std::string_view, kDateFormatCount> kNames {
    "iso", "dd.mm.yyyy", "dd/mm/yyyy", "mm/dd/yyyy", "yyyy/mm/dd", "dd-mm-yyyy"};

/// Three digit runs split by one separator kind, e.g. 26 . 04 . 2024.
struct Shape {
    int v[3] = {};
    int len[3] = {};
    char sep = 0;
};

struct Ymd {
    int year = 0;
    int month = 0;
    int day = 0;
};

int readNumber(std::string_view s, size_t& pos, int maxDigits, int& len)
{
    int v = 0;
    len = 0;
    while (pos < s.size() && Utf8Text::isDigit(s[pos]) && len <= maxDigits) {
        v = v * 10 + (s[pos] - '0');
        ++len;
        ++pos;
    }
    return v;
}

/// Optional "+hh:mm", "-hhmm" or "Z" after a time.
bool scanZone(std::string_view s, size_t pos)
{
    if (pos < s.size() && s[pos] == 'Z') {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        int len = 0;
        ++pos;
        const int hh = readNumber(s, pos, 2, len);
        if (len != 2 || hh > 14) {
            return false;
        }
        if (pos < s.size() && s[pos] == ':') {
            ++pos;
        }
        const int mm = readNumber(s, pos, 2, len);
        if (len != 2 || mm > 59) {
            return false;
        }
    }
    return pos == s.size();
}

/// "T13:45", " 13:45:10", "T13:45:10.123Z", "13:45 +02:00" after the date; validated, then dropped.
Reason scanTime(std::string_view s, size_t pos)
{
    if (s[pos] != 'T' && !Utf8Text::isAsciiSpace(s[pos])) {
        return Reason::NotADate;
    }
    ++pos;
    while (pos < s.size() && s[pos] == ' ') {
        ++pos;
    }
    int len = 0;
    const int hh = readNumber(s, pos, 2, len);
    if (len < 1 || len > 2 || hh > 23 || pos >= s.size() || s[pos] != ':') {
        return Reason::InvalidTime;
    }
    ++pos;
    const int mm = readNumber(s, pos, 2, len);
    if (len != 2 || mm > 59) {
        return Reason::InvalidTime;
    }
    if (pos < s.size() && s[pos] == ':') {
        ++pos;
        const int ss = readNumber(s, pos, 2, len);
        if (len != 2 || ss > 60) {
            return Reason::InvalidTime;
        }
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            ++pos;
            readNumber(s, pos, 8, len);
            if (len == 0) {
                return Reason::InvalidTime;
            }
        }
    }
    while (pos < s.size() && s[pos] == ' ') {
        ++pos;
    }
    return scanZone(s, pos) ? Reason::Empty : Reason::InvalidTime;
}

/// Reason::Empty when `s` is three digit runs with equal separators, optionally followed by a time.
Reason scanShape(std::string_view s, Shape& shape)
{
    size_t pos = 0;
    for (int i = 0; i < 3; ++i) {
        if (i > 0) {
            if (pos >= s.size()) {
                return Reason::NotADate;
            }
            const char c = s[pos];
            if (i == 1 && (c == '-' || c == '.' || c == '/')) {
                shape.sep = c;
            } else if (i == 1 || c != shape.sep) {
                return Reason::NotADate;
            }
            ++pos;
        }
        shape.v[i] = readNumber(s, pos, 4, shape.len[i]);
        if (shape.len[i] == 0 || shape.len[i] > 4) {
            return Reason::NotADate;
        }
    }
    if (shape.len[1] > 2) {
        return Reason::NotADate;
    }
    return pos == s.size() ? Reason::Empty : scanTime(s, pos);
}

/// Maps the shape onto year/month/day for `format`; false when the layout does not match.
bool fits(const Shape& sh, DateFormat format, Ymd& out)
{
    const bool yearFirst = sh.len[0] == 4 && sh.len[2] <= 2;
    const bool yearLast = sh.len[0] <= 2 && sh.len[2] == 4;
    switch (format) {
    case DateFormat::Iso:
    case DateFormat::YearMonthDaySlash:
        if (!yearFirst || sh.sep != (format == DateFormat::Iso ? '-' : '/')) {
            return false;
        }
        out = {sh.v[0], sh.v[1], sh.v[2]};
        return true;
    case DateFormat::DayMonthYearDot:
    case DateFormat::DayMonthYearSlash:
    case DateFormat::DayMonthYearDash: {
        const char sep = format == DateFormat::DayMonthYearDot ? '.'
            : format == DateFormat::DayMonthYearDash           ? '-'
                                                               : '/';
        if (!yearLast || sh.sep != sep) {
            return false;
        }
        out = {sh.v[2], sh.v[1], sh.v[0]};
        return true;
    }
    case DateFormat::MonthDayYearSlash:
        if (!yearLast || sh.sep != '/') {
            return false;
        }
        out = {sh.v[2], sh.v[0], sh.v[1]};
        return true;
    }
    return false;
}

bool hasTwoDigitYear(const Shape& sh, DateFormat format)
{
    const char sep = format == DateFormat::DayMonthYearDot ? '.' : format == DateFormat::DayMonthYearDash ? '-' : '/';
    const bool yearLastFormat = format != DateFormat::Iso && format != DateFormat::YearMonthDaySlash;
    return yearLastFormat && sh.sep == sep && sh.len[0] <= 2 && sh.len[2] <= 2;
}

} // namespace

tl::expected<qint32, ParseFailure> DateParser::parse(std::string_view field, DateFormat format)
{
    const std::string_view s = Utf8Text::trimmed(field);
    if (s.empty()) {
        return tl::unexpected(ParseFailure {Reason::Empty, {}});
    }
    Shape shape;
    if (const Reason r = scanShape(s, shape); r != Reason::Empty) {
        return tl::unexpected(ParseFailure {r, {}});
    }
    Ymd d;
    if (!fits(shape, format, d)) {
        const Reason r = hasTwoDigitYear(shape, format) ? Reason::TwoDigitYear : Reason::WrongDateFormat;
        return tl::unexpected(ParseFailure {r, kNames[size_t(format)]});
    }
    if (d.month < 1 || d.month > 12) {
        return tl::unexpected(ParseFailure {Reason::InvalidMonth, {}});
    }
    if (d.year < 1 || d.day < 1 || d.day > daysInMonth(d.year, d.month)) {
        return tl::unexpected(ParseFailure {Reason::InvalidDay, {}});
    }
    return daysFromCivil(d.year, d.month, d.day);
}

DateFormatMask DateParser::candidates(std::string_view field)
{
    const std::string_view s = Utf8Text::trimmed(field);
    if (s.empty() || !Utf8Text::isDigit(s[0])) {
        return 0;
    }
    Shape shape;
    if (scanShape(s, shape) != Reason::Empty) {
        return 0;
    }
    DateFormatMask mask = 0;
    for (int i = 0; i < kDateFormatCount; ++i) {
        Ymd d;
        if (fits(shape, DateFormat(i), d) && isValid(d.year, d.month, d.day)) {
            mask |= dateFormatBit(DateFormat(i));
        }
    }
    return mask;
}

bool DateParser::isValid(int year, int month, int day)
{
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

int DateParser::daysInMonth(int year, int month)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) {
        return 0;
    }
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
qint32 DateParser::daysFromCivil(int year, int month, int day)
{
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const auto doy = unsigned((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint32(era * 146097 + int(doe) - 719468);
}

void DateParser::civilFromDays(qint32 days, int& year, int& month, int& day)
{
    const int z = days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe) + era * 400 + (month <= 2 ? 1 : 0);
}

QString DateParser::isoString(qint32 days)
{
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    return QStringLiteral("%1-%2-%3")
        .arg(y, 4, 10, QLatin1Char('0'))
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(d, 2, 10, QLatin1Char('0'));
}

} // namespace valuator
