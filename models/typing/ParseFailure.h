// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace valuator {

/// Why one field could not be read as a number or a date. Cheap to create on the hot path: `token` is a view
/// into the parsed field (or static text) and is only valid while that field is; call message() before the field
/// goes away.
struct ParseFailure {
    Q_DECLARE_TR_FUNCTIONS(valuator::ParseFailure)

public:
    enum class Reason : quint8 {
        Empty, ///< nothing left after trimming
        NotANumber, ///< no number at all ("hatchback")
        MisplacedGrouping, ///< "1,3" when ',' groups thousands; groups must have 3 digits
        TwoDecimalSeparators, ///< "1,2,3" with decimal ','
        UnexpectedSeparator, ///< a '.', ',' or '\'' the number format does not use; token = the character
        UnknownUnit, ///< a number with text we do not know around it; token = the text ("xy")
        UnitMismatch, ///< a known unit of the wrong kind for the column ("5 EUR" as mileage)
        OutOfRange, ///< does not fit a double
        TooLong, ///< more than 64 characters of number
        NotADate, ///< no date shape at all
        WrongDateFormat, ///< a date, but not in the expected format; token = the format name
        InvalidMonth, ///< month outside 1-12
        InvalidDay, ///< the day does not exist in that month (31.02., 29.02. outside leap years)
        TwoDigitYear, ///< "26.04.24": rejected, the century would be a guess
        InvalidTime, ///< a time part that is not hh:mm[:ss]
    };

    Reason reason = Reason::NotANumber;
    std::string_view token;

    /// Short translated reason, e.g. "grouping separator in the wrong place" or "unknown unit 'xy'".
    QString message() const;
    /// Stable machine name of the reason ("misplaced_grouping", ...) for logs and --json.
    static QString reasonName(Reason reason);
};

} // namespace valuator
