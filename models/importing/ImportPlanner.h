// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/csv/CsvSniffResult.h"
#include "models/csv/TextEncoding.h"
#include "models/importing/ImportTypes.h"
#include "models/typing/SampleAnalyzer.h"

#include <QCoreApplication>

#include <optional>

namespace valuator {

/// What the user (GUI dialect panel, CLI options) overrides of the detected dialect; unset = detect.
struct ImportOverrides {
    std::optional<TextEncoding> encoding;
    std::optional<char> delimiter;
    std::optional<bool> hasHeader;
    std::optional<char> decimal; ///< '.' or ','
    std::optional<DateFormat> dateOrder; ///< DayMonthYearSlash or MonthDayYearSlash for ambiguous slash dates
    std::optional<ColumnMapping> mapping;
};

/// The proposal for importing one file, made from its first bytes: detected dialect, sample rows, column
/// proposals, the auto-mapping and everything worth telling the user before the import starts.
struct ImportPreview {
    CsvSniffResult sniff;
    HeaderDetection header;
    NumberFormatDetection numberFormat;
    ImportSettings settings; ///< ready for ImportEngine::create (after the user's edits)
    QStringList warnings; ///< translated notes: duplicate headers, low delimiter confidence, ...
    QList<QPair<QString, ColumnIssue>> issues; ///< per source column: what type inference noticed
    /// Sample data rows (header excluded), for the preview table.
    std::vector<CsvSniffResult::Record> rows() const;
    /// The dialect summary as the import report stores it: encoding, delimiter, decimal, grouping, header,
    /// line ending, date formats per column.
    QJsonObject dialectJson() const;
};

/// Builds an ImportPreview from the head of a file. Pure: the caller reads the bytes (services) and passes them.
class ImportPlanner {
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)
public:
    /// `head`: the first bytes of the file (about 1 MiB); `isWholeFile` when that is the whole file. Errors: an
    /// empty file, a binary file (NUL bytes outside UTF-16), no records.
    static Result<ImportPreview> plan(QByteArrayView head, bool isWholeFile, const ImportOverrides& overrides = {});
    /// Header names for `record` (trimmed; empty → column_N; repeats get _2, _3), `count` of them.
    static QStringList headerNames(const std::vector<std::string>& record, qsizetype count);
};

} // namespace valuator
