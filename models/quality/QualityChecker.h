// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/quality/QualityOptions.h"
#include "models/quality/QualityReport.h"
#include "models/table/Table.h"

namespace valuator {

/// Profiles a table and runs every quality check (QualityChecks) on it. The spelling clusters and the
/// impossible-value mask are computed first on the calling thread; then the column profiles and the checks run as
/// tasks on options.threads threads (std::thread; the caller's thread included). Progress (done/total = finished
/// tasks) is reported on the calling thread; returning false cancels, and run() returns ErrorCode::Cancelled.
/// Pure: the table is only read; no clock (pass options.referenceDate).
class QualityChecker {
public:
    static Result<QualityReport> run(const Table& table, const QualityOptions& options, const ProgressFn& progress);
};

} // namespace valuator
