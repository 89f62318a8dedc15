// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/CsvSniffer.h"

#include "models/csv/ByteSource.h"
#include "models/csv/CsvReader.h"
#include "models/csv/DelimiterDetector.h"
#include "models/csv/EncodingDetector.h"
#include "models/csv/MemoryByteSource.h"
#include "models/csv/Transcoder.h"

#include <QByteArray>

#include <algorithm>
#include <map>

namespace valuator {

namespace {

/// The most frequent line end of `text` (decoded). Line breaks inside quoted fields are counted too: they are
/// rare compared to record ends, and this needs no parsing.
CsvSniffResult::LineEnding majorityLineEnding(std::string_view text)
{
    qsizetype lf = 0, crlf = 0, cr = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++lf;
        } else if (text[i] == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++crlf;
                ++i;
            } else if (i + 1 < text.size()) { // a CR cut off by the sample end may be half of a CRLF
                ++cr;
            }
        }
    }
    if (lf == 0 && crlf == 0 && cr == 0)
        return CsvSniffResult::LineEnding::Unknown;
    if (crlf >= lf && crlf >= cr)
        return CsvSniffResult::LineEnding::CrLf;
    return lf >= cr ? CsvSniffResult::LineEnding::Lf : CsvSniffResult::LineEnding::Cr;
}

std::vector<CsvSniffResult::Record> sampleRecords(
    QByteArrayView head, bool isWholeFile, const CsvDialect& dialect, qsizetype maxRecords)
{
    std::vector<CsvSniffResult::Record> records;
    MemoryByteSource source(QByteArray::fromRawData(head.data(), head.size()));
    CsvReader::Options options; // one read takes the whole head
    options.bufferSize = std::clamp<qsizetype>(head.size(), 1, options.bufferSize);
    CsvReader reader(source, dialect, options);
    CsvRecord record;
    bool reachedEnd = false;
    while (qsizetype(records.size()) <= maxRecords) {
        const Result<bool> more = reader.next(record);
        if (!more || !*more) {
            reachedEnd = true;
            break;
        }
        records.push_back({record.toStrings(), record.line, record.problem});
    }
    if (reachedEnd && !isWholeFile && !records.empty())
        records.pop_back(); // may be cut off by the end of the sample
    if (qsizetype(records.size()) > maxRecords)
        records.resize(size_t(maxRecords));
    return records;
}

} // namespace

QString CsvSniffResult::lineEndingName(LineEnding ending)
{
    switch (ending) {
    case LineEnding::Unknown:
        return QStringLiteral("unknown");
    case LineEnding::Lf:
        return QStringLiteral("lf");
    case LineEnding::CrLf:
        return QStringLiteral("crlf");
    case LineEnding::Cr:
        return QStringLiteral("cr");
    }
    return QStringLiteral("unknown");
}

Result<CsvSniffResult> CsvSniffer::sniff(ByteSource& source)
{
    return sniff(source, Options());
}

Result<CsvSniffResult> CsvSniffer::sniff(ByteSource& source, const Options& options)
{
    const qsizetype limit = std::max<qsizetype>(1, options.maxSampleBytes);
    QByteArray head(limit, Qt::Uninitialized);
    qsizetype filled = 0;
    bool reachedEnd = false;
    while (filled < limit) {
        const qint64 n = source.read(head.data() + filled, limit - filled);
        if (n < 0) {
            return fail(ErrorCode::Io,
                QCoreApplication::translate("CsvReader", "Could not read the file: %1").arg(source.errorString()),
                QStringLiteral("ByteSource::read failed while sniffing: %1").arg(source.errorString()));
        }
        if (n == 0) {
            reachedEnd = true;
            break;
        }
        filled += qsizetype(n);
    }
    head.truncate(filled);
    const bool whole = reachedEnd || source.size() == filled;
    return sniff(head, whole, options);
}

CsvSniffResult CsvSniffer::sniff(QByteArrayView head, bool isWholeFile)
{
    return sniff(head, isWholeFile, Options());
}

CsvSniffResult CsvSniffer::sniff(QByteArrayView head, bool isWholeFile, const Options& options)
{
    CsvSniffResult result;
    result.sampleBytes = head.size();
    result.sampleIsWholeFile = isWholeFile;
    const EncodingDetector::Detection detected = EncodingDetector::detect(head);
    result.encoding = options.encoding.value_or(detected.encoding);
    result.asciiOnly = !options.encoding && detected.asciiOnly;
    result.hasBom = (head.startsWith("\xEF\xBB\xBF")
                        && (result.encoding == TextEncoding::Utf8 || result.encoding == TextEncoding::Utf8Bom))
        || ((head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
            && (result.encoding == TextEncoding::Utf16LE || result.encoding == TextEncoding::Utf16BE));

    const std::string text = Transcoder::decodeAll(result.encoding, head);
    const qsizetype maxRecords = std::max<qsizetype>(1, options.maxRecords);
    if (options.delimiter) {
        result.delimiter = *options.delimiter;
        result.delimiterConfidence = 1.0;
    } else {
        const DelimiterDetector::Detection delimiter = DelimiterDetector::detect(text, isWholeFile, maxRecords);
        result.delimiter = delimiter.delimiter;
        result.delimiterConfidence = delimiter.confidence;
    }
    result.lineEnding = majorityLineEnding(text);
    result.sampleRecords = sampleRecords(head, isWholeFile, result.dialect(), maxRecords);

    std::map<qsizetype, qsizetype> histogram;
    qsizetype best = 0;
    for (const CsvSniffResult::Record& record : result.sampleRecords) {
        const qsizetype frequency = ++histogram[qsizetype(record.fields.size())];
        if (frequency > best || (frequency == best && qsizetype(record.fields.size()) > result.fieldCount)) {
            best = frequency;
            result.fieldCount = qsizetype(record.fields.size());
        }
    }
    return result;
}

} // namespace valuator
