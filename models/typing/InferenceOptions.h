// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/typing/MissingValues.h"
#include "models/typing/NumberFormat.h"

namespace valuator {

/// Settings of type inference for one file (usually from SampleAnalyzer, adjustable by the user).
struct InferenceOptions {
    NumberFormat numberFormat; ///< the file's number format (SampleAnalyzer::detectNumberFormat)
    MissingValues missing; ///< tokens that mean "no value"
    /// Share of the non-missing values the proposed type must read; below it a column falls back to Text.
    double dominance = 0.9;
    /// A numeric column whose unambiguous numbers are at least this share whole numbers reads "8.606" (decimal
    /// separator + 3 digits) as 8606: see ColumnProposal::ambiguousGroups.
    double wholeNumberShare = 0.95;
};

} // namespace valuator
