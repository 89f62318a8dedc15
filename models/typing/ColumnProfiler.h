// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/typing/ColumnProposal.h"
#include "models/typing/ColumnStats.h"
#include "models/typing/DateFormatVote.h"
#include "models/typing/InferenceOptions.h"
#include "models/typing/NumberParser.h"

#include <QCoreApplication>

#include <string_view>
#include <unordered_set>

namespace valuator {

/// Type inference for one column, fed value by value. "A sample proposes, the full pass confirms":
///   1. feed the sample's values, call propose() and show the proposal (the user may change it);
///   2. feed every value of the column into a fresh profiler during the import and call check(proposal): it
///      answers Confirmed, Widened (Integer -> Decimal, more date formats) or Refuted (with the proposal the full
///      column supports), plus how many values the sample's proposal could not read and the first such line.
///
/// add() is the hot path (called for every cell of a million-row file): no allocation for numbers, dates and
/// missing values; text values hash their tokens until kMaxDistinctTokens distinct ones were seen. Not
/// thread-safe; use one profiler per column and thread, and merge() them. Never cancels (the caller's loop does).
class ColumnProfiler {
    Q_DECLARE_TR_FUNCTIONS(valuator::ColumnProfiler)

public:
    static constexpr qint64 kMaxDistinctTokens = 4096;

    explicit ColumnProfiler(const InferenceOptions& options = {});

    /// Classifies one raw field (UTF-8, untrimmed). `line` is reported in issues (use the CSV line number).
    void add(std::string_view field, qint64 line);
    /// Adds another profiler's counts (same options), e.g. from a second thread that read the next chunk.
    void merge(const ColumnProfiler& other);

    const ColumnStats& stats() const { return m_stats; }
    const DateFormatVote& dateVote() const { return m_dates; }
    const InferenceOptions& options() const { return m_options; }

    /// The type and reading rules these values support, with issues (mixed types, ambiguous date order, ...).
    ColumnProposal propose() const;
    /// Judges `sample` (a proposal made from a sample, possibly edited by the user) against all values fed here.
    ProposalCheck check(const ColumnProposal& sample) const;
    /// Values `proposal` cannot read (wrong class, or dates in formats it does not accept); first line in
    /// `firstLine`. Text and TextList read everything.
    qint64 unreadable(const ColumnProposal& proposal, qint64* firstLine = nullptr) const;

private:
    void bump(ColumnStats::Class cls, qint64 line, std::string_view text);
    void addText(std::string_view text);
    void addToken(std::string_view token);
    bool isTextList() const;
    void proposeNumeric(ColumnProposal& p) const;
    void proposeDate(ColumnProposal& p) const;
    void proposeText(ColumnProposal& p) const;
    void addMixedIssues(ColumnProposal& p) const;
    void addCommonIssues(ColumnProposal& p) const;
    QString firstValue(ColumnStats::Class cls) const;
    QString checkReason(const ColumnProposal& sample, const ColumnProposal& full, ProposalCheck::Verdict v) const;

    InferenceOptions m_options;
    NumberParser m_numbers;
    ColumnStats m_stats;
    DateFormatVote m_dates;
    std::unordered_set<quint64> m_tokenKeys;
};

} // namespace valuator
