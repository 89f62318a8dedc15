// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <string_view>

namespace valuator {

/// Byte-level helpers for UTF-8 field text on the import hot path: no allocation, no QString.
/// Case-insensitive comparisons fold ASCII letters only; other bytes must match exactly.
struct Utf8Text {
    static constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }
    static constexpr bool isAsciiSpace(char c)
    {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
    }
    static constexpr char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c; }

    /// Byte length of a space-like character starting at `pos`, 0 if there is none. Space-like: ASCII whitespace,
    /// NBSP U+00A0, THIN SPACE U+2009, NARROW NBSP U+202F and the BOM U+FEFF (Excel pads with all of them).
    static int spaceAt(std::string_view s, size_t pos)
    {
        if (pos >= s.size()) {
            return 0;
        }
        const auto c = static_cast<unsigned char>(s[pos]);
        if (c < 0x80) {
            return isAsciiSpace(char(c)) ? 1 : 0;
        }
        if (c == 0xC2 && pos + 1 < s.size() && static_cast<unsigned char>(s[pos + 1]) == 0xA0) {
            return 2;
        }
        if (pos + 2 < s.size()) {
            const auto c1 = static_cast<unsigned char>(s[pos + 1]);
            const auto c2 = static_cast<unsigned char>(s[pos + 2]);
            if (c == 0xE2 && c1 == 0x80 && (c2 == 0xAF || c2 == 0x89)) {
                return 3;
            }
            if (c == 0xEF && c1 == 0xBB && c2 == 0xBF) {
                return 3;
            }
        }
        return 0;
    }

    /// Byte length of a space-like character ending just before `end`, 0 if there is none.
    static int spaceBefore(std::string_view s, size_t end)
    {
        if (end == 0) {
            return 0;
        }
        if (static_cast<unsigned char>(s[end - 1]) < 0x80) {
            return isAsciiSpace(s[end - 1]) ? 1 : 0;
        }
        if (end >= 2 && spaceAt(s, end - 2) == 2) {
            return 2;
        }
        if (end >= 3 && spaceAt(s, end - 3) == 3) {
            return 3;
        }
        return 0;
    }

    /// `s` without space-like characters at either end (a view into `s`).
    static std::string_view trimmed(std::string_view s)
    {
        size_t begin = 0;
        size_t end = s.size();
        while (int n = spaceAt(s, begin)) {
            begin += size_t(n);
        }
        while (end > begin) {
            const int n = spaceBefore(s, end);
            if (n == 0) {
                break;
            }
            end -= size_t(n);
        }
        return s.substr(begin, end - begin);
    }

    static bool equalsIgnoreCase(std::string_view a, std::string_view b)
    {
        if (a.size() != b.size()) {
            return false;
        }
        for (size_t i = 0; i < a.size(); ++i) {
            if (lower(a[i]) != lower(b[i])) {
                return false;
            }
        }
        return true;
    }

    /// Number of code points (continuation bytes are not counted; invalid UTF-8 counts byte by byte).
    static qsizetype codePointCount(std::string_view s)
    {
        qsizetype n = 0;
        for (const char c : s) {
            n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
        }
        return n;
    }
};

} // namespace valuator
