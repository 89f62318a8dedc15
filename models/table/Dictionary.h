// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace valuator {

/// Interned UTF-8 strings for dictionary-encoded columns: each distinct value gets a dense code 0..n-1.
/// Lookups take string_view without allocating (transparent hashing).
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
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::vector<std::string> m_values;
    std::unordered_map<std::string, int32_t, Hash, std::equal_to<>> m_index;
};

} // namespace valuator
