// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/datasets/RowSearch.h"

#include "models/table/Table.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace valuator {
namespace {

constexpr int64_t kProgressEvery = 65536;

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isAscii(const QString& s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x80; });
}

/// One flag per dictionary code: does the value contain the needle? ASCII needles use a byte search with ASCII
/// case folding (no allocation per value); other needles go through QString's Unicode case folding.
std::vector<uint8_t> matchingCodes(const Dictionary& dictionary, const QString& needle)
{
    std::vector<uint8_t> hits(size_t(dictionary.size()), 0);
    if (isAscii(needle)) {
        std::string lowered = needle.toLower().toStdString();
        const auto equal = [](char a, char b) { return asciiLower(a) == b; };
        for (int32_t code = 0; code < dictionary.size(); ++code) {
            const std::string& value = dictionary.at(code);
            hits[size_t(code)]
                = std::search(value.begin(), value.end(), lowered.begin(), lowered.end(), equal) != value.end();
        }
        return hits;
    }
    for (int32_t code = 0; code < dictionary.size(); ++code)
        hits[size_t(code)] = dictionary.text(code).contains(needle, Qt::CaseInsensitive);
    return hits;
}

} // namespace

std::vector<int> RowSearch::textColumns(const Table& table)
{
    std::vector<int> out;
    for (int c = 0; c < table.columnCount(); ++c) {
        const ColumnType type = table.column(c).type();
        if (type == ColumnType::Text || type == ColumnType::TextList)
            out.push_back(c);
    }
    return out;
}

Result<std::vector<int64_t>> RowSearch::find(
    const Table& table, const QString& needle, const std::vector<int>& columns, const ProgressFn& progress)
{
    struct Searched {
        const Column* column;
        std::vector<uint8_t> hits;
    };
    std::vector<Searched> searched;
    if (!needle.isEmpty()) {
        for (int c : columns) {
            if (c < 0 || c >= table.columnCount())
                continue;
            const Column& column = table.column(c);
            if (column.type() == ColumnType::Text || column.type() == ColumnType::TextList)
                searched.push_back({&column, matchingCodes(column.dictionary(), needle)});
        }
    }
    std::vector<int64_t> rows;
    if (searched.empty())
        return rows;
    const int64_t total = table.rowCount();
    for (int64_t row = 0; row < total; ++row) {
        if (row % kProgressEvery == 0 && progress && !progress(row, total))
            return fail(Error::cancelled());
        for (const Searched& s : searched) {
            const auto codes = s.column->listCodes(row);
            if (std::any_of(codes.begin(), codes.end(), [&](int32_t code) { return s.hits[size_t(code)] != 0; })) {
                rows.push_back(row);
                break;
            }
        }
    }
    if (progress)
        progress(total, total);
    return rows;
}

} // namespace valuator
