// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/Utf8.h"

#include <cstdint>
#include <cstring>

namespace valuator::utf8 {

namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

/// Skips ASCII bytes from `i` on; returns the index of the first byte >= 0x80 or `size`.
qsizetype skipAscii(const unsigned char* s, qsizetype i, qsizetype size)
{
    while (i + 8 <= size) {
        std::uint64_t word;
        std::memcpy(&word, s + i, sizeof word);
        if (word & kHighBits)
            break;
        i += 8;
    }
    while (i < size && s[i] < 0x80)
        ++i;
    return i;
}

} // namespace

qsizetype firstInvalid(const char* data, qsizetype size, bool allowTruncatedEnd)
{
    const auto* s = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    for (;;) {
        i = skipAscii(s, i, size);
        if (i >= size)
            return -1;
        const unsigned lead = s[i];
        int length = 0;
        unsigned low = 0x80, high = 0xBF; // allowed range of the second byte
        if (lead < 0xC2) {
            return i; // stray continuation byte or overlong 2-byte form
        } else if (lead < 0xE0) {
            length = 2;
        } else if (lead < 0xF0) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80; // overlong
            high = lead == 0xED ? 0x9F : 0xBF; // UTF-16 surrogates
        } else if (lead < 0xF5) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80; // overlong
            high = lead == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return allowTruncatedEnd ? -1 : i;
            const unsigned byte = s[i + k];
            if (byte < (k == 1 ? low : 0x80u) || byte > (k == 1 ? high : 0xBFu))
                return i;
        }
        i += length;
    }
}

bool isAscii(const char* data, qsizetype size)
{
    return skipAscii(reinterpret_cast<const unsigned char*>(data), 0, size) == size;
}

} // namespace valuator::utf8
