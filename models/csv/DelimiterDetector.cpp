// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/DelimiterDetector.h"

#include "models/csv/CsvReader.h"
#include "models/csv/MemoryByteSource.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace valuator {

namespace {

/// Two candidates whose consistency differs by less than this are "equally consistent": the one with more
/// fields wins (a `;` file with decimal commas splits almost as consistently on `,`, but into fewer fields).
constexpr double kTolerance = 0.05;

/// Priority on a full tie: a tab is rarely data; decimal-comma exports use `;` and also contain `,`.
int priority(char delimiter)
{
    switch (delimiter) {
    case '\t':
        return 3;
    case ';':
        return 2;
    case ',':
        return 1;
    default:
        return 0;
    }
}

DelimiterDetector::Candidate evaluate(
    std::string_view sample, char delimiter, bool complete, qsizetype maxRecords, char quote)
{
    DelimiterDetector::Candidate candidate;
    candidate.delimiter = delimiter;
    MemoryByteSource source(QByteArray::fromRawData(sample.data(), qsizetype(sample.size())));
    CsvReader::Options options; // one read takes the whole sample
    options.bufferSize = std::clamp<qsizetype>(qsizetype(sample.size()), 1, options.bufferSize);
    CsvReader reader(source, CsvDialect {TextEncoding::Utf8, delimiter, quote}, options);
    std::vector<qsizetype> counts;
    CsvRecord record;
    bool reachedEnd = false;
    while (qsizetype(counts.size()) <= maxRecords) {
        const Result<bool> more = reader.next(record);
        if (!more || !*more) {
            reachedEnd = true;
            break;
        }
        counts.push_back(record.size());
    }
    if (reachedEnd && !complete && counts.size() > 1)
        counts.pop_back(); // possibly cut off by the end of the sample
    if (qsizetype(counts.size()) > maxRecords)
        counts.resize(size_t(maxRecords));
    if (counts.empty())
        return candidate;
    std::map<qsizetype, qsizetype> histogram;
    for (qsizetype count : counts)
        ++histogram[count];
    qsizetype best = 0;
    for (const auto& [count, frequency] : histogram) {
        if (frequency >= best) { // ascending keys: ties go to the larger count
            best = frequency;
            candidate.fieldCount = count;
        }
    }
    candidate.records = qsizetype(counts.size());
    candidate.consistency = double(best) / double(counts.size());
    return candidate;
}

bool better(const DelimiterDetector::Candidate& a, const DelimiterDetector::Candidate& b)
{
    if (std::abs(a.consistency - b.consistency) >= kTolerance)
        return a.consistency > b.consistency;
    if (a.fieldCount != b.fieldCount)
        return a.fieldCount > b.fieldCount;
    return priority(a.delimiter) > priority(b.delimiter);
}

} // namespace

DelimiterDetector::Detection DelimiterDetector::detect(
    std::string_view utf8Sample, bool complete, qsizetype maxRecords, char quote)
{
    Detection result;
    const DelimiterDetector::Candidate* winner = nullptr;
    for (char delimiter : kCandidates)
        result.candidates.push_back(
            evaluate(utf8Sample, delimiter, complete, std::max<qsizetype>(1, maxRecords), quote));
    for (const Candidate& candidate : result.candidates) {
        if (candidate.fieldCount > 1 && (!winner || better(candidate, *winner)))
            winner = &candidate;
    }
    if (!winner)
        return result;
    result.delimiter = winner->delimiter;
    result.fieldCount = winner->fieldCount;
    result.confidence = winner->consistency;
    for (const Candidate& other : result.candidates) {
        if (&other != winner && other.fieldCount == winner->fieldCount
            && std::abs(other.consistency - winner->consistency) < kTolerance) {
            result.confidence /= 2;
            break;
        }
    }
    return result;
}

} // namespace valuator
