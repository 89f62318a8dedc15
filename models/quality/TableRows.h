// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/table/Table.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace valuator {

/// Row-level operations on a Table's raw vectors (no per-cell QString): hashing, equality, duplicate finding and
/// row selection. Pure and thread-safe on const tables.
struct TableRows {
    /// 64-bit hash of each row over `columns` (indices into the table). Equal rows hash equal; nulls hash alike.
    static std::vector<uint64_t> hash(const Table& table, const std::vector<int>& columns);
    /// True when rows `a` and `b` hold equal values in every column of `columns` (null equals null; text by
    /// dictionary code, which is exact within one table).
    static bool equal(const Table& table, const std::vector<int>& columns, int64_t a, int64_t b);
    /// For each row, the index of the first earlier row equal to it over `columns`, or -1 when the row is the first
    /// of its kind. Rows where `skip` is non-empty and non-zero are ignored (-1). O(rows) with an open-addressing
    /// table; polls `cancelled` every 64k rows (then the result is incomplete).
    static std::vector<int64_t> firstCopies(const Table& table, const std::vector<int>& columns,
        const std::vector<uint8_t>& skip, const std::atomic<bool>* cancelled = nullptr);
    /// The table with only the rows where `keep` is non-zero, in order. Dictionaries are copied as they are, so
    /// codes stay valid and the result is deterministic.
    static Table select(const Table& table, const std::vector<uint8_t>& keep);
    /// Numeric view of a column: Float64 as is, Int64 and Date (days since 1970) converted; NaN for nulls and text.
    static std::vector<double> numbers(const Column& column);
    /// Per row the calendar year of a Date column (INT_MIN for nulls); other types give the whole number value
    /// (a "year" column), INT_MIN for nulls.
    static std::vector<int> years(const Column& column);
    /// Dense ids of the (code of `a`, code of `b`) pairs of two Text columns, per row, in order of first
    /// appearance; null codes (-1) are part of the pair. `pairs` receives the codes of each id. A flat table when the
    /// dictionaries are small (the usual brand x model case), else a hash map.
    static std::vector<int32_t> pairIds(
        const Column& a, const Column& b, std::vector<std::pair<int32_t, int32_t>>& pairs);
    /// Indices of all columns except those named in `excluded`.
    static std::vector<int> columnsExcept(const Table& table, const QStringList& excluded);
};

} // namespace valuator
