// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/table/Dictionary.h"

#include <functional>

namespace valuator {
namespace {

constexpr size_t kMinSlots = 16;

size_t hashOf(std::string_view value)
{
    return std::hash<std::string_view> {}(value);
}

} // namespace

size_t Dictionary::slotOf(std::string_view value, size_t hash) const
{
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (true) {
        const int32_t code = m_slots[i];
        if (code < 0 || (m_hashes[size_t(code)] == hash && m_values[size_t(code)] == value))
            return i;
        i = (i + 1) & mask;
    }
}

void Dictionary::rehash(size_t slotCount)
{
    m_slots.assign(slotCount, -1);
    const size_t mask = slotCount - 1;
    for (size_t code = 0; code < m_values.size(); ++code) {
        size_t i = m_hashes[code] & mask;
        while (m_slots[i] >= 0)
            i = (i + 1) & mask;
        m_slots[i] = int32_t(code);
    }
}

int32_t Dictionary::intern(std::string_view value)
{
    if (m_slots.empty())
        rehash(kMinSlots);
    const size_t hash = hashOf(value);
    size_t slot = slotOf(value, hash);
    if (m_slots[slot] >= 0)
        return m_slots[slot];
    const auto code = int32_t(m_values.size());
    m_values.emplace_back(value);
    m_hashes.push_back(hash);
    if (m_values.size() * 2 > m_slots.size()) {
        rehash(m_slots.size() * 2);
        return code;
    }
    m_slots[slot] = code;
    return code;
}

int32_t Dictionary::find(std::string_view value) const
{
    if (m_slots.empty())
        return -1;
    return m_slots[slotOf(value, hashOf(value))];
}

void Dictionary::clear()
{
    m_values.clear();
    m_hashes.clear();
    m_slots.clear();
}

void Dictionary::reserve(size_t n)
{
    m_values.reserve(n);
    m_hashes.reserve(n);
    size_t slotCount = kMinSlots;
    while (slotCount < n * 2)
        slotCount *= 2;
    if (slotCount > m_slots.size())
        rehash(slotCount);
}

} // namespace valuator
