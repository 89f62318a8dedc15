// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/csv/CsvProblem.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace valuator {

/// One CSV record as CsvReader::next() returns it.
///
/// Lifetime: `fields` are views into the reader's buffer. They stay valid until the next call of next() on the
/// same reader (or its destruction); copy what you keep (toStrings(), QString::fromUtf8). Reusing one CsvRecord
/// for all calls keeps the vector's capacity, so reading allocates nothing per record or field.
///
/// Fields are UTF-8 with quotes removed and doubled quotes undone. They are well-formed UTF-8 unless `problem`
/// says InvalidEncoding. The number of fields is whatever the line holds (ragged rows are the caller's business).
struct CsvRecord {
    std::vector<std::string_view> fields;
    qint64 line = 0; ///< 1-based physical line where the record starts (embedded line breaks counted)
    qint64 byteOffset = 0; ///< offset in the source of the record's first byte (a BOM counts)
    CsvProblem problem;

    qsizetype size() const { return qsizetype(fields.size()); }
    std::string_view operator[](qsizetype i) const { return fields[size_t(i)]; }
    QString text(qsizetype i) const
    {
        return QString::fromUtf8(fields[size_t(i)].data(), qsizetype(fields[size_t(i)].size()));
    }
    /// Owned copies of the fields.
    std::vector<std::string> toStrings() const { return {fields.begin(), fields.end()}; }
};

} // namespace valuator
