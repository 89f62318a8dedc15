// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/csv/ByteSource.h"

#include <QByteArray>

namespace valuator {

/// A ByteSource over bytes held in memory, for sniffing a file head and for tests.
/// `maxChunk` > 0 makes every read() return at most that many bytes, so tests can exercise short reads.
/// The source keeps a (shallow, implicitly shared) copy of `data`; QByteArray::fromRawData avoids any copy when
/// the caller keeps the bytes alive.
class MemoryByteSource : public ByteSource {
public:
    explicit MemoryByteSource(QByteArray data, qint64 maxChunk = 0);

    qint64 read(char* buffer, qint64 maxBytes) override;
    qint64 size() const override { return m_data.size(); }

    /// Bytes delivered so far.
    qint64 position() const { return m_position; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
    qint64 m_maxChunk = 0;
};

} // namespace valuator
