// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/ColumnValueParser.h"

#include "models/typing/DateParser.h"
#include "models/typing/Utf8Text.h"

#include <cmath>

namespace valuator {

ColumnValueParser::ColumnValueParser(const ColumnProposal& proposal, const MissingValues& missing)
    : m_proposal(proposal)
    , m_missing(missing)
    , m_numbers(proposal.numberFormat, proposal.ambiguousGroups)
{
}

ParsedValue ColumnValueParser::parse(std::string_view field) const
{
    const std::string_view t = Utf8Text::trimmed(field);
    if (m_missing.isMissingTrimmed(t)) {
        return {};
    }
    switch (m_proposal.type) {
    case InferredType::Integer:
    case InferredType::Decimal:
        return parseNumber(t);
    case InferredType::Date:
        return parseDate(t);
    case InferredType::Text:
    case InferredType::TextList:
        break;
    }
    ParsedValue out;
    out.kind = ParsedValue::Kind::Text;
    out.text = t;
    return out;
}

ParsedValue ColumnValueParser::parseNumber(std::string_view t) const
{
    ParsedValue out;
    out.text = t;
    const auto number = m_numbers.parse(t);
    if (!number) {
        out.kind = ParsedValue::Kind::Invalid;
        out.failure = number.error();
        return out;
    }
    out.unit = number->unit;
    if (number->unit != Unit::None && m_proposal.unitKind != UnitKind::None
        && Units::kind(number->unit) != m_proposal.unitKind) {
        out.kind = ParsedValue::Kind::Invalid;
        out.failure = ParseFailure {ParseFailure::Reason::UnitMismatch, Units::code(number->unit)};
        return out;
    }
    out.decimal = number->value;
    const bool integerColumn = m_proposal.type == InferredType::Integer;
    if (number->isInteger) {
        out.kind = integerColumn ? ParsedValue::Kind::Integer : ParsedValue::Kind::Decimal;
        out.integer = number->integer;
    } else if (integerColumn && !number->hasFraction && std::fabs(number->value) < 9.0e15) {
        out.kind = ParsedValue::Kind::Integer; // a unit conversion made the fraction: round to whole units
        out.integer = qint64(std::llround(number->value));
    } else {
        out.kind = ParsedValue::Kind::Decimal;
    }
    return out;
}

ParsedValue ColumnValueParser::parseDate(std::string_view t) const
{
    ParsedValue out;
    out.text = t;
    const auto primary = DateParser::parse(t, m_proposal.dateFormat);
    if (primary) {
        out.kind = ParsedValue::Kind::Date;
        out.days = *primary;
        out.dateFormat = m_proposal.dateFormat;
        return out;
    }
    for (int f = 0; f < kDateFormatCount; ++f) {
        if (!(m_proposal.alternateDateFormats & dateFormatBit(DateFormat(f)))) {
            continue;
        }
        if (const auto alternate = DateParser::parse(t, DateFormat(f))) {
            out.kind = ParsedValue::Kind::Date;
            out.days = *alternate;
            out.dateFormat = DateFormat(f);
            return out;
        }
    }
    out.kind = ParsedValue::Kind::Invalid;
    out.failure = primary.error();
    return out;
}

} // namespace valuator
