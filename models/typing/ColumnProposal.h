// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/typing/DateFormat.h"
#include "models/typing/NumberFormat.h"
#include "models/typing/NumberParser.h"
#include "models/typing/Units.h"

#include <QList>
#include <QString>

namespace valuator {

/// The type inference proposes for a column. TextList: each value is a list of tokens (the equipment column).
/// Not models/table's ColumnType (the physical storage type); the importer maps Integer -> Int64,
/// Decimal -> Float64, Date -> Date, Text -> Text, TextList -> TextList.
enum class InferredType : quint8 { Integer, Decimal, Date, Text, TextList };

/// Stable name: "integer", "decimal", "date", "text", "text_list".
QString inferredTypeName(InferredType type);

/// One finding about a column, for the import page's issues list and the import report.
struct ColumnIssue {
    enum class Kind : quint8 {
        AllMissing, ///< the column has no value at all
        MixedTypes, ///< values the proposed type cannot read (count, first line)
        AmbiguousDateOrder, ///< dd/mm vs mm/dd cannot be told from the data: the user must choose
        OtherDateFormats, ///< a minority in other date formats, read with the accepted alternates
        UnresolvedDates, ///< dates in a format that was not accepted (ambiguous slash dates in an ISO column)
        AmbiguousGrouping, ///< every number looks like "1.234": read as decimals, the user should confirm
        GroupingReadAsThousands, ///< "8.606" read as 8606 because the column holds whole numbers
        FewFractions, ///< whole numbers with a few fractions ("7.5" among prices): kept as Decimal
        UnitsParsed, ///< numbers written with a unit, converted to the canonical unit where needed
        MixedUnitKinds, ///< units of different kinds in one column ("km" and "EUR")
        PaddedWhitespace, ///< values with surrounding whitespace (trimmed on import)
    };
    /// Decision: the import cannot go on until the user chooses (ambiguous date order, ambiguous grouping).
    enum class Severity : quint8 { Info, Warning, Decision };

    Kind kind = Kind::MixedTypes;
    Severity severity = Severity::Info;
    qint64 count = 0; ///< values concerned
    qint64 firstLine = -1; ///< first such value's line (as fed to ColumnProfiler::add), -1 if unknown
    QString message; ///< translated, with the counts, e.g. "5 values are not numbers (first at line 12)"
};

/// What type inference proposes for one column, and everything ColumnValueParser needs to read its values.
struct ColumnProposal {
    InferredType type = InferredType::Text;
    // Integer / Decimal
    NumberFormat numberFormat;
    /// How "8.606" reads here: AsGrouping when the column's unambiguous numbers are (almost) all whole numbers
    /// (mileage, prices in a decimal-point file that also holds German-formatted "8.390 €"), else AsDecimal.
    AmbiguousGroups ambiguousGroups = AmbiguousGroups::AsDecimal;
    UnitKind unitKind = UnitKind::None; ///< kind of the units written; values are stored in Units::canonical(kind)
    Unit unit = Unit::None; ///< the most frequent unit written
    // Date
    DateFormat dateFormat = DateFormat::Iso;
    DateFormatMask alternateDateFormats = 0; ///< also accepted, for a minority of values
    bool dateOrderAmbiguous = false; ///< dateFormat is only a pre-selection: the user must choose
    // Text / TextList
    quint8 listSeparators = 0; ///< ListSeparator flags seen (TextList)
    bool looksBoolean = false; ///< yes/no-like text (stored as Text; a later feature may map it)

    QList<ColumnIssue> issues;

    /// True when an issue needs the user's choice before importing.
    bool needsDecision() const;
    /// Type and reading rules equal (issues and counts ignored).
    bool sameReading(const ColumnProposal& other) const;
};

/// The verdict of a full pass on a proposal made from a sample (ColumnProfiler::check).
struct ProposalCheck {
    enum class Verdict : quint8 {
        Confirmed, ///< the full column supports the sample's proposal
        Widened, ///< compatible growth: Integer -> Decimal, or more accepted date formats
        Refuted, ///< the full column needs another type or reading; use `proposal`
    };
    Verdict verdict = Verdict::Confirmed;
    ColumnProposal proposal; ///< what the full column supports
    qint64 offending = 0; ///< values the sample's proposal could not read
    qint64 firstOffendingLine = -1;
    QString reason; ///< translated explanation; empty when confirmed without offending values
};

} // namespace valuator
