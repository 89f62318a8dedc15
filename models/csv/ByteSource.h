// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace valuator {

/// A forward-only stream of bytes that the CSV reader pulls from. models/ does no file I/O, so services/ backs
/// this with a file and tests back it with memory (MemoryByteSource).
///
/// Used by one thread at a time. The reader never seeks: sniffing consumes the bytes it reads, so read the file
/// again through a fresh source for the import.
class ByteSource {
public:
    virtual ~ByteSource() = default;

    /// Reads up to `maxBytes` (> 0) bytes into `buffer`. Returns the number of bytes read (may be fewer than asked
    /// at any time, not only at the end), 0 at the end of the data, or -1 on an error (see errorString()).
    virtual qint64 read(char* buffer, qint64 maxBytes) = 0;

    /// Total number of bytes the source will deliver, or -1 when unknown (pipes, network). Used for progress only.
    virtual qint64 size() const { return -1; }

    /// Human-readable description of the last read error (empty when there was none).
    virtual QString errorString() const { return {}; }
};

} // namespace valuator
