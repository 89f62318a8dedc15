// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace valuator {

/// The separators a list value (the equipment column) uses; flags, several may be seen in one column.
enum class ListSeparator : quint8 { None = 0, Pipe = 1, Semicolon = 2, CommaSpace = 4 };

/// Splitting and normalising list values such as "navigation|heated seats", "navigation;Heated  Seats" or
/// (inside a quoted field) "navigation, heated seats". One value uses one separator, chosen by priority
/// '|' > ';' > ", " (a bare ',' without a space is not a separator: "3,5"). Tokens are trimmed; empty tokens
/// dropped. Pure and thread-safe.
struct ListTokens {
    /// The separator `value` uses, None when it has none (a one-token list).
    static ListSeparator separatorOf(std::string_view value);
    /// Appends the trimmed, non-empty tokens of `value` to `out` (views into `value`); returns how many.
    static int split(std::string_view value, std::vector<std::string_view>& out);
    /// Display form of a token: trimmed, inner whitespace runs collapsed to one space ("Heated  Seats" ->
    /// "Heated Seats").
    static std::string normalised(std::string_view token);
    /// Comparison key: normalised and ASCII case-folded ("Heated  Seats" -> "heated seats"). Tokens with equal keys
    /// are the same equipment item.
    static std::string key(std::string_view token);
    /// 64-bit FNV-1a hash of key(token), computed without allocating (for distinct counts on the hot path).
    static quint64 keyHash(std::string_view token);
};

} // namespace valuator
