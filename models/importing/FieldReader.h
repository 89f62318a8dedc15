// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/importing/ImportTypes.h"
#include "models/schema/CarSchema.h"
#include "models/typing/ColumnValueParser.h"

#include <QCoreApplication>

#include <string>
#include <string_view>
#include <vector>

namespace valuator {

struct CsvRecord;

/// A canonical field's value for one record, parsed but not yet stored (a row is stored only when all its
/// fields parse). Views point into the current CsvRecord or into the FieldReader (constants).
struct FieldValue {
    bool missing = true;
    int64_t integer = 0;
    double decimal = 0;
    int32_t days = 0;
    std::string_view text;
    std::vector<std::string_view> tokens; ///< TextList
    DateFormat dateFormat = DateFormat::Iso; ///< Date: the layout that read it (evidence for slash-date order)
};

/// Outcome of FieldReader::parse().
enum class CellStatus {
    Ok,
    Invalid, ///< the reject says why
    AmbiguousDate ///< a slash date valid as both dd/mm and mm/dd: resolved once the whole column is known
};

/// Reads one canonical field from each record, from a source column, a constant or indicator columns, with the
/// field's type (CarSchema) and the column's reading rules (the sample's ColumnProposal). Hot path: parse() does
/// not allocate except for TextList tokens beyond the vector's capacity. Const after create(); one per thread.
class FieldReader {
    Q_DECLARE_TR_FUNCTIONS(FieldReader)
public:
    /// Fails with a message naming the field when the source cannot be read as the field's type (e.g. a date
    /// field whose column has no dates, or an ambiguous day/month order without settings.dateOrder).
    static Result<FieldReader> create(const FieldDef& def, const ImportSettings& settings);

    const FieldDef& def() const { return *m_def; }
    ColumnType columnType() const;
    QString sourceDescription() const;
    /// The source column index, or -1 for constants and indicators.
    int sourceColumn() const { return m_column; }
    const std::vector<int>& indicatorColumns() const { return m_indicators; }

    /// Parses the field of `record` (which has the header's number of fields) into `value`. Invalid: `reject`
    /// says why. A slash date that reads both as dd/mm and mm/dd is AmbiguousDate unless `slashOrder` names the
    /// order to use (DayMonthYearSlash or MonthDayYearSlash).
    CellStatus parse(const CsvRecord& record, FieldValue& value, ImportReject& reject,
        std::optional<DateFormat> slashOrder = std::nullopt) const;
    /// Appends a parsed value (or null) to `column` (of columnType()).
    void append(const FieldValue& value, Column& column) const;

private:
    FieldReader(const FieldDef& def, const ImportSettings& settings, ColumnProposal proposal);
    CellStatus parseCell(
        std::string_view field, FieldValue& value, ImportReject& reject, std::optional<DateFormat> slashOrder) const;
    CellStatus parseDate(
        const ParsedValue& parsed, FieldValue& value, ImportReject& reject, std::optional<DateFormat> slashOrder) const;
    CellStatus parseIndicators(const CsvRecord& record, FieldValue& value, ImportReject& reject) const;
    CellStatus invalid(ImportReject& reject, std::string_view raw, const QString& reason, const QString& code) const;
    static Result<ColumnProposal> proposalFor(const FieldDef& def, const ImportSettings& settings, int column);

    const FieldDef* m_def = nullptr;
    FieldSource m_source;
    int m_column = -1;
    std::vector<int> m_indicators;
    QStringList m_headers;
    ColumnValueParser m_parser;
    MissingValues m_missing;
    std::string m_constantText;
    FieldValue m_constant;
};

} // namespace valuator
