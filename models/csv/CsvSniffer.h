// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/csv/CsvSniffResult.h"

#include <QByteArrayView>

#include <optional>

namespace valuator {

class ByteSource;

/// One call for the import preview: detects encoding (EncodingDetector), delimiter (DelimiterDetector) and line
/// ending from the head of a file and parses its first records. Header, decimal separator, date format and
/// column types are left to models/typing, which works on the sample records. Pure functions, any thread.
class CsvSniffer {
public:
    struct Options {
        std::optional<TextEncoding> encoding; ///< use this instead of detecting
        std::optional<char> delimiter; ///< use this instead of detecting
        qsizetype maxSampleBytes = 1 << 20; ///< how much of the file to look at
        qsizetype maxRecords = 200; ///< sample records to return (and to detect the delimiter on)
    };

    /// Reads up to options.maxSampleBytes from `source` and sniffs them. The source is consumed: read the file
    /// through a new ByteSource for the import. Fails only when the source reports a read error.
    static Result<CsvSniffResult> sniff(ByteSource& source, const Options& options);
    static Result<CsvSniffResult> sniff(ByteSource& source);

    /// Sniffs bytes already read. `isWholeFile`: `head` is the complete file (its last record is then complete).
    static CsvSniffResult sniff(QByteArrayView head, bool isWholeFile, const Options& options);
    static CsvSniffResult sniff(QByteArrayView head, bool isWholeFile);
};

} // namespace valuator
