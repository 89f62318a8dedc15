// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/MemoryByteSource.h"

#include <algorithm>
#include <cstring>

namespace valuator {

MemoryByteSource::MemoryByteSource(QByteArray data, qint64 maxChunk)
    : m_data(std::move(data))
    , m_maxChunk(maxChunk)
{
}

qint64 MemoryByteSource::read(char* buffer, qint64 maxBytes)
{
    qint64 n = std::min<qint64>(maxBytes, m_data.size() - m_position);
    if (m_maxChunk > 0)
        n = std::min(n, m_maxChunk);
    if (n <= 0)
        return 0;
    std::memcpy(buffer, m_data.constData() + m_position, size_t(n));
    m_position += n;
    return n;
}

} // namespace valuator
