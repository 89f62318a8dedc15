// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/csv/TextEncoding.h"
#include "models/csv/Transcoder.h"

#include <deque>
#include <memory>
#include <vector>

namespace valuator {

class ByteSource;

/// The byte window CsvReader parses: UTF-8 text pulled from a ByteSource in chunks.
///
/// UTF-8 input is read straight into the window (no copy, only a leading BOM is dropped); other encodings are
/// read into a raw chunk and transcoded into the window. Parsing may rewrite bytes of the window in place
/// (unescaping quotes). refill() keeps the unfinished record and appends the next chunk, so the window holds one
/// chunk plus the current record: memory does not grow with the file. Internal to CsvReader.
class CsvInputBuffer {
public:
    CsvInputBuffer(ByteSource& source, TextEncoding encoding, qsizetype chunkSize);
    ~CsvInputBuffer();

    char* data() { return m_buffer.get(); }
    qsizetype size() const { return m_size; }
    /// The source is exhausted and everything is in the window.
    bool atEnd() const { return m_sourceDone; }
    /// True when the input is not UTF-8 and passes through the Transcoder.
    bool transcodes() const { return m_transcode; }

    /// Drops the bytes before `keepFrom` (positions shift down by `keepFrom`) and appends at least one new byte,
    /// unless the source is at its end. Fails when the source reports an error.
    Status refill(qsizetype keepFrom);

    /// Offset in the source of window position `pos` (the source bytes before it, BOM included). For transcoded
    /// input this counts code points from a cursor that moves forward; going back is possible only to the last
    /// markRecordStart() position.
    qint64 sourceOffset(qsizetype pos);
    /// Remembers `pos` (the start of a record) as the point sourceOffset() may go back to.
    void markRecordStart(qsizetype pos);

    /// For transcoded input: the first position in [begin, end) where U+FFFD replaced malformed input, or -1.
    /// Forgets all replacements before `end`.
    qsizetype takeReplacement(qsizetype begin, qsizetype end);

    qint64 bytesRead() const { return m_bytesRead; }
    /// Bytes allocated for the window (for tests of the memory bound).
    qsizetype capacity() const { return m_capacity; }

private:
    struct Cursor {
        qint64 stream = 0; ///< offset in the decoded stream
        qint64 source = 0; ///< offset in the source, without the BOM
    };

    Status readMore();
    void reserve(qsizetype needed);
    void advanceCursor(qint64 streamTarget);

    ByteSource& m_source;
    TextEncoding m_encoding;
    bool m_transcode;
    Transcoder m_transcoder;
    qsizetype m_chunkSize;
    qsizetype m_baseCapacity;
    std::unique_ptr<char[]> m_buffer;
    qsizetype m_capacity = 0;
    qsizetype m_size = 0;
    qint64 m_streamBase = 0; ///< stream offset of data()[0]: source offset for UTF-8, decoded offset otherwise
    std::unique_ptr<char[]> m_raw;
    bool m_sourceDone = false;
    bool m_bomChecked = false;
    qint64 m_bytesRead = 0;
    std::vector<qsizetype> m_newReplacements;
    std::deque<qint64> m_replacements; ///< stream offsets of U+FFFD written for malformed input
    Cursor m_cursor;
    Cursor m_checkpoint;
};

} // namespace valuator
