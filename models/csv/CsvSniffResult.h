// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/csv/CsvDialect.h"
#include "models/csv/CsvProblem.h"
#include "models/csv/TextEncoding.h"

#include <QString>

#include <string>
#include <vector>

namespace valuator {

/// What CsvSniffer found out about a file from its first bytes: the dialect to read it with and the first
/// records for a preview and for header/type detection (models/typing works on `sampleRecords`).
struct CsvSniffResult {
    enum class LineEnding { Unknown, Lf, CrLf, Cr };

    /// A sample record, owned (the reader's views do not outlive the sniffing).
    struct Record {
        std::vector<std::string> fields; ///< UTF-8
        qint64 line = 0; ///< 1-based physical line where it starts
        CsvProblem problem;
    };

    TextEncoding encoding = TextEncoding::Utf8;
    bool hasBom = false;
    /// The sample was pure ASCII, so the encoding is only a default (see EncodingDetector::Detection).
    bool asciiOnly = false;
    char delimiter = ',';
    double delimiterConfidence = 0.0; ///< 0..1, see DelimiterDetector::Detection; 1 when given by the caller
    qsizetype fieldCount = 0; ///< most frequent number of fields per sample record
    LineEnding lineEnding = LineEnding::Unknown; ///< the most frequent line end of the sample
    std::vector<Record> sampleRecords;
    /// The sample is the whole file (otherwise a last record cut off by the sample's end is left out).
    bool sampleIsWholeFile = false;
    qsizetype sampleBytes = 0; ///< raw bytes looked at

    /// The dialect to give CsvReader.
    CsvDialect dialect() const { return CsvDialect {encoding, delimiter, '"'}; }
    /// "lf", "crlf", "cr" or "unknown".
    static QString lineEndingName(LineEnding ending);
};

} // namespace valuator
