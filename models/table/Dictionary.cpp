// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/table/Dictionary.h"

namespace valuator {

int32_t Dictionary::intern(std::string_view value)
{
    if (auto it = m_index.find(value); it != m_index.end())
        return it->second;
    const auto code = int32_t(m_values.size());
    m_values.emplace_back(value);
    m_index.emplace(m_values.back(), code);
    return code;
}

int32_t Dictionary::find(std::string_view value) const
{
    auto it = m_index.find(value);
    return it == m_index.end() ? -1 : it->second;
}

void Dictionary::clear()
{
    m_values.clear();
    m_index.clear();
}

void Dictionary::reserve(size_t n)
{
    m_values.reserve(n);
    m_index.reserve(n);
}

} // namespace valuator
