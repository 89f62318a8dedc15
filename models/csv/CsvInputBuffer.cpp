// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/CsvInputBuffer.h"

#include "models/csv/ByteSource.h"

#include <algorithm>
#include <cstring>

namespace valuator {

CsvInputBuffer::CsvInputBuffer(ByteSource& source, TextEncoding encoding, qsizetype chunkSize)
    : m_source(source)
    , m_encoding(encoding)
    , m_transcode(encoding != TextEncoding::Utf8 && encoding != TextEncoding::Utf8Bom)
    , m_transcoder(encoding)
    , m_chunkSize(std::max<qsizetype>(1, chunkSize))
    , m_baseCapacity(m_transcode ? Transcoder::maxOutputSize(encoding, m_chunkSize) : m_chunkSize)
    , m_bomChecked(m_transcode) // the transcoder skips BOMs itself
{
    if (m_transcode)
        m_raw.reset(new char[size_t(m_chunkSize)]);
}

CsvInputBuffer::~CsvInputBuffer() = default;

Status CsvInputBuffer::refill(qsizetype keepFrom)
{
    Q_ASSERT(keepFrom >= 0 && keepFrom <= m_size);
    if (m_transcode && m_cursor.stream < m_streamBase + keepFrom)
        advanceCursor(m_streamBase + keepFrom); // the bytes are about to go
    const qsizetype kept = m_size - keepFrom;
    if (keepFrom > 0 && kept > 0)
        std::memmove(m_buffer.get(), m_buffer.get() + keepFrom, size_t(kept));
    m_size = kept;
    m_streamBase += keepFrom;
    while (!m_replacements.empty() && m_replacements.front() < m_streamBase)
        m_replacements.pop_front(); // in a skipped (oversized) record: keeps this queue bounded by the window
    const qsizetype before = m_size;
    while (!m_sourceDone && (m_size <= before || !m_bomChecked)) {
        if (Status status = readMore(); !status)
            return status;
    }
    return {};
}

Status CsvInputBuffer::readMore()
{
    char* const target = m_transcode ? m_raw.get() : nullptr;
    if (!m_transcode)
        reserve(m_size + m_chunkSize);
    const qint64 n = m_source.read(m_transcode ? target : m_buffer.get() + m_size, m_chunkSize);
    if (n < 0 || n > m_chunkSize) {
        return fail(ErrorCode::Io,
            QCoreApplication::translate("CsvReader", "Could not read the file: %1").arg(m_source.errorString()),
            QStringLiteral("ByteSource::read returned %1 at byte %2: %3")
                .arg(n)
                .arg(m_bytesRead)
                .arg(m_source.errorString()));
    }
    m_bytesRead += n;
    m_sourceDone = n == 0;
    if (!m_transcode) {
        m_size += qsizetype(n);
        if (!m_bomChecked && (m_size >= 3 || m_sourceDone)) {
            m_bomChecked = true;
            if (m_size >= 3 && std::memcmp(m_buffer.get(), "\xEF\xBB\xBF", 3) == 0) {
                std::memmove(m_buffer.get(), m_buffer.get() + 3, size_t(m_size - 3));
                m_size -= 3;
                m_streamBase = 3;
            }
        }
        return {};
    }
    reserve(m_size + Transcoder::maxOutputSize(m_encoding, qsizetype(n)));
    m_newReplacements.clear();
    const qsizetype written = m_transcoder.decode(
        QByteArrayView(target, qsizetype(n)), m_buffer.get() + m_size, m_sourceDone, &m_newReplacements);
    for (qsizetype offset : m_newReplacements)
        m_replacements.push_back(m_streamBase + m_size + offset);
    m_size += written;
    return {};
}

void CsvInputBuffer::reserve(qsizetype needed)
{
    // Steady state: a chunk plus the unfinished record at its end, which is at most about a chunk.
    const qsizetype steady = 2 * m_baseCapacity;
    qsizetype capacity = m_capacity;
    if (needed > m_capacity)
        capacity = std::max(needed, 2 * m_capacity); // doubling keeps growth for a huge record linear
    else if (m_capacity > 2 * steady && needed <= steady)
        capacity = steady; // give back the memory of a huge record once it is done
    capacity = std::max(capacity, m_baseCapacity);
    if (capacity == m_capacity && m_buffer)
        return;
    std::unique_ptr<char[]> fresh(new char[size_t(capacity)]);
    if (m_size > 0)
        std::memcpy(fresh.get(), m_buffer.get(), size_t(m_size));
    m_buffer = std::move(fresh);
    m_capacity = capacity;
}

void CsvInputBuffer::advanceCursor(qint64 streamTarget)
{
    const auto* s = reinterpret_cast<const unsigned char*>(m_buffer.get());
    qsizetype i = qsizetype(std::max(m_cursor.stream, m_streamBase) - m_streamBase);
    const qsizetype end = qsizetype(streamTarget - m_streamBase);
    const bool utf16 = m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE;
    qint64 units = 0;
    // Each code point came from one byte (single-byte code pages) or one/two UTF-16 units (4-byte UTF-8).
    for (; i < end; ++i) {
        const unsigned b = s[i];
        if ((b & 0xC0) != 0x80)
            units += utf16 ? (b >= 0xF0 ? 4 : 2) : 1;
    }
    m_cursor.source += units;
    m_cursor.stream = streamTarget;
}

qint64 CsvInputBuffer::sourceOffset(qsizetype pos)
{
    if (!m_transcode)
        return m_streamBase + pos;
    const qint64 target = m_streamBase + pos;
    if (target < m_cursor.stream) {
        if (m_checkpoint.stream > target || m_checkpoint.stream < m_streamBase)
            return std::min(m_cursor.source + m_transcoder.skippedBomBytes(), m_bytesRead); // cannot go back
        m_cursor = m_checkpoint;
    }
    advanceCursor(target);
    // A dangling odd UTF-16 byte at the end became a 3-byte U+FFFD counted as two source bytes.
    return std::min(m_cursor.source + m_transcoder.skippedBomBytes(), m_bytesRead);
}

void CsvInputBuffer::markRecordStart(qsizetype pos)
{
    if (!m_transcode)
        return;
    sourceOffset(pos);
    m_checkpoint = m_cursor;
}

qsizetype CsvInputBuffer::takeReplacement(qsizetype begin, qsizetype end)
{
    const qint64 first = m_streamBase + begin;
    const qint64 last = m_streamBase + end;
    while (!m_replacements.empty() && m_replacements.front() < first)
        m_replacements.pop_front();
    if (m_replacements.empty() || m_replacements.front() >= last)
        return -1;
    const qsizetype found = qsizetype(m_replacements.front() - m_streamBase);
    while (!m_replacements.empty() && m_replacements.front() < last)
        m_replacements.pop_front();
    return found;
}

} // namespace valuator
