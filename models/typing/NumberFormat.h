// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace valuator {

/// How numbers are written in one file: the decimal separator and the digit-grouping (thousands) separator.
/// `grouping` is one of ',' '.' ' ' '\'' or 0 (none). ' ' stands for every space-like character (ASCII space,
/// NBSP U+00A0, THIN SPACE U+2009, NARROW NBSP U+202F); '\'' also accepts U+2019 (Swiss "1’234.50").
/// Groups are validated: the first group has 1-3 digits, every later group exactly 3.
struct NumberFormat {
    char decimal = '.';
    char grouping = 0;

    bool operator==(const NumberFormat&) const = default;

    /// decimal is '.' or ',', grouping is one of the allowed characters and differs from decimal.
    bool isValid() const;
    /// 12500.5 written in this format, e.g. "12.500,5"; what the import page shows next to the choice.
    QString example() const;
    /// Stable machine name such as "decimal=, grouping=." (for settings, logs and --json).
    QString name() const;
};

} // namespace valuator
