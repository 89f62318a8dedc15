// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/csv/CsvDialect.h"
#include "models/schema/ColumnMapping.h"
#include "models/table/Column.h"
#include "models/typing/ColumnProposal.h"
#include "models/typing/DateFormatVote.h"
#include "models/typing/InferenceOptions.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace valuator {

/// One cell or record the import could not read. Kept in the import report and the workspace; never dropped.
struct ImportReject {
    qint64 line = 0; ///< 1-based physical line of the record in the file
    QString column; ///< source column name; empty when the whole record is bad
    QString raw; ///< the offending text (cell, or the record joined), shortened to a few hundred characters
    QString reason; ///< translated explanation
    QString code; ///< stable machine name ("not_a_number", "field_count", "unterminated_quote", ...)
};

/// Everything the import needs to read a file, as proposed from a sample and edited by the user.
struct ImportSettings {
    CsvDialect dialect;
    bool hasHeader = true;
    QStringList headers; ///< one name per source column
    QList<ColumnProposal> proposals; ///< one per source column: how to read its values
    /// One per source column: the sample's date layouts, used when a column is mapped to a date field although
    /// its proposal is another type (a few bad values in a small sample).
    QList<DateFormatDecision> dateDecisions;
    InferenceOptions inference; ///< missing tokens, number format
    ColumnMapping mapping;
    /// Resolves ambiguous day/month order for every date column (e.g. MonthDayYearSlash); nullopt = none given.
    std::optional<DateFormat> dateOrder;
    int chunkRows = 65536; ///< rows per stored chunk (bounded memory)
};

/// One column of the dataset the import writes.
struct OutputColumn {
    QString name; ///< canonical key ("mileage_km"), the source header for extra columns, or "source_line"
    QString field; ///< canonical key, empty for extra and internal columns
    ColumnType type = ColumnType::Text;
    QString source; ///< source column, "constant: 2005", "indicators: A, B" or "line number"
};

/// Name of the internal column holding each row's 1-based line in the source file.
inline QString sourceLineColumnName()
{
    return QStringLiteral("source_line");
}

/// Counts and findings of one import run.
struct ImportStats {
    qint64 recordsRead = 0; ///< data records seen (header excluded)
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    qint64 rejectEntries = 0; ///< ImportReject entries written (a row can have several bad cells)
    qint64 bytesRead = 0;
    qint64 lastLine = 0;
    /// Per extra column (in output order): the type the whole column supports (values are stored as text).
    QList<QPair<QString, ColumnProposal>> extraTypes;
    /// Per mapped source column: what the full pass says about the sample's proposal.
    QList<QPair<QString, ProposalCheck>> checks;
    QJsonObject toJson() const;
};

} // namespace valuator
