// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/csv/TextEncoding.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace valuator {

/// How a CSV file is written: its encoding and the two ASCII characters that structure it. Line ends (LF, CRLF,
/// lone CR) need no setting: the reader accepts all three, even mixed.
struct CsvDialect {
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = ',';
    char quote = '"';

    /// Delimiter and quote are distinct ASCII characters other than CR and LF.
    bool isValid() const;

    /// "," ";" "|" or a word: "tab" (also "\t" written as two characters or a real tab), "comma", "semicolon",
    /// "pipe", "space". Any other single ASCII character is taken as is. nullopt for anything else.
    static std::optional<char> delimiterFromName(QStringView name);
    /// Display/settings form of a delimiter: "tab" and "space" spelled out, any other character as itself.
    static QString delimiterName(char delimiter);

    friend bool operator==(const CsvDialect&, const CsvDialect&) = default;
};

} // namespace valuator
