// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace valuator {

/// Structural check of stored XGBoost models before they reach XGBoosterLoadModelFromBuffer.
///
/// Why: XGBoost 1.7's UBJSON reader does not bounds-check its input. A truncated or damaged model buffer makes
/// it read past the end of the buffer — undefined behaviour that sometimes "loads" a garbage model and sometimes
/// fails, depending on the bytes that happen to follow in memory. This check walks the whole document with
/// bounds checks, so only complete, well-formed documents are handed to the library.
/// Pure and thread-safe; linear in the size (fixed-size typed arrays are skipped, not walked).
class UbjsonCheck {
public:
    /// True when `bytes` is exactly one complete UBJSON value (draft 12 markers, optimised containers with
    /// '$' type and '#' count included) with nothing after it, nested at most 512 deep.
    static bool isComplete(const QByteArray& bytes);
    /// True when `bytes` looks like a UBJSON object (as opposed to JSON text): '{' followed by a key-length
    /// marker, '}' or an optimised-container marker.
    static bool looksLikeUbjson(const QByteArray& bytes);
};

} // namespace valuator
