// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/csv/TextEncoding.h"

#include <QByteArrayView>

namespace valuator {

/// Guesses the text encoding of a CSV file from its first bytes. It looks at the bytes only (never at the system
/// locale), so the same file is read the same way on every machine. Pure function, any thread.
class EncodingDetector {
public:
    /// What detect() found.
    struct Detection {
        TextEncoding encoding = TextEncoding::Utf8;
        qsizetype bomLength = 0; ///< bytes of byte-order mark at the start (0, 2 or 3)
        /// True when the sample held no byte >= 0x80 (and no UTF-16 pattern): UTF-8 is then only a safe default,
        /// and a later part of the file may still turn out to be Windows-1252.
        bool asciiOnly = false;

        bool hasBom() const { return bomLength > 0; }
    };

    /// Decides in this order: a BOM (UTF-8, UTF-16 LE/BE); UTF-16 without BOM from the pattern of NUL bytes in
    /// even/odd positions; well-formed UTF-8 (a sequence cut by the end of `head` is fine) → UTF-8; otherwise a
    /// single-byte code page: Windows-1252, unless a byte that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F,
    /// 0x90, 0x9D) shows that it is not, then ISO-8859-1. Reads at most the first 64 KiB for the UTF-16 test
    /// and all of `head` for the UTF-8 test; 64 KiB–1 MiB is a good sample size.
    static Detection detect(QByteArrayView head);
};

} // namespace valuator
