// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <vector>

namespace valuator::test {

/// A deliberately small RFC 4180 reader for the typing tests, so they do not depend on models/csv: strips a UTF-8
/// BOM, accepts LF and CRLF, quoted fields with "" escapes, delimiters and line breaks inside quotes.
struct FixtureCsv {
    std::vector<std::vector<std::string>> records;
    std::vector<qint64> lines; ///< 1-based physical line where each record starts

    static FixtureCsv read(const QString& path, char delimiter);
    static FixtureCsv parse(const std::string& text, char delimiter);
};

} // namespace valuator::test
