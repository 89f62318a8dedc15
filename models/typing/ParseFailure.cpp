// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/ParseFailure.h"

namespace valuator {

QString ParseFailure::message() const
{
    const QString text = QString::fromUtf8(token.data(), qsizetype(token.size()));
    switch (reason) {
    case Reason::Empty:
        return tr("empty value");
    case Reason::NotANumber:
        return tr("not a number");
    case Reason::MisplacedGrouping:
        return tr("grouping separator in the wrong place");
    case Reason::TwoDecimalSeparators:
        return tr("more than one decimal separator");
    case Reason::UnexpectedSeparator:
        return tr("unexpected separator '%1'").arg(text);
    case Reason::UnknownUnit:
        return tr("unknown unit '%1'").arg(text);
    case Reason::UnitMismatch:
        return tr("unit '%1' does not fit this column").arg(text);
    case Reason::OutOfRange:
        return tr("number out of range");
    case Reason::TooLong:
        return tr("number too long");
    case Reason::NotADate:
        return tr("not a date");
    case Reason::WrongDateFormat:
        return tr("date not in the format %1").arg(text);
    case Reason::InvalidMonth:
        return tr("month out of range");
    case Reason::InvalidDay:
        return tr("day does not exist in that month");
    case Reason::TwoDigitYear:
        return tr("two-digit year (write the year with four digits)");
    case Reason::InvalidTime:
        return tr("invalid time of day");
    }
    return tr("not a number");
}

QString ParseFailure::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Empty:
        return QStringLiteral("empty");
    case Reason::NotANumber:
        return QStringLiteral("not_a_number");
    case Reason::MisplacedGrouping:
        return QStringLiteral("misplaced_grouping");
    case Reason::TwoDecimalSeparators:
        return QStringLiteral("two_decimal_separators");
    case Reason::UnexpectedSeparator:
        return QStringLiteral("unexpected_separator");
    case Reason::UnknownUnit:
        return QStringLiteral("unknown_unit");
    case Reason::UnitMismatch:
        return QStringLiteral("unit_mismatch");
    case Reason::OutOfRange:
        return QStringLiteral("out_of_range");
    case Reason::TooLong:
        return QStringLiteral("too_long");
    case Reason::NotADate:
        return QStringLiteral("not_a_date");
    case Reason::WrongDateFormat:
        return QStringLiteral("wrong_date_format");
    case Reason::InvalidMonth:
        return QStringLiteral("invalid_month");
    case Reason::InvalidDay:
        return QStringLiteral("invalid_day");
    case Reason::TwoDigitYear:
        return QStringLiteral("two_digit_year");
    case Reason::InvalidTime:
        return QStringLiteral("invalid_time");
    }
    return QStringLiteral("not_a_number");
}

} // namespace valuator
