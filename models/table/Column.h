// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/table/Dictionary.h"

#include <QString>

#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <string_view>
#include <vector>

namespace valuator {

/// Physical type of a Column.
enum class ColumnType : uint8_t {
    Float64 = 1, ///< double; null = NaN
    Int64 = 2, ///< int64; null = kNullInt
    Date = 3, ///< days since 1970-01-01 as int32; null = kNullDate
    Text = 4, ///< dictionary-encoded UTF-8; null = code -1
    TextList = 5 ///< per row a list of dictionary codes (offsets + flat codes); an empty list is missing
};

QString columnTypeName(ColumnType type);

/// One typed, nullable column of a Table. Values live in flat vectors (one of them, by type) so scans are
/// cache-friendly; nulls are sentinels, not bitmaps, to keep appends branch-free.
class Column {
public:
    static constexpr int64_t kNullInt = std::numeric_limits<int64_t>::min();
    static constexpr int32_t kNullDate = std::numeric_limits<int32_t>::min();

    Column() = default;
    Column(QString name, ColumnType type);

    const QString& name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }
    ColumnType type() const { return m_type; }
    int64_t size() const;
    void reserve(int64_t rows);

    void appendNull();
    void appendDouble(double v) { m_doubles.push_back(v); }
    void appendInt(int64_t v) { m_ints.push_back(v); }
    void appendDate(int32_t days) { m_days.push_back(days); }
    void appendText(std::string_view v) { m_codes.push_back(m_dict.intern(v)); }
    void appendCode(int32_t code) { m_codes.push_back(code); }
    /// TextList: add the row's tokens with appendListToken(), then close the row with endListRow().
    void appendListToken(std::string_view token) { m_codes.push_back(m_dict.intern(token)); }
    void endListRow() { m_offsets.push_back(uint32_t(m_codes.size())); }

    bool isNull(int64_t row) const;
    /// Numeric view: Float64 and Int64 values, Date as days; NaN for null and for text.
    double number(int64_t row) const;
    /// Human-readable value ("" for null); dates as ISO, lists joined with "; ".
    QString displayText(int64_t row) const;
    /// Text/TextList: the row's codes (TextList tokens; Text: one code, or none when null).
    std::span<const int32_t> listCodes(int64_t row) const;

    std::vector<double>& doubles() { return m_doubles; }
    const std::vector<double>& doubles() const { return m_doubles; }
    std::vector<int64_t>& ints() { return m_ints; }
    const std::vector<int64_t>& ints() const { return m_ints; }
    std::vector<int32_t>& days() { return m_days; }
    const std::vector<int32_t>& days() const { return m_days; }
    /// Text: one code per row (-1 null). TextList: flat token codes, indexed through offsets().
    std::vector<int32_t>& codes() { return m_codes; }
    const std::vector<int32_t>& codes() const { return m_codes; }
    /// TextList: row r's tokens are codes()[offsets()[r] .. offsets()[r+1]); size()+1 entries once finished.
    std::vector<uint32_t>& offsets() { return m_offsets; }
    const std::vector<uint32_t>& offsets() const { return m_offsets; }
    Dictionary& dictionary() { return m_dict; }
    const Dictionary& dictionary() const { return m_dict; }

    /// Appends row `row` of `other` (same type) to this column.
    void appendFrom(const Column& other, int64_t row);
    /// Appends every row of `other` (same type). Text is interned once per distinct value of `other`, not once
    /// per row: the way to merge import chunks.
    void appendAll(const Column& other);

private:
    QString m_name;
    ColumnType m_type = ColumnType::Float64;
    std::vector<double> m_doubles;
    std::vector<int64_t> m_ints;
    std::vector<int32_t> m_days;
    std::vector<int32_t> m_codes;
    std::vector<uint32_t> m_offsets {0};
    Dictionary m_dict;
};

} // namespace valuator
