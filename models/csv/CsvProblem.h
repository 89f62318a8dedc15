// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace valuator {

/// What is wrong with a CSV record. The reader still returns the record (except where noted) and goes on with
/// the next one: the caller decides whether to import, skip or report it.
enum class CsvProblemKind {
    None,
    UnterminatedQuote, ///< a quoted field runs to the end of the file; its text up to there is returned
    CharactersAfterQuote, ///< text follows a closing quote (`"ab"c,`): returned as `abc` (text kept)
    InvalidEncoding, ///< ill-formed UTF-8 in a UTF-8 file (bytes returned unchanged), or malformed UTF-16
                     ///< (an unpaired surrogate, replaced by U+FFFD)
    FieldTooLarge, ///< the record exceeds CsvReader::Options::maxRecordBytes: it has no fields
    TooManyFields, ///< the record exceeds CsvReader::Options::maxFields: it has no fields
};

/// The problem of a record. When several occur, the one reported is: a size limit; else invalid encoding (so a
/// record not flagged InvalidEncoding has well-formed UTF-8 fields); else the first quoting problem.
struct CsvProblem {
    CsvProblemKind kind = CsvProblemKind::None;
    int column = -1; ///< 0-based index of the field concerned (-1 for None)
    qint64 byteOffset = -1; ///< offset in the source bytes (file offset, BOM included) where it starts

    bool isNone() const { return kind == CsvProblemKind::None; }
    /// Translated sentence for users, with 1-based column numbers, e.g. "Characters after a closing quote at byte 1234
    /// in column 3."
    QString message() const;
    /// Stable identifier for reports and --json output: "none", "unterminated_quote", "characters_after_quote",
    /// "invalid_encoding", "field_too_large", "too_many_fields".
    static QString kindName(CsvProblemKind kind);

    friend bool operator==(const CsvProblem&, const CsvProblem&) = default;

    Q_DECLARE_TR_FUNCTIONS(CsvProblem)
};

} // namespace valuator
