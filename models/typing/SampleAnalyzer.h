// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/typing/ColumnProposal.h"
#include "models/typing/DateFormatVote.h"
#include "models/typing/InferenceOptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <string>
#include <vector>

namespace valuator {

/// Whether the first record is a header, and the column names to use.
struct HeaderDetection {
    bool hasHeader = false;
    /// The header's trimmed cells, or column_1, column_2, ... Empty header cells become column_<n>; repeated names
    /// get a suffix (price, price_2). One name per column (the widest record decides the count).
    QStringList names;
    QString reason; ///< translated, one sentence for the import page
};

/// The number format of a file as far as the sample shows it.
struct NumberFormatDetection {
    NumberFormat format;
    bool ambiguous = false; ///< the sample could not decide; `format` is the fallback and the user should confirm
    qint64 evidence = 0; ///< numeric fields whose separators told something
    QString reason; ///< translated, one sentence for the import page
};

/// Everything the import page needs from a sample.
struct SampleAnalysis {
    HeaderDetection header;
    NumberFormatDetection numberFormat;
    QList<ColumnProposal> columns; ///< one per header name
};

/// Dialect detection from sample records (already split into UTF-8 fields by the CSV reader). Pure functions.
///
/// Header rule: per column, a first-row cell that is text above values that are mostly numbers or dates votes
/// "header" (+2); an integer above decimals or dates votes +1 (a year used as a column name); a number or date
/// above numbers or dates votes "data" (-2); text above text votes "data" (-1) only when it recurs below. A
/// positive sum means a header. On a tie (all-text files) the first row is a header when its cells are non-empty,
/// distinct and none recurs in its column.
///
/// Number format rule (decimal separator): fields that prove it ("8590,00", "1,3", "12.500,50", "1.8") win by
/// count; without them, unambiguous grouping decides ("12.500" with several groups, "1.234.567"); values that only
/// fit "d,ddd" (e.g. only "1,234") follow the delimiter: in a ',' file a quoted "1,234" is US grouping (decimal
/// '.'), in a ';' file it is a European decimal comma; with another delimiter decimal ',' is assumed and flagged
/// ambiguous. Grouping: the separator (other than the decimal) seen grouping digits; with decimal ',' and no such
/// evidence '.' is assumed (German Excel), with decimal '.' none (a stray "1,5" then fails loudly instead of
/// becoming 15).
class SampleAnalyzer {
    Q_DECLARE_TR_FUNCTIONS(valuator::SampleAnalyzer)

public:
    using Records = std::vector<std::vector<std::string>>;

    static HeaderDetection detectHeader(const Records& records, const MissingValues& missing = {});
    /// `delimiter` is the CSV delimiter if known (',' ';' '\t' ...), 0 if not.
    static NumberFormatDetection detectNumberFormat(
        const Records& records, bool hasHeader, char delimiter = 0, const MissingValues& missing = {});
    /// Per column: the date format decision over the sample's values (found == false for non-date columns).
    static QList<DateFormatDecision> detectDateFormats(
        const Records& records, bool hasHeader, const MissingValues& missing = {});
    /// Header, number format and a proposal per column. `firstLine` is the CSV line of records[0] (issues cite
    /// lines). `base` supplies the missing tokens and thresholds; its number format is replaced by the detected one.
    static SampleAnalysis analyze(
        const Records& records, char delimiter, const InferenceOptions& base = {}, qint64 firstLine = 1);
};

} // namespace valuator
