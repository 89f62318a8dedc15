// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/NumberParser.h"

#include "models/typing/Utf8Text.h"

#include <charconv>
#include <cmath>
#include <optional>

namespace valuator {

namespace {

using Reason = ParseFailure::Reason;

tl::unexpected<ParseFailure> failure(Reason reason, std::string_view token = {})
{
    return tl::unexpected<ParseFailure>(ParseFailure {reason, token});
}

/// The number with separators removed, ready for std::from_chars.
struct Digits {
    static constexpr int kMax = 64;
    char buf[kMax + 8];
    int len = 0;
    int intDigits = 0;
    int fracDigits = 0;
    bool grouped = false;
    bool hasPoint = false;
    bool hasExponent = false;
    bool dashCents = false;
    bool decimalAsGrouping = false;

    bool push(char c)
    {
        if (len >= kMax) {
            return false;
        }
        buf[len++] = c;
        return true;
    }
    bool pushAll(std::string_view s)
    {
        for (const char c : s) {
            if (!push(c)) {
                return false;
            }
        }
        return true;
    }
};

/// Byte length of the grouping character at `pos` for `grouping`, 0 if there is none.
int groupingLength(std::string_view s, size_t pos, char grouping)
{
    if (grouping == 0 || pos >= s.size()) {
        return 0;
    }
    if (grouping == ' ') {
        return Utf8Text::spaceAt(s, pos);
    }
    if (grouping == '\'' && s.substr(pos, 3) == "\xE2\x80\x99") { // U+2019
        return 3;
    }
    return s[pos] == grouping ? 1 : 0;
}

bool digitAt(std::string_view s, size_t pos)
{
    return pos < s.size() && Utf8Text::isDigit(s[pos]);
}

/// Integer part with validated grouping. Advances `pos`.
Reason scanInteger(std::string_view s, size_t& pos, char grouping, Digits& d)
{
    int groupLen = 0;
    while (pos < s.size()) {
        if (Utf8Text::isDigit(s[pos])) {
            if (!d.push(s[pos])) {
                return Reason::TooLong;
            }
            ++groupLen;
            ++d.intDigits;
            ++pos;
            continue;
        }
        const int g = groupingLength(s, pos, grouping);
        if (g > 0 && groupLen > 0 && digitAt(s, pos + size_t(g))) {
            if (groupLen > 3 || (d.grouped && groupLen != 3)) {
                return Reason::MisplacedGrouping;
            }
            d.grouped = true;
            groupLen = 0;
            pos += size_t(g);
            continue;
        }
        break;
    }
    if (d.grouped && groupLen != 3) {
        return Reason::MisplacedGrouping;
    }
    return Reason::Empty; // "no failure"
}

/// Number of further "<decimal>ddd" groups after `pos`, each exactly three digits; `end` is set past them.
int extraDecimalGroups(std::string_view s, size_t pos, char decimal, size_t& end)
{
    int groups = 0;
    end = pos;
    while (end < s.size() && s[end] == decimal && digitAt(s, end + 1) && digitAt(s, end + 2) && digitAt(s, end + 3)
        && !digitAt(s, end + 4)) {
        end += 4;
        ++groups;
    }
    return groups;
}

/// Fraction after the decimal separator, including the "8.606" ambiguity and the German "12,-". Advances `pos`.
Reason scanFraction(std::string_view s, size_t& pos, char decimal, AmbiguousGroups mode, Digits& d)
{
    if (pos >= s.size() || s[pos] != decimal) {
        return Reason::Empty;
    }
    size_t p = pos + 1;
    if (p < s.size() && s[p] == '-' && d.intDigits > 0) { // "12.490,-" and "12.490,--": no cents
        p += (p + 1 < s.size() && s[p + 1] == '-') ? 2 : 1;
        pos = p;
        d.dashCents = true;
        return Reason::Empty;
    }
    const size_t fracStart = p;
    while (digitAt(s, p)) {
        ++p;
    }
    const std::string_view frac = s.substr(fracStart, p - fracStart);
    if (frac.empty()) {
        return Reason::NotANumber;
    }
    const bool leadingZero = d.intDigits > 0 && d.buf[0] == '0';
    if (!d.grouped && d.intDigits >= 1 && d.intDigits <= 3 && !leadingZero && frac.size() == 3) {
        size_t end = p;
        const int extra = extraDecimalGroups(s, p, decimal, end);
        if (extra == 0 && p < s.size() && s[p] == decimal) {
            return Reason::TwoDecimalSeparators;
        }
        d.decimalAsGrouping = true;
        if (extra > 0 || mode == AmbiguousGroups::AsGrouping) {
            for (size_t i = fracStart; i < end; ++i) {
                if (s[i] != decimal && !d.push(s[i])) {
                    return Reason::TooLong;
                }
            }
            d.intDigits += int(frac.size()) + 3 * extra;
            pos = end;
            return Reason::Empty;
        }
    }
    if (p < s.size() && s[p] == decimal) {
        return Reason::TwoDecimalSeparators;
    }
    if (!d.push('.') || !d.pushAll(frac)) {
        return Reason::TooLong;
    }
    d.hasPoint = true;
    d.fracDigits = int(frac.size());
    pos = p;
    return Reason::Empty;
}

/// "e5", "E+03", "e-2" after the digits; only without grouping.
Reason scanExponent(std::string_view s, size_t& pos, Digits& d)
{
    if (pos >= s.size() || (s[pos] != 'e' && s[pos] != 'E') || d.grouped || d.decimalAsGrouping || d.dashCents) {
        return Reason::Empty;
    }
    size_t p = pos + 1;
    const bool sign = p < s.size() && (s[p] == '+' || s[p] == '-');
    if (!digitAt(s, p + (sign ? 1 : 0))) {
        return Reason::Empty; // "5EUR": a unit, not an exponent
    }
    d.push('e');
    if (sign) {
        d.push(s[p++]);
    }
    while (digitAt(s, p)) {
        if (!d.push(s[p++])) {
            return Reason::TooLong;
        }
    }
    d.hasExponent = true;
    pos = p;
    return Reason::Empty;
}

bool hasDigit(std::string_view s)
{
    for (const char c : s) {
        if (Utf8Text::isDigit(c)) {
            return true;
        }
    }
    return false;
}

size_t skipSpaces(std::string_view s, size_t pos)
{
    while (int n = Utf8Text::spaceAt(s, pos)) {
        pos += size_t(n);
    }
    return pos;
}

bool takeSign(std::string_view s, size_t& pos, bool& negative)
{
    if (pos < s.size() && (s[pos] == '-' || s[pos] == '+')) {
        negative = s[pos] == '-';
        ++pos;
        return true;
    }
    return false;
}

/// Sign and currency before the number ("-€5", "€ -5", "EUR 12.490,-"). Advances `pos`; a failure if the
/// text before the digits is not a currency.
std::optional<ParseFailure> scanPrefix(std::string_view s, size_t& pos, char decimal, bool& negative, Unit& prefix)
{
    const bool signSeen = takeSign(s, pos, negative);
    if (pos >= s.size() || Utf8Text::isDigit(s[pos]) || s[pos] == decimal) {
        return std::nullopt;
    }
    size_t end = pos;
    while (
        end < s.size() && !Utf8Text::isDigit(s[end]) && !Utf8Text::spaceAt(s, end) && s[end] != '-' && s[end] != '+') {
        ++end;
    }
    const std::string_view token = s.substr(pos, end - pos);
    prefix = Units::find(token);
    if (Units::kind(prefix) != UnitKind::Currency) { // only currencies go before the number
        const bool unknown = prefix == Unit::None && !token.empty() && hasDigit(s.substr(end));
        return ParseFailure {unknown ? Reason::UnknownUnit : Reason::NotANumber, token};
    }
    pos = skipSpaces(s, end);
    if (!signSeen) {
        takeSign(s, pos, negative);
    }
    return std::nullopt;
}

/// The unit after the number (from `pos` to the end); none allowed after a prefix currency.
std::optional<ParseFailure> scanSuffix(std::string_view s, size_t pos, Unit prefix, Unit& unit)
{
    if (pos >= s.size()) {
        return std::nullopt;
    }
    const std::string_view rest = s.substr(pos);
    if (prefix != Unit::None || hasDigit(rest)) {
        return ParseFailure {Reason::NotANumber, {}};
    }
    unit = Units::find(rest);
    if (unit == Unit::None) {
        return ParseFailure {Reason::UnknownUnit, rest};
    }
    return std::nullopt;
}

/// Converts the collected digits; applies sign and unit factor.
tl::expected<ParsedNumber, ParseFailure> convert(const Digits& d, bool negative, Unit unit)
{
    ParsedNumber out;
    out.unit = unit;
    out.hasFraction = d.hasPoint || d.hasExponent || d.dashCents;
    out.decimalAsGrouping = d.decimalAsGrouping;
    bool exact = false;
    if (!d.hasPoint && !d.hasExponent) {
        long long v = 0;
        exact = std::from_chars(d.buf, d.buf + d.len, v).ec == std::errc(); // fails beyond int64
        out.integer = exact ? (negative ? -v : v) : 0;
        out.isInteger = exact && !d.dashCents; // "12.490,-" wrote a (zero) fraction, like "8590,00"
        out.value = double(out.integer);
    }
    if (!exact) {
        double v = 0;
        const auto r = std::from_chars(d.buf, d.buf + d.len, v);
        if (r.ec != std::errc() || !std::isfinite(v)) {
            return failure(Reason::OutOfRange);
        }
        out.value = negative ? -v : v;
    }
    const double factor = Units::factor(unit);
    if (factor != 1.0) {
        const bool whole = out.isInteger && factor == std::floor(factor) && std::fabs(out.value) * factor < 9.0e15;
        out.value *= factor;
        out.integer = whole ? qint64(out.value) : 0;
        out.isInteger = whole;
    }
    return out;
}

/// Fast path for the common case: only ASCII digits, at most 18 of them, optional leading '-'.
bool plainInteger(std::string_view s, ParsedNumber& out)
{
    const bool negative = !s.empty() && s[0] == '-';
    const size_t start = negative ? 1 : 0;
    if (s.size() <= start || s.size() - start > 18) {
        return false;
    }
    qint64 v = 0;
    for (size_t i = start; i < s.size(); ++i) {
        const char c = s[i];
        if (!Utf8Text::isDigit(c)) {
            return false;
        }
        v = v * 10 + (c - '0');
    }
    out = ParsedNumber {};
    out.integer = negative ? -v : v;
    out.value = double(out.integer);
    out.isInteger = true;
    return true;
}

} // namespace

NumberParser::NumberParser(NumberFormat format, AmbiguousGroups ambiguous)
    : m_format(format)
    , m_ambiguous(ambiguous)
{
}

tl::expected<ParsedNumber, ParseFailure> NumberParser::parse(std::string_view field) const
{
    const std::string_view s = Utf8Text::trimmed(field);
    if (s.empty()) {
        return failure(Reason::Empty);
    }
    ParsedNumber fast;
    if (plainInteger(s, fast)) {
        return fast;
    }
    size_t pos = 0;
    bool negative = false;
    Unit prefix = Unit::None;
    if (const auto f = scanPrefix(s, pos, m_format.decimal, negative, prefix)) {
        return tl::unexpected(*f);
    }
    Digits d;
    Reason r = scanInteger(s, pos, m_format.grouping, d);
    if (r == Reason::Empty) {
        r = scanFraction(s, pos, m_format.decimal, m_ambiguous, d);
    }
    if (r == Reason::Empty) {
        r = scanExponent(s, pos, d);
    }
    if (r != Reason::Empty) {
        return failure(r);
    }
    if (d.intDigits == 0 && d.fracDigits == 0) {
        return failure(Reason::NotANumber);
    }
    if (digitAt(s, pos + 1)) { // a separator this format does not use, directly between digits
        if (groupingLength(s, pos, m_format.grouping) > 0) {
            return failure(Reason::MisplacedGrouping);
        }
        if (s[pos] == '.' || s[pos] == ',' || s[pos] == '\'') {
            return failure(Reason::UnexpectedSeparator, s.substr(pos, 1));
        }
    }
    Unit unit = prefix;
    if (const auto f = scanSuffix(s, skipSpaces(s, pos), prefix, unit)) {
        return tl::unexpected(*f);
    }
    return convert(d, negative, unit);
}

} // namespace valuator
