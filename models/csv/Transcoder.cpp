// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/Transcoder.h"

#include <cstring>

namespace valuator {

namespace {

/// Windows-1252 0x80–0x9F. The five undefined bytes keep their C1 code point (WHATWG behaviour), so no byte is
/// ever lost.
constexpr char16_t kCp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
    0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

constexpr char kReplacement[] = "\xEF\xBF\xBD"; // U+FFFD

char* putCodePoint(char32_t cp, char* out)
{
    if (cp < 0x80) {
        *out++ = char(cp);
    } else if (cp < 0x800) {
        *out++ = char(0xC0 | (cp >> 6));
        *out++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = char(0xE0 | (cp >> 12));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    } else {
        *out++ = char(0xF0 | (cp >> 18));
        *out++ = char(0x80 | ((cp >> 12) & 0x3F));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    }
    return out;
}

char* putReplacement(char* out, char* begin, std::vector<qsizetype>* replacements)
{
    if (replacements)
        replacements->push_back(out - begin);
    std::memcpy(out, kReplacement, 3);
    return out + 3;
}

} // namespace

Transcoder::Transcoder(TextEncoding encoding)
    : m_encoding(encoding)
    , m_bigEndian(encoding == TextEncoding::Utf16BE)
{
}

qsizetype Transcoder::maxOutputSize(TextEncoding encoding, qsizetype inputBytes)
{
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        return inputBytes + 3;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return (inputBytes / 2 + 2) * 3 + 6;
    case TextEncoding::Windows1252:
        return inputBytes * 3;
    case TextEncoding::Latin1:
        return inputBytes * 2;
    }
    return inputBytes * 3;
}

qsizetype Transcoder::decode(QByteArrayView input, char* output, bool last, std::vector<qsizetype>* replacements)
{
    switch (m_encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        return decodeUtf8(input, output, last);
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return decodeUtf16(input, output, last, replacements);
    case TextEncoding::Windows1252:
    case TextEncoding::Latin1:
        return decodeSingleByte(input, output);
    }
    return 0;
}

qsizetype Transcoder::decodeUtf8(QByteArrayView input, char* output, bool last)
{
    char* out = output;
    qsizetype i = 0;
    if (m_atStart) {
        while (m_utf8CarryLength < 3 && i < input.size())
            m_utf8Carry[m_utf8CarryLength++] = input[i++];
        if (m_utf8CarryLength < 3 && !last)
            return 0;
        m_atStart = false;
        if (m_utf8CarryLength == 3 && std::memcmp(m_utf8Carry, "\xEF\xBB\xBF", 3) == 0) {
            m_bomBytes = 3;
        } else {
            std::memcpy(out, m_utf8Carry, size_t(m_utf8CarryLength));
            out += m_utf8CarryLength;
        }
        m_utf8CarryLength = 0;
    }
    if (i < input.size()) {
        std::memcpy(out, input.data() + i, size_t(input.size() - i));
        out += input.size() - i;
    }
    return out - output;
}

qsizetype Transcoder::decodeUtf16(QByteArrayView input, char* output, bool last, std::vector<qsizetype>* replacements)
{
    const auto* s = reinterpret_cast<const unsigned char*>(input.data());
    const qsizetype n = input.size();
    auto unit = [this](unsigned first, unsigned second) {
        return std::uint16_t(m_bigEndian ? (first << 8 | second) : (second << 8 | first));
    };
    char* out = output;
    qsizetype i = 0;
    if (m_oddByte >= 0 && n > 0) {
        out = putUtf16Unit(unit(unsigned(m_oddByte), s[0]), out, output, replacements);
        m_oddByte = -1;
        i = 1;
    }
    for (; i + 1 < n; i += 2)
        out = putUtf16Unit(unit(s[i], s[i + 1]), out, output, replacements);
    if (i < n)
        m_oddByte = s[i];
    if (last) {
        if (m_highSurrogate) {
            out = putReplacement(out, output, replacements);
            m_highSurrogate = 0;
        }
        if (m_oddByte >= 0) {
            out = putReplacement(out, output, replacements);
            m_oddByte = -1;
        }
    }
    return out - output;
}

char* Transcoder::putUtf16Unit(std::uint16_t unit, char* out, char* begin, std::vector<qsizetype>* replacements)
{
    if (m_atStart) {
        m_atStart = false;
        if (unit == 0xFEFF || unit == 0xFFFE) { // U+FFFE is a noncharacter: it can only be a swapped BOM
            m_bigEndian = unit == 0xFFFE ? !m_bigEndian : m_bigEndian;
            m_bomBytes = 2;
            return out;
        }
    }
    if (m_highSurrogate) {
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            const char32_t cp = 0x10000 + ((char32_t(m_highSurrogate) - 0xD800) << 10) + (unit - 0xDC00);
            m_highSurrogate = 0;
            return putCodePoint(cp, out);
        }
        out = putReplacement(out, begin, replacements);
        m_highSurrogate = 0;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        m_highSurrogate = unit;
        return out;
    }
    if (unit >= 0xDC00 && unit <= 0xDFFF)
        return putReplacement(out, begin, replacements);
    return putCodePoint(unit, out);
}

qsizetype Transcoder::decodeSingleByte(QByteArrayView input, char* output)
{
    const auto* s = reinterpret_cast<const unsigned char*>(input.data());
    const qsizetype n = input.size();
    const bool cp1252 = m_encoding == TextEncoding::Windows1252;
    char* out = output;
    qsizetype i = 0;
    while (i < n) {
        const qsizetype runStart = i;
        while (i < n && s[i] < 0x80)
            ++i;
        if (i > runStart) {
            std::memcpy(out, s + runStart, size_t(i - runStart));
            out += i - runStart;
        }
        if (i == n)
            break;
        const unsigned b = s[i++];
        out = putCodePoint(cp1252 && b < 0xA0 ? char32_t(kCp1252High[b - 0x80]) : char32_t(b), out);
    }
    m_atStart = false;
    return out - output;
}

std::string Transcoder::decodeAll(TextEncoding encoding, QByteArrayView input, qsizetype* replacementCount)
{
    Transcoder transcoder(encoding);
    std::string result(size_t(maxOutputSize(encoding, input.size())), '\0');
    std::vector<qsizetype> replacements;
    result.resize(size_t(transcoder.decode(input, result.data(), true, &replacements)));
    if (replacementCount)
        *replacementCount = qsizetype(replacements.size());
    return result;
}

} // namespace valuator
