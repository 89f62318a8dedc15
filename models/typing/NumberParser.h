// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/typing/NumberFormat.h"
#include "models/typing/ParseFailure.h"
#include "models/typing/Units.h"

#include <tl/expected.hpp>

#include <string_view>

namespace valuator {

/// How to read a number whose decimal separator is followed by exactly three digits and nothing else, such as
/// "8.606" in a file with decimal '.': it may be 8.606 or a German-style 8606. ColumnProfiler decides per column
/// (see ColumnProposal::ambiguousGroups). "1.234.567" (several such groups) can only be grouping and is always
/// read as 1234567.
enum class AmbiguousGroups : quint8 { AsDecimal, AsGrouping };

/// One number read from a field, converted to the canonical unit of its kind (km, kW, l; currencies unchanged).
struct ParsedNumber {
    double value = 0; ///< always set, in the canonical unit
    qint64 integer = 0; ///< exact value when isInteger
    bool isInteger = false; ///< written without a fraction and still whole after unit conversion
    bool hasFraction = false; ///< a fraction was written ("8590,00" has one, "85 Tkm" does not)
    bool decimalAsGrouping = false; ///< the decimal separator was followed by 3-digit groups ("8.606"); see above
    Unit unit = Unit::None; ///< the unit as written ("mi" gives Mile even though value is in km)

    bool converted() const { return Units::factor(unit) != 1.0; }
};

/// Reads numbers as dealership exports write them: "12.500,50", "12 500,50", "12,500.50", "-3,5", "+7",
/// "85000 km", "12.490 EUR", "€ 12.490,-", "150 PS", "1,5E+03", with padding spaces (NBSP included). Pure and
/// cheap: no allocation, no QString, std::from_chars; safe to share between threads (const after construction).
/// Grouping is validated (first group 1-3 digits, then groups of 3), so "1,3" with grouping ',' is an error
/// rather than 13. A prefix unit must be a currency; a suffix unit may be any known unit (see Units::find).
class NumberParser {
public:
    explicit NumberParser(NumberFormat format = {}, AmbiguousGroups ambiguous = AmbiguousGroups::AsDecimal);

    tl::expected<ParsedNumber, ParseFailure> parse(std::string_view field) const;

    NumberFormat format() const { return m_format; }
    AmbiguousGroups ambiguousGroups() const { return m_ambiguous; }

private:
    NumberFormat m_format;
    AmbiguousGroups m_ambiguous;
};

} // namespace valuator
