// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/quality/DatasetProfile.h"
#include "models/quality/ParallelTasks.h"
#include "models/quality/ProfileOptions.h"
#include "models/table/Table.h"

#include <atomic>
#include <vector>

namespace valuator {

/// Column profiles of a Table: counts, missing values (nulls, empty and sentinel texts), distinct values, top
/// values, min/max/mean/std, quantiles, histograms, date freshness and list-token frequencies. One sort per numeric
/// column (counting sort for whole numbers in a small range); text works on dictionary codes, never per-cell
/// strings. Columns run in parallel on options.threads threads (std::thread); progress counts finished columns and
/// is reported on the calling thread; cancelling returns ErrorCode::Cancelled. Pure: the table is only read.
class Profiler {
public:
    static Result<DatasetProfile> profile(
        const Table& table, const ProfileOptions& options, const ProgressFn& progress);

    /// One column (the work of one task).
    static ColumnProfile profileColumn(
        const Column& column, const ProfileOptions& options, const MissingValues& missing);

    /// The per-column tasks, for callers that share one thread pool: task i fills out.columns[i]. `out` is prepared
    /// (rows, names) by this call and must outlive the tasks.
    static std::vector<ParallelTasks::Task> tasks(
        const Table& table, const ProfileOptions& options, DatasetProfile& out);

    /// Per dictionary code of a Text or TextList column: 1 when the value means "missing" (empty or a token).
    static std::vector<uint8_t> missingCodes(const Column& column, const MissingValues& missing);
};

} // namespace valuator
