// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/CsvProblem.h"

namespace valuator {

QString CsvProblem::message() const
{
    const int col = column + 1;
    switch (kind) {
    case CsvProblemKind::None:
        return {};
    case CsvProblemKind::UnterminatedQuote:
        return tr("The quoted field in column %1 (opened at byte %2) is not closed before the end of the file.")
            .arg(col)
            .arg(byteOffset);
    case CsvProblemKind::CharactersAfterQuote:
        return tr("Characters after a closing quote at byte %1 in column %2.").arg(byteOffset).arg(col);
    case CsvProblemKind::InvalidEncoding:
        return tr("Invalid character encoding at byte %1 in column %2.").arg(byteOffset).arg(col);
    case CsvProblemKind::FieldTooLarge:
        return tr("The field in column %1 (from byte %2) is larger than the limit; the record was skipped.")
            .arg(col)
            .arg(byteOffset);
    case CsvProblemKind::TooManyFields:
        return tr("The record has more than %1 fields; it was skipped.").arg(column);
    }
    return {};
}

QString CsvProblem::kindName(CsvProblemKind kind)
{
    switch (kind) {
    case CsvProblemKind::None:
        return QStringLiteral("none");
    case CsvProblemKind::UnterminatedQuote:
        return QStringLiteral("unterminated_quote");
    case CsvProblemKind::CharactersAfterQuote:
        return QStringLiteral("characters_after_quote");
    case CsvProblemKind::InvalidEncoding:
        return QStringLiteral("invalid_encoding");
    case CsvProblemKind::FieldTooLarge:
        return QStringLiteral("field_too_large");
    case CsvProblemKind::TooManyFields:
        return QStringLiteral("too_many_fields");
    }
    return QStringLiteral("none");
}

} // namespace valuator
