// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/ColumnProposal.h"

namespace valuator {

QString inferredTypeName(InferredType type)
{
    switch (type) {
    case InferredType::Integer:
        return QStringLiteral("integer");
    case InferredType::Decimal:
        return QStringLiteral("decimal");
    case InferredType::Date:
        return QStringLiteral("date");
    case InferredType::Text:
        return QStringLiteral("text");
    case InferredType::TextList:
        return QStringLiteral("text_list");
    }
    return QStringLiteral("text");
}

bool ColumnProposal::needsDecision() const
{
    for (const ColumnIssue& issue : issues) {
        if (issue.severity == ColumnIssue::Severity::Decision) {
            return true;
        }
    }
    return false;
}

bool ColumnProposal::sameReading(const ColumnProposal& other) const
{
    if (type != other.type) {
        return false;
    }
    switch (type) {
    case InferredType::Integer:
    case InferredType::Decimal:
        return numberFormat == other.numberFormat && ambiguousGroups == other.ambiguousGroups
            && unitKind == other.unitKind;
    case InferredType::Date:
        return dateFormat == other.dateFormat && alternateDateFormats == other.alternateDateFormats
            && dateOrderAmbiguous == other.dateOrderAmbiguous;
    case InferredType::Text:
    case InferredType::TextList:
        return true;
    }
    return true;
}

} // namespace valuator
