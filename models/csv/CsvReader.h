// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/csv/CsvDialect.h"
#include "models/csv/CsvInputBuffer.h"
#include "models/csv/CsvRecord.h"

#include <QCoreApplication>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace valuator {

class ByteSource;

/// Streaming RFC 4180 pull parser: reads records from a ByteSource one at a time, in bounded memory (one buffer
/// chunk plus the current record), whatever the file size.
///
/// Accepts what spreadsheets write: quoted fields with delimiters, doubled quotes and line breaks inside; LF,
/// CRLF and lone CR line ends (mixed too); a final line without a line end; a UTF-8 BOM. Empty lines are skipped
/// but counted in line numbers. Quotes only open a field at its start (`5" rim` is plain text). Damaged input
/// never stops the reader: the record carries a CsvProblem and reading goes on (see CsvProblemKind); only a
/// failing ByteSource ends it with an error.
///
/// Speed: the buffer is scanned for the next special byte with a lookup table, unquoted and quoted-without-`""`
/// fields are views into the buffer, `""` is undone in place, UTF-8 is checked eight ASCII bytes at a time; no
/// allocation per field or record once the record's vectors have grown.
///
/// Not thread-safe; use from one thread. Cancel by not calling next() again (check every few thousand records).
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Options {
        /// Bytes read from the source per call (tests use 1..7 to hit every buffer boundary).
        qsizetype bufferSize = 1 << 20;
        /// A record larger than this (in decoded UTF-8 bytes) is reported as FieldTooLarge, without fields,
        /// instead of exhausting memory. At most 1 GiB.
        qsizetype maxRecordBytes = qsizetype(64) << 20;
        /// A record with more fields is reported as TooManyFields, without fields (Excel's limit is 16,384).
        qsizetype maxFields = 1 << 16;
    };

    /// `source` must outlive the reader. The dialect's encoding decides the decoding; a UTF-8 BOM is skipped even
    /// when the encoding says plain UTF-8.
    CsvReader(ByteSource& source, const CsvDialect& dialect, Options options);
    CsvReader(ByteSource& source, const CsvDialect& dialect);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /// Reads the next record into `record` (its previous field views become invalid). Returns true for a record,
    /// false at the end of the data, or an Error (ErrorCode::Io when the source fails, ErrorCode::InvalidArgument
    /// for an invalid dialect); after an error every further call returns the same error.
    Result<bool> next(CsvRecord& record);

    /// Source bytes up to the end of the last record returned, for progress (all of them once next() returned
    /// false). Cheap. The LF of a CRLF is counted when the next record starts: the CR already ends the record.
    qint64 bytesConsumed() const { return m_consumed; }
    /// The source's size, or -1 when unknown.
    qint64 totalBytes() const { return m_totalBytes; }
    /// Physical line (1-based) where the next record would start.
    qint64 currentLine() const { return m_line; }

    /// Bytes allocated for the reader's buffer: 2 × bufferSize in the steady state (times up to 3 for transcoded
    /// input, whose UTF-8 is longer), more while a record larger than that is read, shrinking back afterwards.
    /// For tests of the memory bound.
    qsizetype bufferCapacity() const { return m_in.capacity(); }

    const CsvDialect& dialect() const { return m_dialect; }
    const Options& options() const { return m_options; }

private:
    /// QuotedCr: just after a CR inside quotes (an LF next is part of the same line break).
    enum class State : std::uint8_t { FieldStart, Unquoted, Quoted, QuotedCr, AfterQuote };
    enum class FieldKind : std::uint8_t { Plain, Quoted, Escaped };
    /// A field of the current record, offsets relative to its first byte. `end` is the end of the text (before a
    /// closing quote for Quoted), `rawEnd` the position of the delimiter or line end that ends the field.
    struct Span {
        std::uint32_t begin;
        std::uint32_t end;
        std::uint32_t rawEnd;
        FieldKind kind;
    };

    Result<bool> skipEmptyLines();
    bool scan();
    qsizetype afterQuote(char c, qsizetype p);
    void endField(qsizetype delimiterPos);
    void finishRecordAtEnd();
    void endRecord(qsizetype terminatorPos);
    void checkRecordLimit(qsizetype dataEnd);
    void discardRecord(CsvProblemKind kind, qsizetype column);
    int columnAt(qsizetype relativeOffset) const;
    void setProblem(CsvProblemKind kind, qsizetype column, qsizetype pos);
    void buildRecord(CsvRecord& record);
    void checkEncoding();

    CsvInputBuffer m_in;
    CsvDialect m_dialect;
    Options m_options;
    qint64 m_totalBytes;
    std::array<bool, 256> m_plainStop {}; ///< bytes that end an unquoted field: delimiter, CR, LF
    std::array<bool, 256> m_quotedStop {}; ///< bytes that matter inside quotes: quote, CR, LF
    std::optional<Error> m_error;
    bool m_done = false;

    qsizetype m_pos = 0; ///< scan position in the window
    qint64 m_line = 1; ///< physical line at m_pos
    bool m_skipLf = false; ///< the last line ended with CR: an LF right after it belongs to it
    qint64 m_consumed = 0;

    // The record being scanned.
    State m_state = State::FieldStart;
    FieldKind m_fieldKind = FieldKind::Plain;
    qsizetype m_recordStart = 0;
    qsizetype m_recordEnd = 0;
    qsizetype m_fieldBegin = 0;
    qint64 m_recordLine = 0;
    qint64 m_recordOffset = 0;
    bool m_discarding = false;
    std::vector<Span> m_spans;
    CsvProblem m_problem;
};

} // namespace valuator
