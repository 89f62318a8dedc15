// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/quality/CleaningPlan.h"
#include "models/table/Table.h"

#include <QJsonObject>
#include <QList>

namespace valuator {

/// What one step of a cleaning run did.
struct CleaningStepReport {
    int index = 0; ///< 0-based position in the plan
    QString step; ///< CleaningStep::kindName
    QString summary; ///< translated
    qint64 rowsBefore = 0;
    qint64 rowsChanged = 0; ///< rows whose values the step rewrote (flag: rows flagged)
    qint64 rowsRemoved = 0;
    QJsonObject details; ///< step-specific: per-rule counts, per-spelling counts, ...
    /// {"index", "step", "summary", "rows_before", "rows_changed", "rows_removed", "details"}
    QJsonObject toJson() const;
};

/// The cleaned table and what each step did.
struct CleaningResult {
    Table cleaned;
    QList<CleaningStepReport> steps;
    /// {"rows_before", "rows_after", "steps": [...]}
    QJsonObject toJson(qint64 rowsBefore) const;
};

/// Applies a CleaningPlan to a copy of a table; the input is never modified. Deterministic: the same plan on the
/// same table gives an identical table (values, row order and dictionaries), and every parameter comes from the
/// plan (spelling map, rules, fitted outlier groups), never from re-analysing the data, except an Outliers step
/// whose model is not fitted, which fits on its own input. Progress: done/total = finished steps, reported on the
/// calling thread between steps; returning false cancels (ErrorCode::Cancelled, no result).
class Cleaner {
public:
    static Result<CleaningResult> apply(const Table& table, const CleaningPlan& plan, const ProgressFn& progress);
    /// Applies one step in place.
    static Result<CleaningStepReport> applyStep(Table& table, const CleaningStep& step);
};

} // namespace valuator
