// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace valuator::utf8 {

/// Index of the first byte of the first ill-formed UTF-8 sequence in `data`, or -1 when all of it is well formed
/// (Unicode 15 table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
/// With `allowTruncatedEnd` a sequence that is only cut off by the end of `data` counts as well formed, for
/// samples that end at an arbitrary byte. Pure-ASCII runs are checked eight bytes at a time.
qsizetype firstInvalid(const char* data, qsizetype size, bool allowTruncatedEnd = false);

/// True when no byte has the high bit set.
bool isAscii(const char* data, qsizetype size);

} // namespace valuator::utf8
