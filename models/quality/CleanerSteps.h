// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/quality/CleaningStep.h"
#include "models/table/Table.h"

#include <QCoreApplication>

namespace valuator {

struct CleaningStepReport;

/// The implementation of each cleaning step kind, in place on a table (used by Cleaner). Each fills
/// report.rowsChanged and report.details; Cleaner computes rowsRemoved.
class CleanerSteps {
    Q_DECLARE_TR_FUNCTIONS(CleanerSteps)
public:
    static Status trimWhitespace(Table& table, const CleaningStep& step, CleaningStepReport& report);
    static Status mergeSpelling(Table& table, const CleaningStep& step, CleaningStepReport& report);
    static Status removeDuplicates(Table& table, const CleaningStep& step, CleaningStepReport& report);
    static Status dropImpossible(Table& table, const CleaningStep& step, CleaningStepReport& report);
    static Status outliers(Table& table, const CleaningStep& step, CleaningStepReport& report);
};

} // namespace valuator
