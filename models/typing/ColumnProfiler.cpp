// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/ColumnProfiler.h"

#include "models/typing/DateParser.h"
#include "models/typing/ListTokens.h"
#include "models/typing/Utf8Text.h"

#include <array>

namespace valuator {

namespace {

constexpr std::array<std::string_view, 11> kBooleanWords {
    "true", "false", "yes", "no", "ja", "nein", "nej", "wahr", "falsch", "sant", "falskt"};

bool isBooleanWord(std::string_view s)
{
    if (s.size() < 2 || s.size() > 6) {
        return false;
    }
    for (const std::string_view word : kBooleanWords) {
        if (Utf8Text::equalsIgnoreCase(s, word)) {
            return true;
        }
    }
    return false;
}

void keepFirst(qint64& first, qint64 line)
{
    if (line >= 0 && (first < 0 || line < first)) {
        first = line;
    }
}

} // namespace

ColumnProfiler::ColumnProfiler(const InferenceOptions& options)
    : m_options(options)
    // AsGrouping so that "1.234.567" and "8.606" both parse; decimalAsGrouping marks them as ambiguous.
    , m_numbers(options.numberFormat, AmbiguousGroups::AsGrouping)
{
}

void ColumnProfiler::bump(ColumnStats::Class cls, qint64 line, std::string_view text)
{
    if (m_stats.count[cls]++ == 0) {
        m_stats.firstLine[cls] = line;
        m_stats.firstValue[cls].assign(text.substr(0, 64));
    }
}

void ColumnProfiler::add(std::string_view field, qint64 line)
{
    ++m_stats.values;
    const std::string_view t = Utf8Text::trimmed(field);
    if (m_options.missing.isMissingTrimmed(t)) {
        bump(ColumnStats::Missing, line, t);
        return;
    }
    if (t.size() != field.size()) {
        ++m_stats.padded;
        keepFirst(m_stats.firstPaddedLine, line);
    }
    const qint64 length = Utf8Text::codePointCount(t);
    m_stats.minLength = m_stats.minLength < 0 ? length : std::min(m_stats.minLength, length);
    m_stats.maxLength = std::max(m_stats.maxLength, length);

    // Dates first: the shape check rejects non-dates after a few bytes, while a failed number parse costs more.
    if (const DateFormatMask mask = DateParser::candidates(t)) {
        bump(ColumnStats::Date, line, t);
        m_dates.add(mask, line);
        return;
    }
    if (const auto number = m_numbers.parse(t)) {
        const auto cls = number->decimalAsGrouping ? ColumnStats::GroupedAmbiguous
            : number->hasFraction                  ? ColumnStats::Decimal
                                                   : ColumnStats::Integer;
        bump(cls, line, t);
        ++m_stats.units[size_t(number->unit)];
        if (number->unit != Unit::None) {
            keepFirst(m_stats.firstUnitLine, line);
        }
        return;
    }
    if (isBooleanWord(t)) {
        bump(ColumnStats::Boolean, line, t);
        return;
    }
    bump(ColumnStats::Text, line, t);
    addText(t);
}

void ColumnProfiler::addText(std::string_view text)
{
    const ListSeparator sep = ListTokens::separatorOf(text);
    if (sep == ListSeparator::None) {
        return; // only list tokens are hashed: plain text columns (plates, regions) pay nothing for lists
    }
    ++m_stats.listValues;
    m_stats.listSeparators |= quint8(sep);
    const char single = sep == ListSeparator::Pipe ? '|' : ';';
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = sep == ListSeparator::CommaSpace ? text.find(", ", start) : text.find(single, start);
        const std::string_view token
            = Utf8Text::trimmed(text.substr(start, end == std::string_view::npos ? text.npos : end - start));
        if (!token.empty()) {
            ++m_stats.listTokens;
            addToken(token);
        }
        if (end == std::string_view::npos) {
            break;
        }
        start = end + (sep == ListSeparator::CommaSpace ? 2 : 1);
    }
}

void ColumnProfiler::addToken(std::string_view token)
{
    if (m_stats.distinctTokensCapped) {
        return;
    }
    m_tokenKeys.insert(ListTokens::keyHash(token));
    m_stats.distinctTokens = qint64(m_tokenKeys.size());
    if (m_stats.distinctTokens > kMaxDistinctTokens) {
        m_stats.distinctTokensCapped = true;
        m_tokenKeys.clear();
    }
}

void ColumnProfiler::merge(const ColumnProfiler& other)
{
    const ColumnStats& o = other.m_stats;
    m_stats.values += o.values;
    for (size_t c = 0; c < size_t(ColumnStats::kClassCount); ++c) {
        if (o.count[c] > 0 && (m_stats.count[c] == 0 || o.firstLine[c] < m_stats.firstLine[c])) {
            m_stats.firstLine[c] = o.firstLine[c];
            m_stats.firstValue[c] = o.firstValue[c];
        }
        m_stats.count[c] += o.count[c];
    }
    for (int u = 0; u < kUnitCount; ++u) {
        m_stats.units[size_t(u)] += o.units[size_t(u)];
    }
    keepFirst(m_stats.firstUnitLine, o.firstUnitLine);
    m_stats.padded += o.padded;
    keepFirst(m_stats.firstPaddedLine, o.firstPaddedLine);
    if (o.minLength >= 0) {
        m_stats.minLength = m_stats.minLength < 0 ? o.minLength : std::min(m_stats.minLength, o.minLength);
    }
    m_stats.maxLength = std::max(m_stats.maxLength, o.maxLength);
    m_stats.listValues += o.listValues;
    m_stats.listTokens += o.listTokens;
    m_stats.listSeparators |= o.listSeparators;
    m_dates.merge(other.m_dates);
    m_stats.distinctTokensCapped = m_stats.distinctTokensCapped || o.distinctTokensCapped;
    if (!m_stats.distinctTokensCapped) {
        m_tokenKeys.insert(other.m_tokenKeys.begin(), other.m_tokenKeys.end());
        m_stats.distinctTokens = qint64(m_tokenKeys.size());
        m_stats.distinctTokensCapped = m_stats.distinctTokens > kMaxDistinctTokens;
    }
}

qint64 ColumnProfiler::unreadable(const ColumnProposal& proposal, qint64* firstLine) const
{
    std::array<bool, ColumnStats::kClassCount> bad {};
    qint64 extra = 0;
    qint64 first = -1;
    switch (proposal.type) {
    case InferredType::Integer:
        bad[ColumnStats::Decimal] = true;
        bad[ColumnStats::GroupedAmbiguous] = proposal.ambiguousGroups == AmbiguousGroups::AsDecimal;
        [[fallthrough]];
    case InferredType::Decimal:
        bad[ColumnStats::Date] = bad[ColumnStats::Boolean] = bad[ColumnStats::Text] = true;
        break;
    case InferredType::Date:
        bad[ColumnStats::Integer] = bad[ColumnStats::Decimal] = bad[ColumnStats::GroupedAmbiguous] = true;
        bad[ColumnStats::Boolean] = bad[ColumnStats::Text] = true;
        extra = m_dates.countOutside(dateFormatBit(proposal.dateFormat) | proposal.alternateDateFormats, &first);
        break;
    case InferredType::Text:
    case InferredType::TextList:
        break;
    }
    qint64 n = extra;
    for (int c = 0; c < ColumnStats::kClassCount; ++c) {
        if (bad[size_t(c)]) {
            n += m_stats.count[size_t(c)];
            keepFirst(first, m_stats.count[size_t(c)] > 0 ? m_stats.firstLine[size_t(c)] : -1);
        }
    }
    if (firstLine) {
        *firstLine = first;
    }
    return n;
}

ProposalCheck ColumnProfiler::check(const ColumnProposal& sampleProposal) const
{
    ProposalCheck out;
    out.proposal = propose();
    out.offending = unreadable(sampleProposal, &out.firstOffendingLine);
    const ColumnProposal& full = out.proposal;
    ColumnProposal sample = sampleProposal;
    if (m_stats.count[ColumnStats::GroupedAmbiguous] == 0) {
        sample.ambiguousGroups = full.ambiguousGroups; // no "8.606" anywhere: the rule cannot matter
    }
    const bool moreDateFormats = sample.type == InferredType::Date && full.type == InferredType::Date
        && sample.dateFormat == full.dateFormat && sample.dateOrderAmbiguous == full.dateOrderAmbiguous
        && (sample.alternateDateFormats & ~full.alternateDateFormats) == 0;
    // Numbers: Integer may grow to Decimal, and a sample without units may meet units of one kind (values without
    // a unit are read in that kind's canonical unit either way).
    const bool isNumeric = sample.type == InferredType::Integer || sample.type == InferredType::Decimal;
    const bool widerNumbers = isNumeric && (full.type == sample.type || full.type == InferredType::Decimal)
        && sample.numberFormat == full.numberFormat && sample.ambiguousGroups == full.ambiguousGroups
        && (sample.unitKind == UnitKind::None || sample.unitKind == full.unitKind);
    if (sample.sameReading(full)) {
        out.verdict = ProposalCheck::Verdict::Confirmed;
    } else if (widerNumbers || moreDateFormats) {
        out.verdict = ProposalCheck::Verdict::Widened;
    } else {
        out.verdict = ProposalCheck::Verdict::Refuted;
    }
    out.reason = checkReason(sample, full, out.verdict);
    return out;
}

QString ColumnProfiler::checkReason(
    const ColumnProposal& sample, const ColumnProposal& full, ProposalCheck::Verdict verdict) const
{
    qint64 first = -1;
    const qint64 n = unreadable(sample, &first);
    const QString fromSample
        = sample.type == InferredType::Date ? dateFormatName(sample.dateFormat) : inferredTypeName(sample.type);
    const QString fromFull
        = full.type == InferredType::Date ? dateFormatName(full.dateFormat) : inferredTypeName(full.type);
    switch (verdict) {
    case ProposalCheck::Verdict::Confirmed:
        return n == 0 ? QString()
                      : tr("Confirmed as %1; %n value(s) cannot be read (first at line %2).", nullptr, int(n))
                            .arg(fromSample)
                            .arg(first);
    case ProposalCheck::Verdict::Widened:
        return tr("The sample suggested %1; the whole column needs %2 (%n value(s) from line %3 on).", nullptr, int(n))
            .arg(fromSample, fromFull)
            .arg(first);
    case ProposalCheck::Verdict::Refuted:
        break;
    }
    return tr("The sample suggested %1, but the whole column is %2: %n value(s) do not fit (first at line %3).",
        nullptr, int(n))
        .arg(fromSample, fromFull)
        .arg(first);
}

} // namespace valuator
