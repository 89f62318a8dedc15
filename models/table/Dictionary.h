// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace valuator {

/// Interned UTF-8 strings for dictionary-encoded columns: each distinct value gets a dense code 0..n-1.
/// Lookups take string_view without allocating. The index is an open-addressing table of codes (no node per
/// entry, no second copy of the string): interning is the import's hottest loop for near-unique columns such as
/// licence plates.
class Dictionary {
public:
    /// Code of `value`, adding it when new.
    int32_t intern(std::string_view value);
    /// Code of `value`, or -1.
    int32_t find(std::string_view value) const;
    const std::string& at(int32_t code) const { return m_values[size_t(code)]; }
    QString text(int32_t code) const { return QString::fromStdString(m_values[size_t(code)]); }
    int32_t size() const { return int32_t(m_values.size()); }
    const std::vector<std::string>& values() const { return m_values; }
    void clear();
    void reserve(size_t n);

private:
    size_t slotOf(std::string_view value, size_t hash) const;
    void rehash(size_t slotCount);

    std::vector<std::string> m_values;
    std::vector<size_t> m_hashes; ///< hash of each value, so growing never rehashes strings
    std::vector<int32_t> m_slots; ///< code or -1; the size is a power of two, at most half full
};

} // namespace valuator
