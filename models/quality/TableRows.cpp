// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/TableRows.h"

#include "models/quality/CivilDate.h"

#include <bit>
#include <climits>
#include <cstring>
#include <unordered_map>

namespace valuator {

namespace {

constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;

inline uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + kMul + (h << 6) + (h >> 2);
    h *= 0xff51afd7ed558ccdull;
    return h ^ (h >> 32);
}

inline uint64_t doubleBits(double v)
{
    if (std::isnan(v))
        return 0x7ff8000000000000ull; // every null alike
    if (v == 0.0)
        return 0; // -0.0 == 0.0
    return std::bit_cast<uint64_t>(v);
}

void hashColumn(const Column& c, std::vector<uint64_t>& out)
{
    const size_t n = out.size();
    switch (c.type()) {
    case ColumnType::Float64:
        for (size_t r = 0; r < n; ++r)
            out[r] = mix(out[r], doubleBits(c.doubles()[r]));
        break;
    case ColumnType::Int64:
        for (size_t r = 0; r < n; ++r)
            out[r] = mix(out[r], uint64_t(c.ints()[r]));
        break;
    case ColumnType::Date:
        for (size_t r = 0; r < n; ++r)
            out[r] = mix(out[r], uint64_t(uint32_t(c.days()[r])));
        break;
    case ColumnType::Text:
        for (size_t r = 0; r < n; ++r)
            out[r] = mix(out[r], uint64_t(uint32_t(c.codes()[r])));
        break;
    case ColumnType::TextList: {
        const std::vector<uint32_t>& offsets = c.offsets();
        const std::vector<int32_t>& codes = c.codes();
        for (size_t r = 0; r < n; ++r) {
            uint64_t h = 0x51ed27u;
            for (uint32_t i = offsets[r]; i < offsets[r + 1]; ++i)
                h = mix(h, uint64_t(uint32_t(codes[i])));
            out[r] = mix(out[r], h);
        }
        break;
    }
    }
}

bool cellsEqual(const Column& c, size_t a, size_t b)
{
    switch (c.type()) {
    case ColumnType::Float64:
        return doubleBits(c.doubles()[a]) == doubleBits(c.doubles()[b]);
    case ColumnType::Int64:
        return c.ints()[a] == c.ints()[b];
    case ColumnType::Date:
        return c.days()[a] == c.days()[b];
    case ColumnType::Text:
        return c.codes()[a] == c.codes()[b];
    case ColumnType::TextList: {
        const auto x = c.listCodes(int64_t(a));
        const auto y = c.listCodes(int64_t(b));
        return x.size() == y.size() && std::equal(x.begin(), x.end(), y.begin());
    }
    }
    return false;
}

template <class T> void selectInto(const std::vector<T>& from, std::vector<T>& to, const std::vector<uint8_t>& keep)
{
    to.clear();
    to.reserve(from.size());
    for (size_t r = 0; r < keep.size(); ++r)
        if (keep[r])
            to.push_back(from[r]);
}

} // namespace

std::vector<uint64_t> TableRows::hash(const Table& table, const std::vector<int>& columns)
{
    std::vector<uint64_t> out(size_t(table.rowCount()), 0x2545F4914F6CDD1Dull);
    for (int c : columns)
        hashColumn(table.column(c), out);
    return out;
}

bool TableRows::equal(const Table& table, const std::vector<int>& columns, int64_t a, int64_t b)
{
    for (int c : columns)
        if (!cellsEqual(table.column(c), size_t(a), size_t(b)))
            return false;
    return true;
}

std::vector<int64_t> TableRows::firstCopies(const Table& table, const std::vector<int>& columns,
    const std::vector<uint8_t>& skip, const std::atomic<bool>* cancelled)
{
    const auto rows = size_t(table.rowCount());
    std::vector<int64_t> firstOf(rows, -1);
    const std::vector<uint64_t> hashes = hash(table, columns);
    const size_t capacity = std::bit_ceil(std::max<size_t>(16, rows * 2));
    const size_t mask = capacity - 1;
    std::vector<int64_t> probe(capacity, -1);
    for (size_t r = 0; r < rows; ++r) {
        if ((r & 0xFFFF) == 0 && cancelled && cancelled->load(std::memory_order_relaxed))
            break;
        if (!skip.empty() && skip[r])
            continue;
        const uint64_t h = hashes[r];
        for (size_t s = (h ^ (h >> 29)) & mask;; s = (s + 1) & mask) {
            const int64_t other = probe[s];
            if (other < 0) {
                probe[s] = int64_t(r);
                break;
            }
            if (hashes[size_t(other)] == h && equal(table, columns, other, int64_t(r))) {
                firstOf[r] = other;
                break;
            }
        }
    }
    return firstOf;
}

Table TableRows::select(const Table& table, const std::vector<uint8_t>& keep)
{
    Table out;
    for (const Column& c : table.columns()) {
        Column copy(c.name(), c.type());
        switch (c.type()) {
        case ColumnType::Float64:
            selectInto(c.doubles(), copy.doubles(), keep);
            break;
        case ColumnType::Int64:
            selectInto(c.ints(), copy.ints(), keep);
            break;
        case ColumnType::Date:
            selectInto(c.days(), copy.days(), keep);
            break;
        case ColumnType::Text:
            selectInto(c.codes(), copy.codes(), keep);
            break;
        case ColumnType::TextList:
            copy.codes().reserve(c.codes().size());
            for (size_t r = 0; r < keep.size(); ++r) {
                if (!keep[r])
                    continue;
                const auto codes = c.listCodes(int64_t(r));
                copy.codes().insert(copy.codes().end(), codes.begin(), codes.end());
                copy.endListRow();
            }
            break;
        }
        copy.dictionary() = c.dictionary();
        out.addColumn(std::move(copy));
    }
    return out;
}

std::vector<double> TableRows::numbers(const Column& column)
{
    if (column.type() == ColumnType::Float64)
        return column.doubles();
    std::vector<double> out(size_t(column.size()), std::numeric_limits<double>::quiet_NaN());
    if (column.type() == ColumnType::Int64) {
        for (size_t r = 0; r < out.size(); ++r)
            if (column.ints()[r] != Column::kNullInt)
                out[r] = double(column.ints()[r]);
        return out;
    }
    if (column.type() == ColumnType::Date) {
        for (size_t r = 0; r < out.size(); ++r)
            if (column.days()[r] != Column::kNullDate)
                out[r] = double(column.days()[r]);
        return out;
    }
    for (size_t r = 0; r < out.size(); ++r)
        out[r] = column.number(int64_t(r));
    return out;
}

std::vector<int> TableRows::years(const Column& column)
{
    std::vector<int> out(size_t(column.size()), INT_MIN);
    if (column.type() == ColumnType::Date) {
        for (size_t r = 0; r < out.size(); ++r)
            if (column.days()[r] != Column::kNullDate)
                out[r] = CivilDate::yearOf(column.days()[r]);
        return out;
    }
    if (column.type() == ColumnType::Int64) {
        for (size_t r = 0; r < out.size(); ++r) {
            const int64_t v = column.ints()[r];
            if (v != Column::kNullInt && v > -1000000 && v < 1000000)
                out[r] = int(v);
        }
        return out;
    }
    for (size_t r = 0; r < out.size(); ++r) {
        const double v = column.number(int64_t(r));
        if (std::isfinite(v) && v > -1e6 && v < 1e6)
            out[r] = int(std::floor(v));
    }
    return out;
}

std::vector<int32_t> TableRows::pairIds(
    const Column& a, const Column& b, std::vector<std::pair<int32_t, int32_t>>& pairs)
{
    const auto n = size_t(a.size());
    std::vector<int32_t> out(n);
    pairs.clear();
    const size_t na = size_t(a.dictionary().size()) + 1, nb = size_t(b.dictionary().size()) + 1;
    auto idOf = [&pairs](auto& index, uint64_t key, int32_t x, int32_t y) {
        auto& slot = index(key);
        if (slot < 0) {
            slot = int32_t(pairs.size());
            pairs.emplace_back(x, y);
        }
        return slot;
    };
    if (na * nb <= (size_t(1) << 22)) {
        std::vector<int32_t> flat(na * nb, -1);
        auto index = [&flat](uint64_t key) -> int32_t& { return flat[key]; };
        for (size_t r = 0; r < n; ++r) {
            const int32_t x = a.codes()[r], y = b.codes()[r];
            out[r] = idOf(index, uint64_t(x + 1) * nb + uint64_t(y + 1), x, y);
        }
        return out;
    }
    std::unordered_map<uint64_t, int32_t> map;
    auto index = [&map](uint64_t key) -> int32_t& { return map.try_emplace(key, -1).first->second; };
    for (size_t r = 0; r < n; ++r) {
        const int32_t x = a.codes()[r], y = b.codes()[r];
        out[r] = idOf(index, (uint64_t(uint32_t(x)) << 32) | uint32_t(y), x, y);
    }
    return out;
}

std::vector<int> TableRows::columnsExcept(const Table& table, const QStringList& excluded)
{
    std::vector<int> out;
    for (int c = 0; c < table.columnCount(); ++c)
        if (!excluded.contains(table.column(c).name()))
            out.push_back(c);
    return out;
}

} // namespace valuator
