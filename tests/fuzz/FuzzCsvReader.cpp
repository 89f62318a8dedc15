// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes through encoding detection, sniffing, transcoding and the CSV reader.
// Besides "no crash / no sanitizer report" it checks invariants and that the result never depends on buffer or
// read sizes. The last input byte also selects the dialect and limits, so mutations explore those too.
#include "models/csv/CsvReader.h"
#include "models/csv/CsvSniffer.h"
#include "models/csv/DelimiterDetector.h"
#include "models/csv/EncodingDetector.h"
#include "models/csv/MemoryByteSource.h"
#include "models/csv/Transcoder.h"
#include "models/csv/Utf8.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace valuator;

namespace {

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

struct Owned {
    std::vector<std::string> fields;
    qint64 line;
    qint64 byteOffset;
    CsvProblem problem;
    qint64 consumed;
    bool operator==(const Owned&) const = default;
};

bool validUtf8(std::string_view text)
{
    return utf8::firstInvalid(text.data(), qsizetype(text.size())) < 0;
}

std::vector<Owned> readAll(
    const QByteArray& bytes, const CsvDialect& dialect, const CsvReader::Options& options, qint64 maxChunk)
{
    MemoryByteSource source(bytes, maxChunk);
    CsvReader reader(source, dialect, options);
    FUZZ_CHECK(reader.totalBytes() == bytes.size());
    std::vector<Owned> records;
    CsvRecord record;
    qint64 lastLine = 0, lastOffset = -1, lastConsumed = 0;
    for (;;) {
        const Result<bool> more = reader.next(record);
        FUZZ_CHECK(more.has_value()); // a memory source never fails and the dialects here are valid
        if (!*more)
            break;
        FUZZ_CHECK(record.line > lastLine);
        FUZZ_CHECK(record.byteOffset > lastOffset && record.byteOffset < bytes.size());
        FUZZ_CHECK(reader.bytesConsumed() >= lastConsumed && reader.bytesConsumed() <= bytes.size());
        FUZZ_CHECK(reader.bytesConsumed() > record.byteOffset);
        const CsvProblemKind kind = record.problem.kind;
        if (kind == CsvProblemKind::FieldTooLarge || kind == CsvProblemKind::TooManyFields)
            FUZZ_CHECK(record.fields.empty());
        else
            FUZZ_CHECK(!record.fields.empty() && record.size() <= options.maxFields);
        if (kind != CsvProblemKind::None) {
            FUZZ_CHECK(record.problem.column >= 0);
            FUZZ_CHECK(record.problem.byteOffset >= record.byteOffset && record.problem.byteOffset <= bytes.size());
            FUZZ_CHECK(!record.problem.message().isEmpty());
        }
        if (kind != CsvProblemKind::InvalidEncoding) {
            for (std::string_view field : record.fields)
                FUZZ_CHECK(validUtf8(field));
        }
        lastLine = record.line;
        lastOffset = record.byteOffset;
        lastConsumed = reader.bytesConsumed();
        records.push_back({record.toStrings(), record.line, record.byteOffset, record.problem, lastConsumed});
    }
    FUZZ_CHECK(reader.bytesConsumed() == bytes.size());
    CsvRecord after;
    FUZZ_CHECK(reader.next(after).value_or(true) == false);
    return records;
}

/// Writes records back as CSV with every field quoted; parsing that must give the same fields.
void checkRoundTrip(const std::vector<Owned>& records, char delimiter)
{
    QByteArray csv;
    for (const Owned& record : records) {
        for (size_t i = 0; i < record.fields.size(); ++i) {
            if (i > 0)
                csv += delimiter;
            csv += '"';
            csv += QByteArray::fromStdString(record.fields[i]).replace("\"", "\"\"");
            csv += '"';
        }
        csv += "\r\n";
    }
    const std::vector<Owned> again
        = readAll(csv, CsvDialect {TextEncoding::Utf8, delimiter, '"'}, CsvReader::Options(), 0);
    FUZZ_CHECK(again.size() == records.size());
    for (size_t i = 0; i < records.size(); ++i)
        FUZZ_CHECK(again[i].fields == records[i].fields);
}

void checkTranscoder(TextEncoding encoding, const QByteArray& bytes, qsizetype piece)
{
    qsizetype wholeReplacements = 0;
    const std::string whole = Transcoder::decodeAll(encoding, bytes, &wholeReplacements);
    Transcoder transcoder(encoding);
    std::string pieces;
    std::vector<qsizetype> replacements;
    for (qsizetype at = 0;; at += piece) {
        const qsizetype from = std::min(at, bytes.size());
        const QByteArrayView chunk(bytes.constData() + from, std::min(piece, bytes.size() - from));
        const bool last = from + chunk.size() >= bytes.size();
        const size_t before = pieces.size();
        const qsizetype room = Transcoder::maxOutputSize(encoding, chunk.size());
        pieces.resize(before + size_t(room));
        const qsizetype written = transcoder.decode(chunk, pieces.data() + before, last, &replacements);
        FUZZ_CHECK(written >= 0 && written <= room);
        pieces.resize(before + size_t(written));
        if (last)
            break;
    }
    FUZZ_CHECK(pieces == whole);
    FUZZ_CHECK(qsizetype(replacements.size()) == wholeReplacements);
    if (encoding != TextEncoding::Utf8 && encoding != TextEncoding::Utf8Bom)
        FUZZ_CHECK(validUtf8(whole));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const unsigned config = size > 0 ? data[size - 1] : 0;

    const EncodingDetector::Detection detected = EncodingDetector::detect(bytes);
    FUZZ_CHECK(detected.bomLength == 0 || detected.bomLength == 2 || detected.bomLength == 3);

    CsvSniffer::Options sniffOptions;
    sniffOptions.maxRecords = 20;
    const CsvSniffResult sniffed = CsvSniffer::sniff(bytes, (config & 0x80) == 0, sniffOptions);
    FUZZ_CHECK(sniffed.sampleRecords.size() <= 20);
    FUZZ_CHECK(sniffed.delimiterConfidence >= 0.0 && sniffed.delimiterConfidence <= 1.0);
    for (const CsvSniffResult::Record& record : sniffed.sampleRecords) {
        if (record.problem.kind != CsvProblemKind::InvalidEncoding) {
            for (const std::string& field : record.fields)
                FUZZ_CHECK(validUtf8(field));
        }
    }

    static const TextEncoding kEncodings[] = {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
        TextEncoding::Windows1252, TextEncoding::Latin1, TextEncoding::Utf8Bom};
    const TextEncoding encoding = (config & 0x07) < 2 ? sniffed.encoding : kEncodings[(config & 0x07) - 2];
    const char delimiters[] = {sniffed.delimiter, ',', ';', '\t'};
    const CsvDialect dialect {encoding, delimiters[(config >> 3) & 0x03], '"'};
    checkTranscoder(encoding, bytes, 1 + qsizetype((config >> 5) & 0x03));

    CsvReader::Options options;
    if (config & 0x20) { // tiny limits exercise the skipping of oversized records
        options.maxRecordBytes = 1 + (config & 0x3F);
        options.maxFields = 1 + (config >> 4);
    }
    const std::vector<Owned> reference = readAll(bytes, dialect, options, 0);
    for (qsizetype bufferSize : {qsizetype(1 + config % 7), qsizetype(61)}) {
        options.bufferSize = bufferSize;
        FUZZ_CHECK(readAll(bytes, dialect, options, bufferSize == 61 ? 5 : 0) == reference);
    }

    bool clean = true;
    for (const Owned& record : reference)
        clean = clean && record.problem.isNone();
    if (clean && !(config & 0x20))
        checkRoundTrip(reference, dialect.delimiter);
    return 0;
}
