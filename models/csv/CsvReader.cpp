// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/CsvReader.h"

#include "models/csv/ByteSource.h"
#include "models/csv/Utf8.h"

#include <algorithm>
#include <cstring>

namespace valuator {

namespace {

constexpr qsizetype kMaxBufferSize = qsizetype(256) << 20;
constexpr qsizetype kMaxRecordLimit = qsizetype(1) << 30; // spans hold 32-bit offsets
constexpr qsizetype kMaxFieldsLimit = qsizetype(1) << 24;

/// Index of the first byte at or after `p` for which `stop` is true, or `end`. Unrolled: most fields are short,
/// so a plain table loop beats SIMD set-up here.
inline qsizetype findStop(const unsigned char* s, qsizetype p, qsizetype end, const bool* stop)
{
    while (p + 4 <= end) {
        if (stop[s[p]])
            return p;
        if (stop[s[p + 1]])
            return p + 1;
        if (stop[s[p + 2]])
            return p + 2;
        if (stop[s[p + 3]])
            return p + 3;
        p += 4;
    }
    while (p < end && !stop[s[p]])
        ++p;
    return p;
}

/// Undoes quoting in place for a field that starts after its opening quote: `""` becomes `"`, a single quote
/// closes the quoted part and whatever follows it (CharactersAfterQuote) is kept literally. Returns the new length.
std::size_t unescape(char* s, std::size_t n, char quote)
{
    std::size_t r = 0, w = 0;
    while (r < n) {
        const void* hit = std::memchr(s + r, quote, n - r);
        const std::size_t stop = hit ? std::size_t(static_cast<const char*>(hit) - s) : n;
        if (w != r)
            std::memmove(s + w, s + r, stop - r);
        w += stop - r;
        r = stop;
        if (r == n)
            break;
        if (r + 1 < n && s[r + 1] == quote) {
            s[w++] = quote;
            r += 2;
            continue;
        }
        ++r; // the closing quote
        std::memmove(s + w, s + r, n - r);
        w += n - r;
        r = n;
    }
    return w;
}

} // namespace

CsvReader::CsvReader(ByteSource& source, const CsvDialect& dialect)
    : CsvReader(source, dialect, Options())
{
}

CsvReader::CsvReader(ByteSource& source, const CsvDialect& dialect, Options options)
    : m_in(source, dialect.encoding, std::clamp<qsizetype>(options.bufferSize, 1, kMaxBufferSize))
    , m_dialect(dialect)
    , m_options(options)
    , m_totalBytes(source.size())
{
    m_options.bufferSize = std::clamp<qsizetype>(options.bufferSize, 1, kMaxBufferSize);
    m_options.maxRecordBytes = std::clamp<qsizetype>(options.maxRecordBytes, 1, kMaxRecordLimit);
    m_options.maxFields = std::clamp<qsizetype>(options.maxFields, 1, kMaxFieldsLimit);
    if (!dialect.isValid()) {
        m_error = Error {ErrorCode::InvalidArgument,
            tr("The delimiter and the quote character must be two different characters, neither a line break."),
            QStringLiteral("invalid CSV dialect: delimiter 0x%1, quote 0x%2")
                .arg(uint(static_cast<unsigned char>(dialect.delimiter)), 2, 16, QLatin1Char('0'))
                .arg(uint(static_cast<unsigned char>(dialect.quote)), 2, 16, QLatin1Char('0'))};
        return;
    }
    for (char c : {dialect.delimiter, '\n', '\r'})
        m_plainStop[static_cast<unsigned char>(c)] = true;
    for (char c : {dialect.quote, '\n', '\r'})
        m_quotedStop[static_cast<unsigned char>(c)] = true;
}

CsvReader::~CsvReader() = default;

Result<bool> CsvReader::next(CsvRecord& record)
{
    record.fields.clear(); // no stale views after the end or an error
    if (m_error)
        return fail(*m_error);
    if (m_done)
        return false;
    Result<bool> started = skipEmptyLines();
    if (!started) {
        m_error = started.error();
        return started;
    }
    if (!*started) {
        m_done = true;
        m_consumed = m_in.bytesRead();
        return false;
    }
    m_recordStart = m_pos;
    m_recordLine = m_line;
    m_in.markRecordStart(m_pos);
    m_recordOffset = m_in.sourceOffset(m_pos);
    m_state = State::FieldStart;
    m_spans.clear();
    m_problem = {};
    m_discarding = false;
    while (!scan()) {
        if (m_in.atEnd()) {
            finishRecordAtEnd();
            break;
        }
        checkRecordLimit(m_in.size());
        // A record over the limit is not kept: only the scan state survives, so memory stays bounded.
        const qsizetype keep = m_discarding ? m_pos : m_recordStart;
        if (Status status = m_in.refill(keep); !status) {
            m_error = status.error();
            return fail(status.error());
        }
        m_pos -= keep;
        m_recordStart -= keep;
        m_fieldBegin -= keep;
    }
    buildRecord(record);
    return true;
}

Result<bool> CsvReader::skipEmptyLines()
{
    for (;;) {
        if (m_pos == m_in.size()) {
            if (m_in.atEnd())
                return false;
            if (Status status = m_in.refill(m_pos); !status)
                return fail(status.error());
            m_pos = 0;
            continue;
        }
        const char c = m_in.data()[m_pos];
        if (c == '\n') {
            m_line += m_skipLf ? 0 : 1;
            m_skipLf = false;
            ++m_pos;
            continue;
        }
        m_skipLf = false;
        if (c != '\r')
            return true;
        ++m_line;
        m_skipLf = true;
        ++m_pos;
    }
}

/// Runs the state machine from m_pos. Returns true when the record ended at a line end (m_pos is then after it),
/// false when the window is exhausted (m_pos == size; the state is kept to resume after refill()).
bool CsvReader::scan()
{
    const char* const buf = m_in.data();
    const auto* s = reinterpret_cast<const unsigned char*>(buf);
    const qsizetype end = m_in.size();
    qsizetype p = m_pos;
    for (;;) {
        switch (m_state) {
        case State::FieldStart:
            if (p == end)
                break;
            if (buf[p] == m_dialect.quote) {
                m_fieldKind = FieldKind::Quoted;
                m_fieldBegin = ++p;
                m_state = State::Quoted;
                continue;
            }
            m_fieldKind = FieldKind::Plain;
            m_fieldBegin = p;
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            p = findStop(s, p, end, m_plainStop.data());
            if (p == end)
                break;
            endField(p);
            if (buf[p] == m_dialect.delimiter) {
                ++p;
                m_state = State::FieldStart;
                continue;
            }
            endRecord(p);
            return true;
        case State::Quoted:
            p = findStop(s, p, end, m_quotedStop.data());
            if (p == end)
                break;
            if (buf[p++] == m_dialect.quote) {
                m_state = State::AfterQuote;
                continue;
            }
            ++m_line; // a line break inside quotes
            if (buf[p - 1] == '\r')
                m_state = State::QuotedCr;
            continue;
        case State::QuotedCr:
            if (p == end)
                break;
            p += buf[p] == '\n'; // CRLF is one line break
            m_state = State::Quoted;
            continue;
        case State::AfterQuote:
            if (p == end)
                break;
            p = afterQuote(buf[p], p);
            continue;
        }
        m_pos = p;
        return false;
    }
}

/// After the quote that ends quoted text: `""` continues the field, a delimiter or line end ends it, anything
/// else is a CharactersAfterQuote problem whose text is kept (the rest of the field is read unquoted).
qsizetype CsvReader::afterQuote(char c, qsizetype p)
{
    if (c == m_dialect.quote) {
        m_fieldKind = FieldKind::Escaped;
        m_state = State::Quoted;
        return p + 1;
    }
    if (c != m_dialect.delimiter && c != '\n' && c != '\r') {
        setProblem(CsvProblemKind::CharactersAfterQuote, qsizetype(m_spans.size()), p);
        m_fieldKind = FieldKind::Escaped;
    }
    m_state = State::Unquoted; // ends the field right away at a delimiter or line end
    return p;
}

void CsvReader::endField(qsizetype delimiterPos)
{
    if (m_discarding)
        return;
    if (qsizetype(m_spans.size()) >= m_options.maxFields) {
        // Whichever limit a reader with a smaller buffer would have hit first, so results never depend on it.
        if (delimiterPos - m_recordStart > m_options.maxRecordBytes)
            discardRecord(CsvProblemKind::FieldTooLarge, columnAt(m_options.maxRecordBytes));
        else
            discardRecord(CsvProblemKind::TooManyFields, m_options.maxFields);
        return;
    }
    const qsizetype end = m_fieldKind == FieldKind::Quoted ? delimiterPos - 1 : delimiterPos;
    m_spans.push_back({std::uint32_t(m_fieldBegin - m_recordStart), std::uint32_t(end - m_recordStart),
        std::uint32_t(delimiterPos - m_recordStart), m_fieldKind});
}

void CsvReader::endRecord(qsizetype terminatorPos)
{
    checkRecordLimit(terminatorPos);
    m_recordEnd = terminatorPos;
    m_skipLf = m_in.data()[terminatorPos] == '\r';
    m_pos = terminatorPos + 1;
    ++m_line;
}

void CsvReader::finishRecordAtEnd()
{
    const qsizetype end = m_in.size();
    switch (m_state) {
    case State::FieldStart: // after a delimiter: an empty last field
        m_fieldKind = FieldKind::Plain;
        m_fieldBegin = end;
        break;
    case State::Quoted:
    case State::QuotedCr:
        setProblem(CsvProblemKind::UnterminatedQuote, qsizetype(m_spans.size()), m_fieldBegin - 1);
        if (m_fieldKind == FieldKind::Quoted)
            m_fieldKind = FieldKind::Plain; // no closing quote to drop
        break;
    case State::Unquoted:
    case State::AfterQuote:
        break;
    }
    endField(end);
    checkRecordLimit(end);
    m_recordEnd = end;
    m_pos = end;
}

void CsvReader::checkRecordLimit(qsizetype dataEnd)
{
    if (!m_discarding && dataEnd - m_recordStart > m_options.maxRecordBytes)
        discardRecord(CsvProblemKind::FieldTooLarge, columnAt(m_options.maxRecordBytes));
}

void CsvReader::discardRecord(CsvProblemKind kind, qsizetype column)
{
    const qsizetype start = column == 0 ? m_recordStart : m_recordStart + m_spans[size_t(column - 1)].rawEnd + 1;
    m_problem = CsvProblem {kind, int(column), m_in.sourceOffset(start)}; // a size limit outranks other problems
    m_discarding = true;
    m_spans.clear();
}

int CsvReader::columnAt(qsizetype relativeOffset) const
{
    const auto it = std::lower_bound(m_spans.begin(), m_spans.end(), relativeOffset,
        [](const Span& span, qsizetype offset) { return qsizetype(span.rawEnd) < offset; });
    return int(it - m_spans.begin());
}

void CsvReader::setProblem(CsvProblemKind kind, qsizetype column, qsizetype pos)
{
    if (m_problem.isNone() && !m_discarding)
        m_problem = CsvProblem {kind, int(column), m_in.sourceOffset(pos)};
}

void CsvReader::checkEncoding()
{
    qsizetype bad = -1;
    if (m_in.transcodes()) {
        const qsizetype at = m_in.takeReplacement(m_recordStart, m_recordEnd);
        bad = at < 0 ? -1 : at - m_recordStart;
    } else {
        bad = utf8::firstInvalid(m_in.data() + m_recordStart, m_recordEnd - m_recordStart);
    }
    // Outranks a quoting problem, so that fields of a record not flagged InvalidEncoding are always valid UTF-8.
    if (bad >= 0)
        m_problem = CsvProblem {CsvProblemKind::InvalidEncoding, columnAt(bad), m_in.sourceOffset(m_recordStart + bad)};
}

void CsvReader::buildRecord(CsvRecord& record)
{
    record.line = m_recordLine;
    record.byteOffset = m_recordOffset;
    if (!m_discarding)
        checkEncoding(); // on the raw bytes, before unescaping rewrites them
    m_consumed = m_in.sourceOffset(m_pos); // likewise: transcoded offsets count the bytes
    if (!m_discarding) {
        char* const base = m_in.data() + m_recordStart;
        for (const Span& span : m_spans) {
            char* text = base + span.begin;
            std::size_t length = span.end - span.begin;
            if (span.kind == FieldKind::Escaped)
                length = unescape(text, length, m_dialect.quote);
            record.fields.emplace_back(text, length);
        }
    }
    record.problem = m_problem;
}

} // namespace valuator
