// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <string_view>

namespace valuator {

/// The equipment items the valuation knows, as ListTokens keys (trimmed, spaces collapsed, ASCII lower case):
/// the options German dealers list in exports (navigation, heated seats, ...), English names. Shipped as data in
/// code so the core stays free of file I/O; a token outside it is "unknown" to the quality check (a typo, another
/// language or a new item the vocabulary should learn). Pure and thread-safe.
struct EquipmentVocabulary {
    /// True when `key` (a ListTokens::key) is a known item.
    static bool isKnown(std::string_view key);
    /// All known keys, sorted.
    static QStringList keys();
};

} // namespace valuator
