// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/csv/TextEncoding.h"

#include <QByteArrayView>

#include <cstdint>
#include <string>
#include <vector>

namespace valuator {

/// Streaming conversion of one TextEncoding to UTF-8, chunk by chunk. Sequences split across chunks (a UTF-16
/// code unit or surrogate pair, a UTF-8 BOM) are carried over to the next call.
///
/// - UTF-8 input is copied unchanged after skipping a BOM (validation is the CsvReader's job, which flags
///   ill-formed bytes instead of altering them; the reader does not even copy UTF-8, see CsvInputBuffer).
/// - UTF-16: a BOM at the start is skipped; a BOM of the other byte order switches to it (a BOM is unambiguous).
///   Unpaired surrogates and a dangling odd byte at the end become U+FFFD, and their output offsets are reported
///   so the reader can flag the record: conversion never silently alters text.
/// - Windows-1252: the five bytes it leaves undefined map to the C1 code points U+0081 etc. (as in WHATWG).
/// - ISO-8859-1: byte = code point.
/// One instance per stream; not thread-safe.
class Transcoder {
public:
    explicit Transcoder(TextEncoding encoding);

    TextEncoding encoding() const { return m_encoding; }

    /// Upper bound of the bytes one decode() call with `inputBytes` of input may write (carried bytes and the
    /// final flush included).
    static qsizetype maxOutputSize(TextEncoding encoding, qsizetype inputBytes);

    /// Decodes `input` and writes UTF-8 to `output`, which must have room for maxOutputSize(input.size()) bytes.
    /// `last` = no more input follows: incomplete sequences are flushed (as U+FFFD). Offsets (relative to `output`)
    /// of U+FFFD characters written for malformed input are appended to `replacements` when it is not null.
    /// Returns the number of bytes written.
    qsizetype decode(QByteArrayView input, char* output, bool last, std::vector<qsizetype>* replacements = nullptr);

    /// Bytes of byte-order mark skipped at the start of the stream so far (0, 2 or 3).
    qsizetype skippedBomBytes() const { return m_bomBytes; }

    /// Decodes a whole buffer; `replacementCount` receives the number of U+FFFD written for malformed input.
    static std::string decodeAll(TextEncoding encoding, QByteArrayView input, qsizetype* replacementCount = nullptr);

private:
    qsizetype decodeUtf8(QByteArrayView input, char* output, bool last);
    qsizetype decodeUtf16(QByteArrayView input, char* output, bool last, std::vector<qsizetype>* replacements);
    char* putUtf16Unit(std::uint16_t unit, char* out, char* begin, std::vector<qsizetype>* replacements);
    qsizetype decodeSingleByte(QByteArrayView input, char* output);

    TextEncoding m_encoding;
    bool m_bigEndian = false;
    bool m_atStart = true; ///< nothing decoded yet: a BOM may follow
    qsizetype m_bomBytes = 0; ///< bytes of BOM skipped
    char m_utf8Carry[3] = {}; ///< UTF-8: first bytes held back until we know whether they are a BOM
    int m_utf8CarryLength = 0;
    int m_oddByte = -1; ///< UTF-16: first byte of a code unit split across chunks, or -1
    std::uint16_t m_highSurrogate = 0; ///< UTF-16: high surrogate waiting for its low half, or 0
};

} // namespace valuator
