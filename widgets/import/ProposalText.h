// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/csv/TextEncoding.h"
#include "models/typing/ColumnProposal.h"

#include <QCoreApplication>
#include <QString>

namespace valuator {

/// Short translated texts for the Import page: what type inference proposed for a column, and the names of
/// encodings and delimiters as the dialect combos show them.
class ProposalText {
    Q_DECLARE_TR_FUNCTIONS(ProposalText)
public:
    /// "decimal · e.g. 12.500,5 · unit km", "date · dd.mm.yyyy + iso", "text", "list".
    static QString describe(const ColumnProposal& proposal);
    /// "UTF-8", "Windows-1252 (Western Europe)", ...
    static QString encodingLabel(TextEncoding encoding);
    /// "semicolon ;", "comma ,", "tab", "pipe |", or the character itself.
    static QString delimiterLabel(char delimiter);
};

} // namespace valuator
