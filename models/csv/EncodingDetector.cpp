// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/EncodingDetector.h"

#include "models/csv/Utf8.h"

#include <algorithm>

namespace valuator {

namespace {

constexpr qsizetype kUtf16SampleBytes = 64 * 1024;

/// UTF-16 text of a CSV is mostly ASCII (digits, delimiters, Latin letters), so one byte of nearly every code unit
/// is NUL: the odd bytes for little endian, the even ones for big endian. Random binary data has NULs on both
/// sides and UTF-8/single-byte text has none, so requiring NULs on one side only (at least a quarter of the code
/// units) and almost none on the other is a safe test.
std::optional<TextEncoding> utf16FromNulPattern(QByteArrayView head)
{
    const qsizetype n = std::min(head.size(), kUtf16SampleBytes) & ~qsizetype(1);
    if (n < 2)
        return std::nullopt;
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += head[i] == '\0';
        oddNul += head[i + 1] == '\0';
    }
    const qsizetype units = n / 2;
    auto oneSided = [units](qsizetype many, qsizetype few) { return many * 4 >= units && few * 20 <= many; };
    if (oneSided(oddNul, evenNul))
        return TextEncoding::Utf16LE;
    if (oneSided(evenNul, oddNul))
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

/// Files that are not UTF-8 come, in practice, from Excel's "CSV" export on Windows (or Mac Excel imitating it),
/// which writes the ANSI code page: Windows-1252 for Western Europe. For bytes 0xA0–0xFF Windows-1252 and
/// ISO-8859-1 agree, so the sample decodes identically either way; they differ only in 0x80–0x9F, where
/// Windows-1252 has printable characters (€ „ “ ” – — Š Ž œ …) and ISO-8859-1 has C1 control codes that no
/// spreadsheet writes. Defaulting to Windows-1252 therefore decodes a later '€' right, and costs nothing
/// otherwise (the WHATWG encoding standard maps the label "iso-8859-1" to windows-1252 for the same reason).
/// Only a byte that Windows-1252 leaves undefined proves the file is something else; ISO-8859-1 then keeps every
/// byte as its code point.
TextEncoding singleByteEncoding(QByteArrayView head)
{
    for (char c : head) {
        const auto b = static_cast<unsigned char>(c);
        if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)
            return TextEncoding::Latin1;
    }
    return TextEncoding::Windows1252;
}

/// Valid multi-byte UTF-8 sequences and invalid bytes in `head`.
struct Utf8Evidence {
    qsizetype valid = 0;
    qsizetype invalid = 0;
};

Utf8Evidence utf8Evidence(QByteArrayView head)
{
    Utf8Evidence evidence;
    const qsizetype n = head.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype bad = utf8::firstInvalid(head.data() + i, n - i, /*allowTruncatedEnd=*/true);
        const qsizetype validEnd = bad < 0 ? n : i + bad;
        for (qsizetype k = i; k < validEnd; ++k)
            evidence.valid += static_cast<unsigned char>(head[k]) >= 0xC2; // lead bytes of valid sequences
        if (bad < 0)
            break;
        ++evidence.invalid;
        i = validEnd + 1;
    }
    return evidence;
}

/// A UTF-8 file with a few damaged bytes (a bad copy-paste, a truncated cell) is still UTF-8: its records with
/// invalid bytes are reported, the rest read right. Text in a single-byte encoding almost never contains valid
/// multi-byte sequences ("Ã¼" is not German), so valid sequences outnumbering the invalid bytes two to one decide.
bool mostlyUtf8(QByteArrayView head)
{
    const Utf8Evidence e = utf8Evidence(head);
    return e.valid > 0 && e.valid >= 2 * e.invalid;
}

} // namespace

EncodingDetector::Detection EncodingDetector::detect(QByteArrayView head)
{
    Detection result;
    if (head.startsWith("\xEF\xBB\xBF")) {
        result.encoding = TextEncoding::Utf8Bom;
        result.bomLength = 3;
        return result;
    }
    if (head.startsWith("\xFF\xFE")) {
        result.encoding = TextEncoding::Utf16LE;
        result.bomLength = 2;
        return result;
    }
    if (head.startsWith("\xFE\xFF")) {
        result.encoding = TextEncoding::Utf16BE;
        result.bomLength = 2;
        return result;
    }
    if (auto utf16 = utf16FromNulPattern(head)) {
        result.encoding = *utf16;
        return result;
    }
    if (utf8::firstInvalid(head.data(), head.size(), /*allowTruncatedEnd=*/true) < 0) {
        result.encoding = TextEncoding::Utf8;
        result.asciiOnly = utf8::isAscii(head.data(), head.size());
        return result;
    }
    if (mostlyUtf8(head)) {
        result.encoding = TextEncoding::Utf8;
        return result;
    }
    result.encoding = singleByteEncoding(head);
    return result;
}

} // namespace valuator
