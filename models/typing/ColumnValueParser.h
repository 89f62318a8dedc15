// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/typing/ColumnProposal.h"
#include "models/typing/MissingValues.h"
#include "models/typing/NumberParser.h"
#include "models/typing/ParseFailure.h"

#include <string_view>

namespace valuator {

/// One field read by ColumnValueParser.
struct ParsedValue {
    enum class Kind : quint8 {
        Missing, ///< empty or a missing token
        Integer, ///< `integer` (and `decimal`) set
        Decimal, ///< `decimal` set; in an Integer column this means a written fraction: widen or report
        Date, ///< `days` set
        Text, ///< `text` set (Text and TextList columns; split lists with ListTokens::split)
        Invalid, ///< `failure` says why; `text` holds the trimmed field
    };
    Kind kind = Kind::Missing;
    qint64 integer = 0;
    double decimal = 0; ///< in the canonical unit of the column (km, kW, l)
    qint32 days = 0; ///< days since 1970-01-01
    DateFormat dateFormat = DateFormat::Iso; ///< the format that read the date (primary or an alternate)
    Unit unit = Unit::None; ///< the unit as written
    std::string_view text; ///< trimmed view into the field
    ParseFailure failure;
};

/// Reads the values of one column as its (confirmed or user-edited) ColumnProposal says: the importer's per-cell
/// call. Integer columns round unit conversions to whole numbers (50000 mi -> 80467 km) and return Kind::Decimal for
/// a written fraction, so the caller decides between widening the column and rejecting the value. Numbers whose unit
/// is of another kind than the proposal's (only checked when the proposal has a unit kind) are Invalid
/// (UnitMismatch); values without a unit are taken to be in the canonical unit. Dates try the primary format, then
/// each accepted alternate. Const and allocation-free: share one instance between threads.
class ColumnValueParser {
public:
    explicit ColumnValueParser(const ColumnProposal& proposal, const MissingValues& missing = {});

    ParsedValue parse(std::string_view field) const;

    const ColumnProposal& proposal() const { return m_proposal; }

private:
    ParsedValue parseNumber(std::string_view trimmed) const;
    ParsedValue parseDate(std::string_view trimmed) const;

    ColumnProposal m_proposal;
    MissingValues m_missing;
    NumberParser m_numbers;
};

} // namespace valuator
