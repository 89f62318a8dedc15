// SPDX-License-Identifier: GPL-3.0-or-later
// SampleAnalyzer::detectNumberFormat: which separators the sample's numeric fields use.
#include "models/typing/DateParser.h"
#include "models/typing/SampleAnalyzer.h"
#include "models/typing/Units.h"
#include "models/typing/Utf8Text.h"

#include <algorithm>

namespace valuator {

namespace {

/// Counts of what numeric fields proved. "Ambiguous" = one separator followed by exactly three digits.
struct Evidence {
    qint64 decimalDot = 0, decimalComma = 0;
    qint64 groupDot = 0, groupComma = 0, groupSpace = 0, groupApostrophe = 0;
    qint64 ambiguousDot = 0, ambiguousComma = 0;
    qint64 fields = 0;
};

/// Digit runs and the separators between them: "12.500,50" -> runs {2,3,2}, seps ".,".
struct Body {
    int runs[8] = {};
    char seps[8] = {};
    int count = 0; // number of separators; runs has count + 1 entries
    bool firstHasLeadingZero = false;
};

bool digitAt(std::string_view s, size_t pos)
{
    return pos < s.size() && Utf8Text::isDigit(s[pos]);
}

/// Separator (normalised to . , ' or space) at `pos` if a digit follows it; sets its byte length.
char separatorAt(std::string_view s, size_t pos, int& length)
{
    length = 1;
    if (s[pos] == '.' || s[pos] == ',' || s[pos] == '\'') {
        return digitAt(s, pos + 1) ? s[pos] : 0;
    }
    if (s.substr(pos, 3) == "\xE2\x80\x99") {
        length = 3;
        return digitAt(s, pos + 3) ? '\'' : 0;
    }
    length = Utf8Text::spaceAt(s, pos);
    return length > 0 && digitAt(s, pos + size_t(length)) ? ' ' : 0;
}

/// Splits a numeric-looking field into digit runs and separators; false when it is not a number with at most a
/// known unit around it. A trailing ",-" (German "no cents") counts as a decimal separator.
bool scanBody(std::string_view s, Body& body)
{
    size_t p = 0;
    if (p < s.size() && (s[p] == '-' || s[p] == '+')) {
        ++p;
    }
    if (p < s.size() && !Utf8Text::isDigit(s[p])) { // currency prefix
        size_t end = p;
        while (end < s.size() && !Utf8Text::isDigit(s[end]) && !Utf8Text::spaceAt(s, end) && s[end] != '-'
            && s[end] != '+') {
            ++end;
        }
        if (Units::kind(Units::find(s.substr(p, end - p))) != UnitKind::Currency) {
            return false;
        }
        for (p = end; Utf8Text::spaceAt(s, p);) {
            p += size_t(Utf8Text::spaceAt(s, p));
        }
        if (p < s.size() && (s[p] == '-' || s[p] == '+')) {
            ++p;
        }
    }
    if (!digitAt(s, p)) {
        return false;
    }
    body.firstHasLeadingZero = s[p] == '0';
    while (p < s.size()) {
        if (Utf8Text::isDigit(s[p])) {
            ++body.runs[body.count];
            ++p;
            continue;
        }
        int length = 0;
        const char sep = separatorAt(s, p, length);
        if (sep == 0 || body.count == 7) {
            break;
        }
        body.seps[body.count++] = sep;
        p += size_t(length);
    }
    if (p + 1 < s.size() && (s[p] == ',' || s[p] == '.') && s[p + 1] == '-' && body.count < 7) {
        body.seps[body.count++] = s[p]; // "12.490,-": a decimal separator with a 0-digit run
        p += (p + 2 < s.size() && s[p + 2] == '-') ? 3 : 2;
    }
    const std::string_view rest = Utf8Text::trimmed(s.substr(p));
    return body.count > 0 && (rest.empty() || Units::find(rest) != Unit::None);
}

void countGrouping(char sep, Evidence& e)
{
    switch (sep) {
    case '.':
        ++e.groupDot;
        break;
    case ',':
        ++e.groupComma;
        break;
    case ' ':
        ++e.groupSpace;
        break;
    case '\'':
        ++e.groupApostrophe;
        break;
    default:
        break;
    }
}

/// Evidence from one field's separators; see SampleAnalyzer's class comment for the rule.
void weigh(const Body& b, Evidence& e)
{
    const char last = b.seps[b.count - 1];
    for (int i = 0; i + 1 < b.count; ++i) {
        if (b.seps[i] != b.seps[0]) {
            return; // three kinds of separator: not a number we understand
        }
    }
    bool groupsOk = b.runs[0] >= 1 && b.runs[0] <= 3;
    for (int i = 1; i < b.count; ++i) {
        groupsOk = groupsOk && b.runs[i] == 3;
    }
    const bool isPointOrComma = last == '.' || last == ',';
    if (b.count >= 2 && b.seps[0] == last) { // "1.234.567", "12 500 000"
        if (groupsOk && b.runs[b.count] == 3) {
            countGrouping(last, e);
        }
        return;
    }
    if (b.count >= 2) { // "12.500,50", "12 500,50"
        if (groupsOk && isPointOrComma) {
            (last == ',' ? e.decimalComma : e.decimalDot) += 1;
            countGrouping(b.seps[0], e);
        }
        return;
    }
    const bool threeAfter = b.runs[1] == 3;
    if (!isPointOrComma) { // "12 500", "1'234"
        if (threeAfter && b.runs[0] <= 3) {
            countGrouping(last, e);
        }
    } else if (!threeAfter || b.runs[0] > 3 || b.firstHasLeadingZero) {
        (last == ',' ? e.decimalComma : e.decimalDot) += 1; // "1,3", "8590,00", "0.500", "1234.567"
    } else {
        (last == ',' ? e.ambiguousComma : e.ambiguousDot) += 1; // "1,234", "8.606"
    }
}

char decideDecimal(const Evidence& e, char delimiter, bool& ambiguous)
{
    ambiguous = false;
    if (e.decimalComma > 0 || e.decimalDot > 0) {
        ambiguous = e.decimalComma > 0 && e.decimalDot > 0;
        return e.decimalComma > e.decimalDot ? ',' : '.';
    }
    if (e.groupDot > 0 && e.groupComma == 0) {
        return ',';
    }
    if (e.groupComma > 0 && e.groupDot == 0) {
        return '.';
    }
    if (e.ambiguousComma > 0 && e.ambiguousDot == 0) {
        ambiguous = delimiter != ',' && delimiter != ';';
        return delimiter == ',' ? '.' : ',';
    }
    if (e.ambiguousDot > 0 && e.ambiguousComma == 0) {
        ambiguous = delimiter != ',' && delimiter != ';';
        return delimiter == ';' ? ',' : '.';
    }
    ambiguous = e.groupDot + e.groupComma + e.ambiguousDot + e.ambiguousComma > 0; // conflicting hints
    return '.';
}

char decideGrouping(const Evidence& e, char decimal)
{
    const std::pair<qint64, char> candidates[] = {
        {decimal == ',' ? e.groupDot + e.ambiguousDot : 0, '.'},
        {decimal == '.' ? e.groupComma + e.ambiguousComma : 0, ','},
        {e.groupSpace, ' '},
        {e.groupApostrophe, '\''},
    };
    const auto best = std::max_element(
        std::begin(candidates), std::end(candidates), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (best->first > 0) {
        return best->second;
    }
    return decimal == ',' ? '.' : 0;
}

} // namespace

NumberFormatDetection SampleAnalyzer::detectNumberFormat(
    const Records& records, bool hasHeader, char delimiter, const MissingValues& missing)
{
    Evidence e;
    for (size_t row = hasHeader ? 1 : 0; row < records.size(); ++row) {
        for (const std::string& field : records[row]) {
            const std::string_view t = Utf8Text::trimmed(field);
            Body body;
            if (missing.isMissingTrimmed(t) || DateParser::candidates(t) != 0 || !scanBody(t, body)) {
                continue;
            }
            weigh(body, e);
            ++e.fields;
        }
    }
    NumberFormatDetection out;
    out.format.decimal = decideDecimal(e, delimiter, out.ambiguous);
    out.format.grouping = decideGrouping(e, out.format.decimal);
    out.evidence = e.decimalComma + e.decimalDot + e.groupDot + e.groupComma + e.groupSpace + e.groupApostrophe
        + e.ambiguousComma + e.ambiguousDot;
    if (e.decimalComma > 0 && e.decimalDot > 0) {
        out.reason = tr("Both '.' (%1 values) and ',' (%2 values) are used as decimal separator; '%3' is used.")
                         .arg(e.decimalDot)
                         .arg(e.decimalComma)
                         .arg(QLatin1Char(out.format.decimal));
    } else if (out.ambiguous) {
        out.reason = tr("Numbers like 1,234 could use ',' as decimal or grouping separator; please check: %1.")
                         .arg(out.format.example());
    } else if (out.evidence == 0) {
        out.reason = tr("No number shows its separators; assuming %1.").arg(out.format.example());
    } else {
        out.reason = tr("Numbers are written like %1.").arg(out.format.example());
    }
    return out;
}

} // namespace valuator
